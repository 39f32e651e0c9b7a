// The choropleth model, pure: each area's datum → its class, fill and rank. The map, its legend
// and the ranking table all read the same classification.
import type { IndicatorPolarity } from "../../../generated/graphql.ts";
import type { ClassMethod } from "./atlasParams.ts";
import {
  type BreakMethod,
  classBreaks,
  dynamicsClassColours,
  missingColour,
  sequentialColours,
  statusClassColours,
} from "./classBreaks.ts";

/** One area's value on the layer, or why it has none. */
export type AreaDatum =
  | {
      code: string;
      state: "value";
      value: number;
      /** Index layers: the class the index run gave (status class, dynamics class or combined code). */
      category?: string | null;
      /** Index layers: the rank the run gave (1 = most disadvantaged). */
      rank?: number | null;
    }
  | {
      code: string;
      /** missing: no value („kein Wert“); suppressed: withheld („geschützt“); excluded: „ohne Zuordnung“. */
      state: "missing" | "suppressed" | "excluded";
      reason: string | null;
    };

export type SpecialState = "missing" | "suppressed" | "excluded";

/** Pattern ids the fills refer to; the atlas defines them once (components/MapPatterns.tsx). */
export const patternIds = {
  suppressed: "atlas-pattern-suppressed",
  combined: (statusClass: number, dynamics: DynamicsKey) => `atlas-pattern-mss-${statusClass}-${dynamics}`,
} as const;

export const specialFills: Readonly<Record<SpecialState, string>> = {
  missing: missingColour,
  suppressed: `url(#${patternIds.suppressed})`,
  excluded: "#a8a8a8",
};

export type StatusKey = "HOCH" | "MITTEL" | "NIEDRIG" | "SEHR_NIEDRIG";
export type DynamicsKey = "POSITIV" | "STABIL" | "NEGATIV";
export const statusKeys: readonly StatusKey[] = ["HOCH", "MITTEL", "NIEDRIG", "SEHR_NIEDRIG"];
export const dynamicsKeys: readonly DynamicsKey[] = ["POSITIV", "STABIL", "NEGATIV"];
/** The signs of the combined code (MSS): 2- is mittel and negativ. */
export const dynamicsSigns: Readonly<Record<DynamicsKey, string>> = { POSITIV: "+", STABIL: "+/-", NEGATIV: "-" };

/** Bounds of a class; a missing bound is open (below the first threshold, above the last). */
export interface ClassBounds {
  from?: number;
  /** The lower bound itself belongs to the class below. */
  fromExclusive?: boolean;
  to?: number;
  /** The upper bound itself belongs to the class above. */
  toExclusive?: boolean;
}

export interface LegendClass {
  /** Stable key: "1"… for breaks, the class name for index classes, e.g. "MITTEL" or "2-". */
  key: string;
  fill: string;
  count: number;
  bounds: ClassBounds | null;
}

export type IndexScheme =
  | { kind: "status"; thresholds: { highBelow: number; middleUpTo: number; lowUpTo: number } | null }
  | { kind: "dynamics"; thresholds: { positiveBelow: number; stableUpTo: number } | null }
  | { kind: "combined" };

export interface ClassifyOptions {
  method: ClassMethod;
  classCount: number;
  polarity: IndicatorPolarity;
  /** Needed for the method "index". */
  scheme?: IndexScheme;
}

export interface Classification {
  classes: LegendClass[];
  /** Class index (into `classes`) by area code; areas without a class are not in it. */
  classOf: ReadonlyMap<string, number>;
  /** Fill by area code, the special fills included. */
  fills: ReadonlyMap<string, string>;
  special: Readonly<Record<SpecialState, number>>;
}

const breakMethods: Record<Exclude<ClassMethod, "index">, BreakMethod> = {
  quantiles: "quantiles",
  equalIntervals: "equalIntervals",
};

