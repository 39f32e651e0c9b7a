/** Lower case without diacritics, so "schoneberg" finds "Schöneberg". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/ß/g, "ss")
    .toLocaleLowerCase("de");
}

/** The words of a search query, normalised; empty when the query is blank. */
export function searchWords(query: string): string[] {
  return normalizeForSearch(query).split(/\s+/).filter(Boolean);
}
