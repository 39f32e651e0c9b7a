// The ranking table: the areas of the level with the same data and classes as the map.
import type { SortDirection, SortKey } from "./atlasParams.ts";
import type { AreaDatum, Classification } from "./choropleth.ts";

export interface RankingRow {
  code: string;
  name: string;
  rank: number | null;
  value: number | null;
  /** Index into the classification's classes; null without a class. */
  classIndex: number | null;
  state: AreaDatum["state"];
  /** Why there is no value (kein Wert, geschützt, ohne Zuordnung), as the API or the atlas says it. */
  reason: string | null;
}

export function rankingRows(
  areas: readonly { code: string; name: string }[],
  data: ReadonlyMap<string, AreaDatum>,
  classification: Classification,
  ranks: ReadonlyMap<string, number>,
): RankingRow[] {
  return areas.map(({ code, name }) => {
    const datum = data.get(code);
    const base = { code, name, rank: ranks.get(code) ?? null, classIndex: classification.classOf.get(code) ?? null };
    if (!datum) return { ...base, value: null, state: "missing", reason: null };
    return datum.state === "value"
      ? { ...base, value: datum.value, state: "value", reason: null }
      : { ...base, value: null, state: datum.state, reason: datum.reason };
  });
}

/**
 * Sorted copy. Areas without a value (or rank) come last in either direction; ties are broken
 * by name, then code, so the order is stable.
 */
export function sortRanking(
  rows: readonly RankingRow[],
  key: SortKey,
  direction: SortDirection,
  locale: string,
): RankingRow[] {
  const collator = new Intl.Collator(locale);
  const sign = direction === "asc" ? 1 : -1;
  const byName = (a: RankingRow, b: RankingRow) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code);
  const numeric = (pick: (row: RankingRow) => number | null) => (a: RankingRow, b: RankingRow) => {
    const x = pick(a);
    const y = pick(b);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  };
  const compare =
    key === "name"
      ? (a: RankingRow, b: RankingRow) => sign * byName(a, b)
      : numeric(key === "rank" ? (row) => row.rank : (row) => row.value);
  return [...rows].sort(compare);
}
