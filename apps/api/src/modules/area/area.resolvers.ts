import type { AreaGeometry } from "@sozialatlas/domain/area";
import { GraphQLScalarType } from "graphql";
import type { Resolvers } from "../../generated/graphql.ts";
import { type AreaRow, countAreasByLevel, findAreaContaining, getAreaByCode, listAreas } from "./area.service.ts";

export const areaResolvers: Resolvers = {
  GeoJSONGeometry: new GraphQLScalarType<AreaGeometry, AreaGeometry>({
    name: "GeoJSONGeometry",
    serialize: (value) => value as AreaGeometry,
  }),
  Query: {
    areas: (_, args, { db }) => listAreas(db, args),
    area: (_, { code }, { db }) => getAreaByCode(db, code),
    areaAt: (_, { longitude, latitude, level }, { db }) =>
      findAreaContaining(db, longitude, latitude, level ?? undefined),
    areaLevels: (_, __, { db }) => countAreasByLevel(db),
  },
  Area: {
    parent: (area, _, { loaders }) => (area.parentId ? loaders.areaById.load(area.parentId) : null),
    children: (area, _, { loaders }) => loaders.childrenByParentId.load(area.id),
    ancestors: async (area, _, { loaders }) => {
      const chain: AreaRow[] = [];
      let parentId = area.parentId;
      while (parentId) {
        // Each step depends on the previous one; the hierarchy is at most four levels deep.
        const parent = await loaders.areaById.load(parentId);
        if (!parent) break;
        chain.unshift(parent);
        parentId = parent.parentId;
      }
      return chain;
    },
    // Rows from other modules may carry the boundary already; area lists load it on demand.
    geometry: (area, _, { loaders }) =>
      "geometry" in area ? ((area.geometry as AreaGeometry | null) ?? null) : loaders.areaGeometry.load(area.id),
  },
};
