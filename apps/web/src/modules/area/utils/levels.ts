import type { AreaLevel } from "../../../generated/graphql.ts";

// `satisfies` ties this list to the schema: a level added to or removed from the schema fails
// type-checking here. (The same list in @sozialatlas/domain/area would pull zod into the bundle.)
const levelSet = {
  STADT: true,
  BEZIRK: true,
  PROGNOSERAUM: true,
  BEZIRKSREGION: true,
  PLANUNGSRAUM: true,
} as const satisfies Record<AreaLevel, true>;

/** Whether a value (e.g. from the URL) names a level of the schema. */
export function isAreaLevel(value: unknown): value is AreaLevel {
  return typeof value === "string" && Object.hasOwn(levelSet, value);
}
