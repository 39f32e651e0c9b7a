/** URL of an indicator's definition page. */
export function indicatorPath(key: string): string {
  return `/indikatoren/${encodeURIComponent(key)}`;
}

/** URL of the form that edits an indicator's definition (planners). */
export function indicatorEditPath(key: string): string {
  return `${indicatorPath(key)}/bearbeiten`;
}

export const indicatorCreatePath = "/indikatoren/neu";
