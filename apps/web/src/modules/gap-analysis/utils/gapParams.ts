// The gap analysis's settings live in the URL, so a planner can send a link to a colleague:
// /bedarfsluecken?ebene=BEZIRKSREGION&angebot=plaetze&kategorie=Kita&alter=4&bevoelkerung=ew&je=100
//   &bedarf=mss2021.s4&radius=1.5&stichtag=2022-12-31&sortierung=rate&richtung=auf
// Values that are missing or not understood fall back to the defaults; defaults are left out.
import type { AreaLevel, GapAnalysisInput, GapSupplyMeasure } from "../../../generated/graphql.ts";

export const gapLevels = ["PLANUNGSRAUM", "BEZIRKSREGION", "BEZIRK"] as const satisfies AreaLevel[];
export type GapLevel = (typeof gapLevels)[number];

export const perOptions = [100, 1000, 10000] as const;
export type Per = (typeof perOptions)[number];

export const maxRadiusKm = 5;

export type GapSortKey = "rank" | "name" | "population" | "supply" | "rate" | "need" | "gap";
export type SortDirection = "asc" | "desc";
export const gapSortKeys: readonly GapSortKey[] = ["rank", "name", "population", "supply", "rate", "need", "gap"];

/** Where the need comes from: an indicator (by key) or a stored index run (its status index). */
export type NeedSource = { kind: "indicator"; key: string } | { kind: "run"; id: string };

export interface GapParams {
  level: GapLevel;
  supplyMeasure: GapSupplyMeasure;
  categories: string[];
  targetGroups: string[];
  /** Age in years the offers must serve; null: any age. */
  age: number | null;
  populationKey: string;
  per: Per;
  /** null: the default (the newest run of the level, else the first need indicator). */
  need: NeedSource | null;
  radiusKm: number;
  /** Stichtag (YYYY-MM-DD); null: the newest one. */
  date: string | null;
  sort: GapSortKey;
  direction: SortDirection;
}

/** A planned offer that does not exist: the scenario (kept on the page only, never saved). */
export interface ScenarioOffer {
  id: string;
  label: string;
  latitude: number;
  longitude: number;
  places: number;
}

const names = {
  level: "ebene",
  supplyMeasure: "angebot",
  categories: "kategorie",
  targetGroups: "zielgruppe",
  age: "alter",
  populationKey: "bevoelkerung",
  per: "je",
  need: "bedarf",
  radiusKm: "radius",
  date: "stichtag",
  sort: "sortierung",
  direction: "richtung",
} as const satisfies Record<keyof GapParams, string>;

const measureWords: Record<GapSupplyMeasure, string> = { OFFERS: "angebote", PLACES: "plaetze" };
const directionWords: Record<SortDirection, string> = { asc: "auf", desc: "ab" };
const runPrefix = "lauf:";

/** Ranks and names ascending; numbers with the largest first, except the supply rate (smallest = least supply). */
export const defaultDirection: Record<GapSortKey, SortDirection> = {
  rank: "asc",
  name: "asc",
  population: "desc",
  supply: "desc",
  rate: "asc",
  need: "desc",
  gap: "desc",
};

export const defaultGapParams: GapParams = {
  level: "PLANUNGSRAUM",
  supplyMeasure: "OFFERS",
  categories: [],
  targetGroups: [],
  age: null,
  populationKey: "ew",
  per: 10000,
  need: null,
  radiusKm: 1,
  date: null,
  sort: "rank",
  direction: "asc",
};

function fromWord<T extends string>(words: Record<T, string>, word: string | null): T | undefined {
  return (Object.keys(words) as T[]).find((key) => words[key] === word);
}

const isDate = (value: string | null): value is string =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

function parseNeed(value: string | null): NeedSource | null {
  const text = value?.trim();
  if (!text) return null;
  if (text.startsWith(runPrefix)) {
    const id = text.slice(runPrefix.length);
    return id ? { kind: "run", id } : null;
  }
  return { kind: "indicator", key: text };
}

function needWord(need: NeedSource | null): string | null {
  if (need === null) return null;
  return need.kind === "run" ? `${runPrefix}${need.id}` : need.key;
}

/** Radius rounded to 0.1 km and kept within 0–5 km; null when the text is not a number. */
export function clampRadius(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  return Math.min(maxRadiusKm, Math.max(0, Math.round(value * 10) / 10));
}

