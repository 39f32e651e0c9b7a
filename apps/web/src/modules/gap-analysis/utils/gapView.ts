// Pure transforms of a gap analysis result into what the map, legend, table, CSV and scenario
// comparison show. No React, no query types beyond the generated result.
import type { GapAnalysisQuery } from "../../../generated/graphql.ts";
import { patternIds } from "../../atlas/utils/choropleth.ts";
import type { GapSortKey, SortDirection } from "./gapParams.ts";

export type GapResult = GapAnalysisQuery["gapAnalysis"];
export type GapFinding = GapResult["areas"][number]["findings"][number];

/** A class 1 (low) – 3 (high): a tercile among the areas. */
export type Tercile = 1 | 2 | 3;
export const terciles: readonly Tercile[] = [1, 2, 3];

/**
 * The bivariate palette (Teuling's blue–orange, 3 × 3) by need class and supply class: need
 * runs to orange, supply to blue, so "high need × low supply" is the bright orange corner and
 * "low need × high supply" the blue one. Chosen over Stevens' pink–blue because its nine
 * colours stay apart under protanopia, deuteranopia and tritanopia (see gap.test.ts).
 */
export const bivariatePalette: Readonly<Record<Tercile, Readonly<Record<Tercile, string>>>> = {
  1: { 1: "#fef1e4", 2: "#97d0e7", 3: "#18aee5" },
  2: { 1: "#fab186", 2: "#b0988c", 3: "#407b8f" },
  3: { 1: "#f3742d", 2: "#ab5f37", 3: "#5c473d" },
};

/** Areas without need or supply class: the atlas's hatched pattern (MapPatterns). */
export const noClassFill = `url(#${patternIds.suppressed})`;

const isTercile = (value: number | null | undefined): value is Tercile => value === 1 || value === 2 || value === 3;

/** The colour of an area, or the hatched pattern when a class is missing. */
export function bivariateFill(needClass: number | null, supplyClass: number | null): string {
  return isTercile(needClass) && isTercile(supplyClass) ? bivariatePalette[needClass][supplyClass] : noClassFill;
}

export interface GapRow {
  code: string;
  name: string;
  rank: number | null;
  targetPopulation: number | null;
  supply: number;
  supplyRate: number | null;
  offersInReach: number;
  need: number | null;
  needClass: Tercile | null;
  supplyClass: Tercile | null;
  gapScore: number | null;
  fill: string;
  findings: readonly GapFinding[];
}

/** One row per area, in the API's order (by rank, areas without score last). */
export function toGapRows(result: GapResult): GapRow[] {
  return result.areas.map((gap) => {
    const needClass = isTercile(gap.needClass) ? gap.needClass : null;
    const supplyClass = isTercile(gap.supplyClass) ? gap.supplyClass : null;
    return {
      code: gap.area.code,
      name: gap.area.name,
      rank: gap.rank ?? null,
      targetPopulation: gap.targetPopulation ?? null,
      supply: gap.supply,
      supplyRate: gap.supplyRate ?? null,
      offersInReach: gap.offersInReach,
      need: gap.need ?? null,
      needClass,
      supplyClass,
      gapScore: gap.gapScore ?? null,
      fill: bivariateFill(needClass, supplyClass),
      findings: gap.findings,
    };
  });
}

/** Fill per area code for the map. */
export function gapFills(rows: readonly GapRow[]): Map<string, string> {
  return new Map(rows.map((row) => [row.code, row.fill]));
}

/** Number of areas in each of the nine cells (need class × supply class) and without class. */
export function cellCounts(rows: readonly GapRow[]): { cells: Map<string, number>; unclassed: number } {
  const cells = new Map<string, number>();
  let unclassed = 0;
  for (const row of rows) {
    if (row.needClass === null || row.supplyClass === null) unclassed += 1;
    else
      cells.set(cellKey(row.needClass, row.supplyClass), (cells.get(cellKey(row.needClass, row.supplyClass)) ?? 0) + 1);
  }
  return { cells, unclassed };
}

export const cellKey = (needClass: Tercile, supplyClass: Tercile) => `${needClass}-${supplyClass}`;