function indexClasses(scheme: IndexScheme): LegendClass[] {
  const make = (key: string, fill: string, bounds: ClassBounds | null) => ({ key, fill, count: 0, bounds });
  if (scheme.kind === "status") {
    const t = scheme.thresholds;
    return statusKeys.map((key, index) => {
      const fill = statusClassColours[(index + 1) as 1 | 2 | 3 | 4];
      if (!t) return make(key, fill, null);
      const bounds: ClassBounds[] = [
        { to: t.highBelow, toExclusive: true },
        { from: t.highBelow, to: t.middleUpTo },
        { from: t.middleUpTo, fromExclusive: true, to: t.lowUpTo },
        { from: t.lowUpTo, fromExclusive: true },
      ];
      return make(key, fill, bounds[index] ?? null);
    });
  }
  if (scheme.kind === "dynamics") {
    const t = scheme.thresholds;
    const fills: Record<DynamicsKey, string> = {
      POSITIV: dynamicsClassColours.positiv,
      STABIL: dynamicsClassColours.stabil,
      NEGATIV: dynamicsClassColours.negativ,
    };
    return dynamicsKeys.map((key, index) => {
      if (!t) return make(key, fills[key], null);
      const bounds: ClassBounds[] = [
        { to: t.positiveBelow, toExclusive: true },
        { from: t.positiveBelow, to: t.stableUpTo },
        { from: t.stableUpTo, fromExclusive: true },
      ];
      return make(key, fills[key], bounds[index] ?? null);
    });
  }
  return statusKeys.flatMap((_, statusIndex) =>
    dynamicsKeys.map((dynamics) => {
      const number = statusIndex + 1;
      return make(`${number}${dynamicsSigns[dynamics]}`, `url(#${patternIds.combined(number, dynamics)})`, null);
    }),
  );
}

function breakClasses(values: readonly number[], options: ClassifyOptions, method: BreakMethod): LegendClass[] {
  if (values.length === 0) return [];
  const breaks = classBreaks(values, options.classCount, method);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const count = breaks.length + 1;
  const ramp = sequentialColours(count);
  // Dark means more disadvantage: when a higher value is better, the lowest values get the darkest colour.
  const colours = options.polarity === "HIGHER_IS_BETTER" ? [...ramp].reverse() : ramp;
  return Array.from({ length: count }, (_, index) => ({
    key: String(index + 1),
    fill: colours[index] ?? missingColour,
    count: 0,
    bounds: {
      from: index === 0 ? min : breaks[index - 1],
      fromExclusive: index > 0,
      to: index === count - 1 ? max : breaks[index],
    },
  }));
}

/** Index of the class of a value among break classes (class i holds values ≤ its upper bound). */
function breakClassIndex(value: number, classes: readonly LegendClass[]): number {
  for (let index = 0; index < classes.length - 1; index++) {
    const to = classes[index]?.bounds?.to;
    if (to !== undefined && value <= to) return index;
  }
  return classes.length - 1;
}

/** Puts every area into a class (or a special state) and gives it its fill. */
export function classify(data: readonly AreaDatum[], options: ClassifyOptions): Classification {
  const special: Record<SpecialState, number> = { missing: 0, suppressed: 0, excluded: 0 };
  const classOf = new Map<string, number>();
  const fills = new Map<string, string>();
  const useIndex = options.method === "index" && options.scheme !== undefined;
  const classes =
    useIndex && options.scheme
      ? indexClasses(options.scheme)
      : breakClasses(
          data.flatMap((datum) => (datum.state === "value" ? [datum.value] : [])),
          options,
          breakMethods[options.method === "index" ? "quantiles" : options.method],
        );
  const indexByKey = new Map(classes.map((entry, index) => [entry.key, index]));

  for (const datum of data) {
    if (datum.state !== "value") {
      special[datum.state] += 1;
      fills.set(datum.code, specialFills[datum.state]);
      continue;
    }
    const index = useIndex ? indexByKey.get(datum.category ?? "") : breakClassIndex(datum.value, classes);
    const entry = index === undefined ? undefined : classes[index];
    if (index === undefined || !entry) {
      // An index value without a class of the scheme: shown as „kein Wert“ rather than guessed.
      special.missing += 1;
      fills.set(datum.code, specialFills.missing);
      continue;
    }
    entry.count += 1;
    classOf.set(datum.code, index);
    fills.set(datum.code, entry.fill);
  }
  return { classes, classOf, fills, special };
}

/**
 * Ranks by value, 1 = most disadvantaged: the highest value first, or the lowest when a higher
 * value is better. Equal values share a rank (1, 2, 2, 4). Areas without a value have no rank.
 */
export function rankByValue(data: readonly AreaDatum[], polarity: IndicatorPolarity): Map<string, number> {
  const sign = polarity === "HIGHER_IS_BETTER" ? 1 : -1;
  const values = data
    .flatMap((datum) => (datum.state === "value" ? [{ code: datum.code, value: datum.value }] : []))
    .sort((a, b) => sign * (a.value - b.value));
  const ranks = new Map<string, number>();
  values.forEach((entry, index) => {
    const previous = values[index - 1];
    const rank = previous && previous.value === entry.value ? (ranks.get(previous.code) ?? index + 1) : index + 1;
    ranks.set(entry.code, rank);
  });
  return ranks;
}
