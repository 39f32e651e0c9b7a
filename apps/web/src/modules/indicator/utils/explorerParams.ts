import type { AreaLevel } from "../../../generated/graphql.ts";
import { isAreaLevel } from "../../area/utils/levels.ts";

/** More lines or indicators than this make a chart unreadable. */
export const maxIndicators = 6;
export const maxAreas = 6;

export const defaultLevel: AreaLevel = "PLANUNGSRAUM";

/**
 * The whole view of the explorer, read from the URL so that a link shows the same view:
 * `/indikatoren?ind=mss2021.s1&ind=mss2021.s4&level=PLANUNGSRAUM&area=01100101&date=2020-12-31&dist=…&x=…&y=…&q=…`
 */
export interface ExplorerParams {
  /** Chosen indicator keys, in the order chosen. */
  indicators: string[];
  level: AreaLevel;
  /** Chosen area codes (of `level`), in the order chosen. */
  areas: string[];
  /** Stichtag of the distribution and the scatter; null: the latest. */
  date: string | null;
  /** Indicator of the distribution chart; null: the first chosen. */
  distribution: string | null;
  /** Indicators on the scatter's axes; null: the first and second chosen. */
  x: string | null;
  y: string | null;
  /** Text of the area search. */
  query: string;
}

const unique = (values: readonly string[]) => [...new Set(values.map((value) => value.trim()).filter(Boolean))];
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function readExplorerParams(params: URLSearchParams): ExplorerParams {
  const level = params.get("level");
  const date = params.get("date");
  return {
    indicators: unique(params.getAll("ind")).slice(0, maxIndicators),
    level: isAreaLevel(level) ? level : defaultLevel,
    areas: unique(params.getAll("area")).slice(0, maxAreas),
    date: date && isoDate.test(date) ? date : null,
    distribution: params.get("dist") || null,
    x: params.get("x") || null,
    y: params.get("y") || null,
    query: params.get("q") ?? "",
  };
}

/** The URL parameters of a view; defaults and empty values are left out to keep links short. */
export function writeExplorerParams(view: ExplorerParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of view.indicators) params.append("ind", key);
  if (view.level !== defaultLevel) params.set("level", view.level);
  for (const code of view.areas) params.append("area", code);
  if (view.date) params.set("date", view.date);
  if (view.distribution) params.set("dist", view.distribution);
  if (view.x) params.set("x", view.x);
  if (view.y) params.set("y", view.y);
  if (view.query) params.set("q", view.query);
  return params;
}

/** Chooses or drops an indicator; a choice that is dropped from a chart's select falls back to the default. */
export function toggleIndicator(view: ExplorerParams, key: string): ExplorerParams {
  if (view.indicators.includes(key)) {
    const indicators = view.indicators.filter((chosen) => chosen !== key);
    return {
      ...view,
      indicators,
      distribution: view.distribution === key ? null : view.distribution,
      x: view.x === key ? null : view.x,
      y: view.y === key ? null : view.y,
    };
  }
  if (view.indicators.length >= maxIndicators) return view;
  return { ...view, indicators: [...view.indicators, key] };
}

export function toggleArea(view: ExplorerParams, code: string): ExplorerParams {
  if (view.areas.includes(code)) return { ...view, areas: view.areas.filter((chosen) => chosen !== code) };
  if (view.areas.length >= maxAreas) return view;
  return { ...view, areas: [...view.areas, code] };
}

/** Another level has other areas: the choice of areas and the search start afresh. */
export function changeLevel(view: ExplorerParams, level: AreaLevel): ExplorerParams {
  return view.level === level ? view : { ...view, level, areas: [], query: "" };
}

/** The indicators shown on the scatter's axes: the chosen ones from the URL, else the first two. */
export function scatterAxes(view: ExplorerParams): { x: string | null; y: string | null } {
  const chosen = view.indicators;
  const x = view.x && chosen.includes(view.x) ? view.x : (chosen[0] ?? null);
  const fallbackY = chosen.find((key) => key !== x) ?? null;
  const y = view.y && chosen.includes(view.y) && view.y !== x ? view.y : fallbackY;
  return { x, y };
}

export function distributionIndicator(view: ExplorerParams): string | null {
  return view.distribution && view.indicators.includes(view.distribution)
    ? view.distribution
    : (view.indicators[0] ?? null);
}
