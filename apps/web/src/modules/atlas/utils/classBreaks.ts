// Class breaks and colours for choropleth maps. Pure functions: the map, its legend and the
// ranking table all classify with the same breaks.

export type BreakMethod = "quantiles" | "equalIntervals";

/**
 * Upper bounds of the first k−1 classes; class i holds values ≤ breaks[i] (and > breaks[i−1]),
 * the last class everything above. Missing values are ignored; fewer distinct values than
 * classes give fewer classes.
 */
export function classBreaks(values: readonly (number | null)[], classes: number, method: BreakMethod): number[] {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined || classes < 2) return [];
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const bound =
      method === "equalIntervals"
        ? first + ((last - first) * i) / classes
        : (sorted[Math.min(sorted.length - 1, Math.ceil((i * sorted.length) / classes) - 1)] ?? last);
    // Equal bounds would make empty classes: keep each bound once, and none at the maximum.
    if (bound < last && bound !== breaks[breaks.length - 1]) breaks.push(bound);
  }
  return breaks;
}

/** Index of the class of `value` (0-based), or null when the value is missing. */
export function classOf(value: number | null, breaks: readonly number[]): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  for (let i = 0; i < breaks.length; i++) {
    const bound = breaks[i];
    if (bound !== undefined && value <= bound) return i;
  }
  return breaks.length;
}

/**
 * Sequential colours readable with colour-vision deficiencies and in greyscale
 * (ColorBrewer "YlGnBu"-like ramp from light to dark): dark = high value.
 */
const sequential: Record<number, readonly string[]> = {
  2: ["#c7e9b4", "#225ea8"],
  3: ["#edf8b1", "#7fcdbb", "#2c7fb8"],
  4: ["#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"],
  5: ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"],
  6: ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"],
  7: ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"],
};

/** The colour for each of `count` classes, light to dark (1 class: the middle colour). */
export function sequentialColours(count: number): readonly string[] {
  if (count <= 1) return ["#41b6c4"];
  return sequential[Math.min(count, 7)] ?? sequential[7] ?? [];
}

/**
 * MSS status classes 1 hoch … 4 sehr niedrig (social status): the lower the status, the
 * darker. Orange-brown ramp, distinct from the sequential blues of plain indicators.
 */
export const statusClassColours: Readonly<Record<1 | 2 | 3 | 4, string>> = {
  1: "#fee391",
  2: "#fec44f",
  3: "#ec7014",
  4: "#8c2d04",
};

/** Dynamics classes: a diverging purple–orange scale (colour-blind safe), grey for stable. */
export const dynamicsClassColours: Readonly<Record<"positiv" | "stabil" | "negativ", string>> = {
  positiv: "#8073ac",
  stabil: "#e0e0e0",
  negativ: "#e08214",
};

/** Areas without a value: a light hatch-like grey, never a colour of the scale. */
export const missingColour = "#f2f2f2";

/** Black or white text, whichever reads better on the given background (WCAG relative luminance). */
export function textColourOn(background: string): "#000000" | "#ffffff" {
  const hex = background.replace("#", "");
  const channel = (offset: number) => {
    const c = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return luminance > 0.179 ? "#000000" : "#ffffff";
}
