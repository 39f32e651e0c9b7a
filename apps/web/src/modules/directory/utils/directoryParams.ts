import type { OfferCost, OfferFilter } from "../../../generated/graphql.ts";

// The directory's search lives in the URL (/angebote?q=…&kosten=FREE,REDUCED&…) so that a
// search can be bookmarked and shared. Parameter names are German and part of the contract:
// other pages and tests build these links.

export const accessibilityFeatures = ["stepFree", "accessibleToilet", "inductionLoop", "easyLanguage"] as const;
export type AccessibilityFeature = (typeof accessibilityFeatures)[number];

export const costs = ["FREE", "REDUCED", "FEE"] as const satisfies readonly OfferCost[];

/** Radii offered for "near me", in kilometres; the API accepts 0.1–50. */
export const radiusOptions = [0.5, 1, 2, 5, 10] as const;
export const defaultRadiusKm = 2;

/** Results per "Mehr anzeigen" step. */
export const pageSize = 20;
/** The API returns at most 500 offers per request. */
const maxPages = Math.floor(500 / pageSize);

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** A directory search as the URL holds it, parsed and checked; unusable values are dropped. */
export interface DirectorySearch {
  /** Free text (q). */
  text: string;
  /** Category label (kategorie). */
  category: string;
  /** Target group label (zielgruppe). */
  targetGroup: string;
  /** Age in years (alter), 0–120. */
  age: number | null;
  /** ISO 639-1 language code (sprache). */
  language: string;
  /** Area code, a Bezirk or Planungsraum (gebiet). */
  areaCode: string;
  /** Point to search around (nahe=lat,lon). */
  near: GeoPoint | null;
  /** Radius around `near` in km (radius). */
  radiusKm: number;
  /** Costs (kosten=FREE,REDUCED). */
  costs: OfferCost[];
  /** Social pass that must be accepted (sozialpass=berlinpass). */
  socialPass: string;
  /** Accessibility features that must be present (barrierefrei=stepFree,…). */
  accessibility: AccessibilityFeature[];
  /** Only offers open now (jetzt=1). */
  openNow: boolean;
  /** How many pages of results are shown (seite), 1 or more. */
  pages: number;
}

export const emptySearch: DirectorySearch = {
  text: "",
  category: "",
  targetGroup: "",
  age: null,
  language: "",
  areaCode: "",
  near: null,
  radiusKm: defaultRadiusKm,
  costs: [],
  socialPass: "",
  accessibility: [],
  openNow: false,
  pages: 1,
};

const isCost = (value: string): value is OfferCost => (costs as readonly string[]).includes(value);
const isFeature = (value: string): value is AccessibilityFeature =>
  (accessibilityFeatures as readonly string[]).includes(value);

