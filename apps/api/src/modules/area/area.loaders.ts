import type { AreaGeometry } from "@sozialatlas/domain/area";
import DataLoader from "dataloader";
import type { Database } from "../../lib/db.ts";
import { type AreaRow, findAreasByIds, findChildrenOf, findGeometriesByIds } from "./area.service.ts";

/** Per-request batching: one query for all parents, one for all children of a result. */
export function createAreaLoaders(db: Database) {
  return {
    areaById: new DataLoader<string, AreaRow | null>(async (ids) => {
      const rows = await findAreasByIds(db, ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Boundaries only when a query asks for them. */
    areaGeometry: new DataLoader<string, AreaGeometry | null>(async (ids) => {
      const byId = new Map((await findGeometriesByIds(db, ids)).map((row) => [row.id, row.geometry]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    childrenByParentId: new DataLoader<string, AreaRow[]>(async (parentIds) => {
      const rows = await findChildrenOf(db, parentIds);
      const byParent = new Map<string, AreaRow[]>();
      for (const row of rows) {
        if (row.parentId) byParent.set(row.parentId, [...(byParent.get(row.parentId) ?? []), row]);
      }
      return parentIds.map((id) => byParent.get(id) ?? []);
    }),
  };
}
export type AreaLoaders = ReturnType<typeof createAreaLoaders>;
