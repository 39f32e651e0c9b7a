// The atlas's view state lives in the URL, so a link shows the same map and reload restores it:
// /?ebene=PLANUNGSRAUM&indikator=mss2021.s4&stichtag=2020-12-31&klassen=quantile&anzahl=5&programme=1&angebote=1
// Values that are missing or not understood fall back to the defaults; defaults are left out of the URL.
import type { AreaLevel } from "../../../generated/graphql.ts";

/** The levels the atlas maps, from the finest to the coarsest. */
export const atlasLevels = ["PLANUNGSRAUM", "BEZIRKSREGION", "PROGNOSERAUM", "BEZIRK"] as const satisfies AreaLevel[];
export type AtlasLevel = (typeof atlasLevels)[number];

/** How values are put into classes: the index's own classes, quantiles or equal intervals. */
export type ClassMethod = "index" | "quantiles" | "equalIntervals";
export type SortKey = "rank" | "name" | "value";
export type SortDirection = "asc" | "desc";

export interface AtlasParams {
  level: AtlasLevel;
  /** The layer as written in the URL (an indicator key or `index:<definition>:<part>`); null: the default layer. */
  layer: string | null;
  /** Stichtag (YYYY-MM-DD); null: the newest one of the layer. */
  date: string | null;
  /** null: the default of the layer (index classes for index layers, quantiles otherwise). */
  method: ClassMethod | null;
  /** Number of classes for quantiles and equal intervals, 3–7. */
  classCount: number;
  programmes: boolean;
  offers: boolean;
  sort: SortKey;
  direction: SortDirection;
}

export const minClasses = 3;
export const maxClasses = 7;
const defaultClassCount = 5;

const names = {
  level: "ebene",
  layer: "indikator",
  date: "stichtag",
  method: "klassen",
  classCount: "anzahl",
  programmes: "programme",
  offers: "angebote",
  sort: "sortierung",
  direction: "richtung",
} as const satisfies Record<keyof AtlasParams, string>;

const methodWords: Record<ClassMethod, string> = {
  index: "index",
  quantiles: "quantile",
  equalIntervals: "intervalle",
};
const sortWords: Record<SortKey, string> = { rank: "rang", name: "name", value: "wert" };
const directionWords: Record<SortDirection, string> = { asc: "auf", desc: "ab" };

/** The direction a column sorts in when it is chosen: ranks and names ascending, values highest first. */
export const defaultDirection: Record<SortKey, SortDirection> = { rank: "asc", name: "asc", value: "desc" };

const defaults: AtlasParams = {
  level: "PLANUNGSRAUM",
  layer: null,
  date: null,
  method: null,
  classCount: defaultClassCount,
  programmes: false,
  offers: false,
  sort: "rank",
  direction: "asc",
};

function fromWord<T extends string>(words: Record<T, string>, word: string | null): T | undefined {
  return (Object.keys(words) as T[]).find((key) => words[key] === word);
}

const isAtlasLevel = (value: string | null): value is AtlasLevel =>
  value !== null && (atlasLevels as readonly string[]).includes(value);

const isDate = (value: string | null): value is string =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** Reads the view state from the URL's search parameters. */
export function parseAtlasParams(search: URLSearchParams): AtlasParams {
  const level = search.get(names.level);
  const layer = search.get(names.layer)?.trim();
  const date = search.get(names.date);
  const count = Number(search.get(names.classCount));
  const sort = fromWord(sortWords, search.get(names.sort)) ?? defaults.sort;
  return {
    level: isAtlasLevel(level) ? level : defaults.level,
    layer: layer ? layer : null,
    date: isDate(date) ? date : null,
    method: fromWord(methodWords, search.get(names.method)) ?? null,
    classCount: Number.isInteger(count) && count >= minClasses && count <= maxClasses ? count : defaults.classCount,
    programmes: search.get(names.programmes) === "1",
    offers: search.get(names.offers) === "1",
    sort,
    direction: fromWord(directionWords, search.get(names.direction)) ?? defaultDirection[sort],
  };
}

/** The search parameters for a view state; defaults are left out, other parameters are kept. */
export function withAtlasParams(search: URLSearchParams, patch: Partial<AtlasParams>): URLSearchParams {
  const next = { ...parseAtlasParams(search), ...patch };
  const result = new URLSearchParams(search);
  const set = (name: string, value: string | null) => {
    if (value === null) result.delete(name);
    else result.set(name, value);
  };
  set(names.level, next.level === defaults.level ? null : next.level);
  set(names.layer, next.layer);
  set(names.date, next.date);
  set(names.method, next.method === null ? null : methodWords[next.method]);
  set(names.classCount, next.classCount === defaults.classCount ? null : String(next.classCount));
  set(names.programmes, next.programmes ? "1" : null);
  set(names.offers, next.offers ? "1" : null);
  const defaultSort = next.sort === defaults.sort && next.direction === defaultDirection[next.sort];
  set(names.sort, defaultSort ? null : sortWords[next.sort]);
  set(names.direction, next.direction === defaultDirection[next.sort] ? null : directionWords[next.direction]);
  return result;
}

/** URL of the atlas with a view state. */
export function atlasPath(patch: Partial<AtlasParams> = {}): string {
  const search = withAtlasParams(new URLSearchParams(), patch).toString();
  return search ? `/?${search}` : "/";
}