function integer(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

/** "52.52,13.40" → a point; null when not two numbers in range. */
export function parsePoint(value: string | null): GeoPoint | null {
  if (!value) return null;
  const parts = value.split(",").map((part) => part.trim());
  if (parts.length !== 2 || parts.some((part) => part === "")) return null;
  const [latitude, longitude] = parts.map(Number) as [number, number];
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { latitude, longitude };
}

/** A point as the URL writes it: five decimals (about one metre). */
export function formatPoint(point: GeoPoint): string {
  const round = (value: number) => String(Math.round(value * 1e5) / 1e5);
  return `${round(point.latitude)},${round(point.longitude)}`;
}

const list = (value: string | null) =>
  (value ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);

const unique = <T>(values: T[]) => [...new Set(values)];

/** Reads a search from the URL's query string. */
export function parseDirectorySearch(params: URLSearchParams): DirectorySearch {
  const radius = Number(params.get("radius"));
  return {
    text: params.get("q")?.trim() ?? "",
    category: params.get("kategorie") ?? "",
    targetGroup: params.get("zielgruppe") ?? "",
    age: integer(params.get("alter"), 0, 120),
    language: params.get("sprache") ?? "",
    areaCode: params.get("gebiet")?.trim() ?? "",
    near: parsePoint(params.get("nahe")),
    radiusKm: params.has("radius") && radius >= 0.1 && radius <= 50 ? radius : defaultRadiusKm,
    costs: unique(list(params.get("kosten")).filter(isCost)),
    socialPass: params.get("sozialpass")?.trim() ?? "",
    accessibility: unique(list(params.get("barrierefrei")).filter(isFeature)),
    openNow: params.get("jetzt") === "1",
    pages: integer(params.get("seite"), 1, maxPages) ?? 1,
  };
}

/** Writes a search to a query string; empty conditions and defaults are left out. */
export function toSearchParams(search: DirectorySearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.text) params.set("q", search.text);
  if (search.category) params.set("kategorie", search.category);
  if (search.targetGroup) params.set("zielgruppe", search.targetGroup);
  if (search.age !== null) params.set("alter", String(search.age));
  if (search.language) params.set("sprache", search.language);
  if (search.areaCode) params.set("gebiet", search.areaCode);
  if (search.near) {
    params.set("nahe", formatPoint(search.near));
    if (search.radiusKm !== defaultRadiusKm) params.set("radius", String(search.radiusKm));
  }
  // In a fixed order, so that the same search always gives the same URL.
  const chosenCosts = costs.filter((cost) => search.costs.includes(cost));
  if (chosenCosts.length > 0) params.set("kosten", chosenCosts.join(","));
  if (search.socialPass) params.set("sozialpass", search.socialPass);
  const features = accessibilityFeatures.filter((feature) => search.accessibility.includes(feature));
  if (features.length > 0) params.set("barrierefrei", features.join(","));
  if (search.openNow) params.set("jetzt", "1");
  if (search.pages > 1) params.set("seite", String(search.pages));
  return params;
}

/** The directory's URL for a search. */
export function directoryPath(search: Partial<DirectorySearch> = {}): string {
  const query = toSearchParams({ ...emptySearch, ...search }).toString();
  return query ? `/angebote?${query}` : "/angebote";
}

/** URL of an offer's page in the directory. */
export function offerPath(id: string): string {
  return `/angebote/${encodeURIComponent(id)}`;
}

/** Whether the search has any condition (the page number is not one). */
export function hasConditions(search: DirectorySearch): boolean {
  const { pages: _pages, radiusKm: _radius, ...conditions } = search;
  const { pages: _p, radiusKm: _r, ...none } = emptySearch;
  return JSON.stringify(conditions) !== JSON.stringify(none);
}

/**
 * The API filter for a search. `now` is the instant "open now" refers to. Ended offers are
 * left out: the public directory lists what people can still use.
 */
export function toOfferFilter(search: DirectorySearch, now: Date): OfferFilter {
  const filter: OfferFilter = { status: ["ACTIVE", "TEMPORARILY_CLOSED"] };
  if (search.text) filter.search = search.text;
  if (search.category) filter.categories = [search.category];
  if (search.targetGroup) filter.targetGroups = [search.targetGroup];
  if (search.age !== null) filter.age = search.age;
  if (search.language) filter.languages = [search.language];
  if (search.areaCode) filter.areaCode = search.areaCode;
  if (search.near) {
    filter.near = search.near;
    filter.radiusKm = search.radiusKm;
  }
  if (search.costs.length > 0) filter.cost = [...search.costs];
  if (search.socialPass) filter.socialPass = search.socialPass;
  for (const feature of search.accessibility) filter[feature] = true;
  if (search.openNow) filter.openAt = now.toISOString();
  return filter;
}

/** How many offers to ask for: every page shown so far. */
export function resultLimit(search: DirectorySearch): number {
  return search.pages * pageSize;
}

/** The current minute: a stable "now" for queries (the same URL gives the same cache entry for a minute). */
export function currentMinute(date: Date = new Date()): Date {
  return new Date(Math.floor(date.getTime() / 60_000) * 60_000);
}
