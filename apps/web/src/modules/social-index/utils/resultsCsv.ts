import type { CsvCell } from "@sozialatlas/domain/csv";
import type { IndexWorkbenchResultsQuery, IndexWorkbenchRunSummaryFragment } from "../../../generated/graphql.ts";

export type IndexResultRow = NonNullable<IndexWorkbenchResultsQuery["indexRun"]["results"]["edges"][number]>["node"];

/** Column keys of the result CSV; the header texts come from i18n (indexWorkbench.csv.*). */
export const resultCsvColumns = [
  "areaCode",
  "areaName",
  "statusIndex",
  "statusClass",
  "dynamicsIndex",
  "dynamicsClass",
  "combinedCode",
  "rank",
  "excludedReason",
] as const;
export type ResultCsvColumn = (typeof resultCsvColumns)[number];

const dynamicsSign = { POSITIV: "+", STABIL: "+/-", NEGATIV: "-" } as const;

/**
 * One row per area in code order, numbers at full precision (the download is for further
 * work, not for reading): status class as number 1–4, dynamics class as its sign, the
 * combined code, the rank, and why an area is „ohne Zuordnung“.
 */
export function resultCsvRows(results: readonly IndexResultRow[]): CsvCell[][] {
  return [...results]
    .sort((a, b) => a.area.code.localeCompare(b.area.code))
    .map((result) => [
      result.area.code,
      result.area.name,
      result.statusIndex,
      result.statusClassNumber,
      result.dynamicsIndex,
      result.dynamicsClass ? dynamicsSign[result.dynamicsClass] : null,
      result.combinedCode,
      result.rank,
      result.excludedReasonText,
    ]);
}

/** e.g. mss-2021-v2-planungsraum-2020-12-31.csv */
export function resultCsvFileName(run: IndexWorkbenchRunSummaryFragment): string {
  return `${run.definitionKey}-v${run.definitionVersion}-${run.level.toLowerCase()}-${run.referenceDate}.csv`;
}