const numericOf: Record<Exclude<GapSortKey, "name">, (row: GapRow) => number | null> = {
  rank: (row) => row.rank,
  population: (row) => row.targetPopulation,
  supply: (row) => row.supply,
  rate: (row) => row.supplyRate,
  need: (row) => row.need,
  gap: (row) => row.gapScore,
};

/**
 * Sorted copy. Areas without the value come last in either direction; ties are broken by
 * name, then code, so the order is stable.
 */
export function sortGapRows(
  rows: readonly GapRow[],
  key: GapSortKey,
  direction: SortDirection,
  locale: string,
): GapRow[] {
  const collator = new Intl.Collator(locale);
  const sign = direction === "asc" ? 1 : -1;
  const byName = (a: GapRow, b: GapRow) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code);
  if (key === "name") return [...rows].sort((a, b) => sign * byName(a, b));
  const pick = numericOf[key];
  return [...rows].sort((a, b) => {
    const x = pick(a);
    const y = pick(b);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}

/** How a scenario changes an area: supply rate and rank before and after. */
export interface ScenarioChange {
  code: string;
  name: string;
  rateBefore: number | null;
  rateAfter: number | null;
  rankBefore: number | null;
  rankAfter: number | null;
  offersBefore: number;
  offersAfter: number;
}

/**
 * The areas whose supply changes in the scenario (the new offers reach them), largest rise of
 * the supply rate first. Both results must be of the same settings apart from the scenario.
 */
export function scenarioChanges(before: readonly GapRow[], after: readonly GapRow[]): ScenarioChange[] {
  const previous = new Map(before.map((row) => [row.code, row]));
  const changes: (ScenarioChange & { delta: number })[] = [];
  for (const row of after) {
    const old = previous.get(row.code);
    if (!old) continue;
    const supplyChanged = Math.abs(row.supply - old.supply) > 1e-9 || row.offersInReach !== old.offersInReach;
    if (!supplyChanged) continue;
    changes.push({
      code: row.code,
      name: row.name,
      rateBefore: old.supplyRate,
      rateAfter: row.supplyRate,
      rankBefore: old.rank,
      rankAfter: row.rank,
      offersBefore: old.offersInReach,
      offersAfter: row.offersInReach,
      delta: (row.supplyRate ?? 0) - (old.supplyRate ?? 0),
    });
  }
  return changes
    .sort((a, b) => b.delta - a.delta || a.code.localeCompare(b.code))
    .map(({ delta: _delta, ...change }) => change);
}

/** The columns of the CSV download, in order. */
export const csvColumns = [
  "rank",
  "code",
  "name",
  "targetPopulation",
  "supply",
  "supplyRate",
  "offersInReach",
  "need",
  "needClass",
  "supplyClass",
  "gapScore",
  "findings",
] as const;
export type CsvColumn = (typeof csvColumns)[number];

/** One finding as one line of text: „Bedarf: Betreuungsplätze fehlen (Sozialraumkonferenz Nord, 2025-03-12)“. */
export function findingText(finding: GapFinding, kindLabel: string): string {
  return `${kindLabel}: ${finding.description} (${finding.conference.title}, ${finding.conference.date})`;
}

/** The table as CSV cells: numbers at full precision, findings joined with „ | “. */
export function gapCsvRows(
  rows: readonly GapRow[],
  kindLabel: (kind: GapFinding["kind"]) => string,
): (string | number | null)[][] {
  return rows.map((row) => [
    row.rank,
    row.code,
    row.name,
    row.targetPopulation,
    row.supply,
    row.supplyRate,
    row.offersInReach,
    row.need,
    row.needClass,
    row.supplyClass,
    row.gapScore,
    row.findings.map((finding) => findingText(finding, kindLabel(finding.kind))).join(" | "),
  ]);
}

/** Distinct labels of a list field over the offers, sorted for the locale. */
export function distinctLabels(lists: readonly (readonly string[])[], locale: string): string[] {
  const collator = new Intl.Collator(locale);
  return [...new Set(lists.flat().filter((label) => label.trim() !== ""))].sort(collator.compare);
}