/** Reads the settings from the URL's search parameters. */
export function parseGapParams(search: URLSearchParams): GapParams {
  const level = search.get(names.level);
  const age = search.get(names.age);
  const ageNumber = age === null || age.trim() === "" ? Number.NaN : Number(age);
  const per = Number(search.get(names.per));
  const radiusText = search.get(names.radiusKm);
  const radius = radiusText === null || radiusText.trim() === "" ? null : clampRadius(Number(radiusText));
  const sortWord = search.get(names.sort);
  const sort = gapSortKeys.find((key) => key === sortWord) ?? defaultGapParams.sort;
  const distinct = (values: string[]) => [...new Set(values.map((value) => value.trim()).filter(Boolean))];
  return {
    level: gapLevels.find((candidate) => candidate === level) ?? defaultGapParams.level,
    supplyMeasure: fromWord(measureWords, search.get(names.supplyMeasure)) ?? defaultGapParams.supplyMeasure,
    categories: distinct(search.getAll(names.categories)),
    targetGroups: distinct(search.getAll(names.targetGroups)),
    age: Number.isInteger(ageNumber) && ageNumber >= 0 && ageNumber <= 120 ? ageNumber : null,
    populationKey: search.get(names.populationKey)?.trim() || defaultGapParams.populationKey,
    per: perOptions.find((option) => option === per) ?? defaultGapParams.per,
    need: parseNeed(search.get(names.need)),
    radiusKm: radius ?? defaultGapParams.radiusKm,
    date: isDate(search.get(names.date)) ? search.get(names.date) : null,
    sort,
    direction: fromWord(directionWords, search.get(names.direction)) ?? defaultDirection[sort],
  };
}

/** The search parameters for the settings; defaults are left out, other parameters kept. */
export function withGapParams(search: URLSearchParams, patch: Partial<GapParams>): URLSearchParams {
  const next = { ...parseGapParams(search), ...patch };
  const result = new URLSearchParams(search);
  const set = (name: string, value: string | null) => {
    if (value === null) result.delete(name);
    else result.set(name, value);
  };
  const setAll = (name: string, values: readonly string[]) => {
    result.delete(name);
    for (const value of values) result.append(name, value);
  };
  set(names.level, next.level === defaultGapParams.level ? null : next.level);
  set(
    names.supplyMeasure,
    next.supplyMeasure === defaultGapParams.supplyMeasure ? null : measureWords[next.supplyMeasure],
  );
  setAll(names.categories, next.categories);
  setAll(names.targetGroups, next.targetGroups);
  set(names.age, next.age === null ? null : String(next.age));
  set(names.populationKey, next.populationKey === defaultGapParams.populationKey ? null : next.populationKey);
  set(names.per, next.per === defaultGapParams.per ? null : String(next.per));
  set(names.need, needWord(next.need));
  set(names.radiusKm, next.radiusKm === defaultGapParams.radiusKm ? null : String(next.radiusKm));
  set(names.date, next.date);
  const defaultSort = next.sort === defaultGapParams.sort && next.direction === defaultDirection[next.sort];
  set(names.sort, defaultSort ? null : next.sort);
  set(names.direction, next.direction === defaultDirection[next.sort] ? null : directionWords[next.direction]);
  return result;
}

/**
 * The API input for the settings with the need source resolved (see `resolveNeed`) and the
 * scenario's offers; without scenario offers the field is left out, so the baseline stays cached.
 */
export function toGapInput(
  params: GapParams,
  need: NeedSource | null,
  scenario: readonly ScenarioOffer[] = [],
): GapAnalysisInput {
  return {
    level: params.level,
    supplyMeasure: params.supplyMeasure,
    populationIndicatorKey: params.populationKey,
    per: params.per,
    radiusKm: params.radiusKm,
    ...(params.date ? { date: params.date } : {}),
    ...(params.categories.length > 0 ? { categories: params.categories } : {}),
    ...(params.targetGroups.length > 0 ? { targetGroups: params.targetGroups } : {}),
    ...(params.age !== null ? { age: params.age } : {}),
    ...(need?.kind === "indicator" ? { needIndicatorKey: need.key } : {}),
    ...(need?.kind === "run" ? { needIndexRunId: need.id } : {}),
    ...(scenario.length > 0
      ? {
          hypotheticalOffers: scenario.map((offer) => ({
            label: offer.label,
            latitude: offer.latitude,
            longitude: offer.longitude,
            places: offer.places,
          })),
        }
      : {}),
  };
}

export interface NeedChoices {
  runs: readonly { id: string; level: AreaLevel; referenceDate: string }[];
  indicatorKeys: readonly string[];
}

/** The indicator used for need when the URL names none and no index run fits the level. */
export const defaultNeedIndicator = "mss2021.s4";

/**
 * The need source to use: the one in the URL, else the newest index run of the level (runs come
 * newest first), else the default need indicator when it exists; null: no need (supply only).
 */
export function resolveNeed(params: GapParams, choices: NeedChoices): NeedSource | null {
  if (params.need) return params.need;
  const run = choices.runs.find((candidate) => candidate.level === params.level);
  if (run) return { kind: "run", id: run.id };
  return choices.indicatorKeys.includes(defaultNeedIndicator) ? { kind: "indicator", key: defaultNeedIndicator } : null;
}
