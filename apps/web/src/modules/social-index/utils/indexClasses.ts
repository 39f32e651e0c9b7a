import type { IndexChangeDirection, IndexDynamicsClass, IndexStatusClass } from "../../../generated/graphql.ts";
import { dynamicsClassColours, missingColour, statusClassColours } from "../../atlas/utils/classBreaks.ts";

// How index results look on the map: the status class is the colour (the MSS orange–brown
// ramp), the dynamics class a texture on top of it, so the combined code reads without
// telling colours apart (colour-blind safe): plain = stabil, dots = positiv, stripes = negativ.

export const statusClasses: readonly IndexStatusClass[] = ["HOCH", "MITTEL", "NIEDRIG", "SEHR_NIEDRIG"];
export const dynamicsClasses: readonly IndexDynamicsClass[] = ["POSITIV", "STABIL", "NEGATIV"];
export const changeDirections: readonly IndexChangeDirection[] = ["WORSE", "BETTER", "MIXED", "NOT_COMPARABLE"];

const statusNumber: Record<IndexStatusClass, 1 | 2 | 3 | 4> = { HOCH: 1, MITTEL: 2, NIEDRIG: 3, SEHR_NIEDRIG: 4 };

export const statusColour = (status: IndexStatusClass): string => statusClassColours[statusNumber[status]];

export const dynamicsColour = (dynamics: IndexDynamicsClass): string =>
  dynamicsClassColours[dynamics === "POSITIV" ? "positiv" : dynamics === "NEGATIV" ? "negativ" : "stabil"];

export { missingColour };

/** What the map colours by: the status class alone or the combined code (status + dynamics). */
export type IndexColouring = "status" | "combined";
export const indexColourings: readonly IndexColouring[] = ["status", "combined"];

export function isIndexColouring(value: unknown): value is IndexColouring {
  return value === "status" || value === "combined";
}

/** Id of the SVG pattern of one combination; `prefix` keeps ids unique on the page. */
export const patternId = (prefix: string, status: IndexStatusClass, dynamics: IndexDynamicsClass) =>
  `${prefix}-${status.toLowerCase()}-${dynamics.toLowerCase()}`;

export interface ClassifiedArea {
  code: string;
  statusClass: IndexStatusClass | null;
  dynamicsClass: IndexDynamicsClass | null;
}

/**
 * The fill of every area: the status colour, or with `combined` the pattern of status and
 * dynamics (plain status colour for stabil and for indices without dynamics part). Areas
 * „ohne Zuordnung“ get the light grey of missing values.
 */
export function indexFills(
  areas: readonly ClassifiedArea[],
  colouring: IndexColouring,
  prefix: string,
): Map<string, string> {
  const fills = new Map<string, string>();
  for (const area of areas) {
    if (!area.statusClass) fills.set(area.code, missingColour);
    else if (colouring === "combined" && area.dynamicsClass && area.dynamicsClass !== "STABIL") {
      fills.set(area.code, `url(#${patternId(prefix, area.statusClass, area.dynamicsClass)})`);
    } else fills.set(area.code, statusColour(area.statusClass));
  }
  return fills;
}

/** Counts per status class and per combination, and of areas without classes, for the legend. */
export function classCounts(areas: readonly ClassifiedArea[]) {
  const status = new Map<IndexStatusClass, number>();
  const combined = new Map<string, number>();
  let unclassified = 0;
  for (const area of areas) {
    if (!area.statusClass) {
      unclassified += 1;
      continue;
    }
    status.set(area.statusClass, (status.get(area.statusClass) ?? 0) + 1);
    const key = `${area.statusClass}|${area.dynamicsClass ?? "STABIL"}`;
    combined.set(key, (combined.get(key) ?? 0) + 1);
  }
  return { status, combined, unclassified };
}
