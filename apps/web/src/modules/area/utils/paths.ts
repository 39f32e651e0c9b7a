import type { AreaLevel } from "../../../generated/graphql.ts";

/** URL of an area's page. */
export function areaPath(code: string): string {
  return `/gebiete/${encodeURIComponent(code)}`;
}

/** URL of the area list, optionally on one level and filtered by a text. */
export function areaListPath(level?: AreaLevel, query?: string): string {
  const params = new URLSearchParams();
  if (level) params.set("level", level);
  if (query) params.set("q", query);
  const search = params.toString();
  return search ? `/gebiete?${search}` : "/gebiete";
}
