import { normalizeForSearch } from "../../../lib/search.ts";

/**
 * Areas whose name contains the query or whose code starts with it (codes nest by prefix,
 * so "0110" finds everything below Prognoseraum 0110). Every word of the query must match.
 */
export function filterAreas<T extends { code: string; name: string }>(areas: readonly T[], query: string): T[] {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...areas];
  return areas.filter((area) => {
    const name = normalizeForSearch(area.name);
    return words.every((word) => name.includes(word) || area.code.startsWith(word));
  });
}
