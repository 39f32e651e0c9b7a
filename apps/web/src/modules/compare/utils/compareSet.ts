// The set of areas to compare: official codes in the order chosen, 2–6 of them. It lives in
// the URL of /vergleich (shareable) and in sessionStorage, so that "Zum Vergleich hinzufügen"
// works from any profile and the comparison opens with what was collected.

export const minCompareAreas = 2;
export const maxCompareAreas = 6;
/** Query parameter of /vergleich, e.g. ?gebiete=01100101,01100102. */
export const compareCodesParam = "gebiete";
export const compareDateParam = "stichtag";

const storageKey = "sozialatlas.compare";
const changeEvent = "sozialatlas:compare";

/** Codes from a URL parameter: comma-separated, trimmed, each once, in order. */
export function parseCompareCodes(value: string | null | undefined): string[] {
  if (!value) return [];
  const codes: string[] = [];
  for (const part of value.split(",")) {
    const code = part.trim();
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** URL of the comparison of these areas (commas stay readable: codes need no escaping). */
export function comparePath(codes: readonly string[]): string {
  if (codes.length === 0) return "/vergleich";
  return `/vergleich?${compareCodesParam}=${codes.map(encodeURIComponent).join(",")}`;
}

export type AddResult = "added" | "present" | "full";

export function addCode(codes: readonly string[], code: string): { codes: string[]; result: AddResult } {
  if (codes.includes(code)) return { codes: [...codes], result: "present" };
  if (codes.length >= maxCompareAreas) return { codes: [...codes], result: "full" };
  return { codes: [...codes, code], result: "added" };
}

export function removeCode(codes: readonly string[], code: string): string[] {
  return codes.filter((candidate) => candidate !== code);
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    // Storage can be disabled; the set then lives only in the URL.
    return undefined;
  }
}

let cachedRaw: string | null | undefined;
let cachedCodes: string[] = [];

/** The remembered set (at most six codes); the same array while it does not change. */
export function readStoredCodes(): string[] {
  let raw: string | null = null;
  try {
    raw = storage()?.getItem(storageKey) ?? null;
  } catch {
    raw = null;
  }
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedCodes = parseCompareCodes(raw).slice(0, maxCompareAreas);
  }
  return cachedCodes;
}

export function writeStoredCodes(codes: readonly string[]): void {
  try {
    storage()?.setItem(storageKey, codes.slice(0, maxCompareAreas).join(","));
  } catch {
    // Not remembering is acceptable: the URL still carries the set.
  }
  globalThis.dispatchEvent?.(new Event(changeEvent));
}

/** Calls back when the remembered set changes in this tab or another one. */
export function subscribeStoredCodes(callback: () => void): () => void {
  globalThis.addEventListener?.(changeEvent, callback);
  globalThis.addEventListener?.("storage", callback);
  return () => {
    globalThis.removeEventListener?.(changeEvent, callback);
    globalThis.removeEventListener?.("storage", callback);
  };
}
