import type { AreaGeometry } from "@sozialatlas/domain/area";
import type { AreaLevel } from "../generated/graphql.ts";

/** A counter-clockwise (RFC 7946) square cell of a small grid around Berlin's centre. */
export function squareGeometry(column: number, row: number, size = 0.01): AreaGeometry {
  const lon = 13.3 + column * size;
  const lat = 52.5 + row * size;
  return {
    type: "Polygon",
    coordinates: [
      [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
      ],
    ],
  };
}

export interface TestArea {
  __typename: "Area";
  id: string;
  code: string;
  name: string;
  level: AreaLevel;
  areaM2: number | null;
  geometry: AreaGeometry | null;
}

export function testArea(code: string, name: string, level: AreaLevel, index = 0): TestArea {
  return {
    __typename: "Area",
    id: `area-${code}`,
    code,
    name,
    level,
    areaM2: 2_294_021.7 + index * 1000,
    geometry: squareGeometry(index % 5, Math.floor(index / 5)),
  };
}

/** A reference to an area (parent, ancestor) with the fields lists and breadcrumbs need. */
export function areaRef(code: string, name: string, level: AreaLevel) {
  return { __typename: "Area" as const, id: `area-${code}`, code, name, level };
}
