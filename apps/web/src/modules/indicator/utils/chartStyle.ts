// Colours and marker shapes of the explorer's series. Colours from the Okabe–Ito family,
// darkened where needed for 3:1 contrast on white; every series also has its own marker
// shape, so the lines can be told apart without colour.

export const seriesColours = ["#0072b2", "#d55e00", "#009e73", "#b8609a", "#9e6b00", "#6a3d9a"] as const;

export const seriesShapes = ["circle", "square", "triangle", "diamond", "star", "cross"] as const;
export type SeriesShape = (typeof seriesShapes)[number];

/**
 * Reference lines are dark grey and dashed, with a "wye" marker: the city long dashes, the
 * Bezirke dotted in alternating shades, so two Bezirke can be told apart in the legend too.
 */
export function referenceStyle(
  scope: "city" | "district",
  index: number,
): { colour: string; dash: string; shape: "wye" } {
  if (scope === "city") return { colour: "#27313f", dash: "8 4", shape: "wye" };
  const variants = [
    { colour: "#525d6b", dash: "2 3" },
    { colour: "#3d4652", dash: "6 3 2 3" },
    { colour: "#6b7480", dash: "1 4" },
  ] as const;
  const variant = variants[index % variants.length] ?? variants[0];
  return { ...variant, shape: "wye" };
}

export function seriesStyle(index: number): { colour: string; shape: SeriesShape } {
  return {
    colour: seriesColours[index % seriesColours.length] ?? seriesColours[0],
    shape: seriesShapes[index % seriesShapes.length] ?? seriesShapes[0],
  };
}

/** Colours of the distribution and the scatter: all areas, and the chosen ones on top. */
export const allAreasColour = "#7fa7c9";
export const chosenAreaColour = "#d55e00";
