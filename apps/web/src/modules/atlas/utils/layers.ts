// What the atlas can map: an indicator, or a part of a stored index run (status index, dynamics
// index, or the combined classes of the MSS). Layers are named in the URL by the indicator key
// or by `index:<definition key>:<part>`; indicator keys cannot contain ":".
import type {
  AreaLevel,
  AtlasIndexDefinitionsQuery,
  AtlasIndexRunsQuery,
  AtlasIndicatorsQuery,
  IndicatorPolarity,
} from "../../../generated/graphql.ts";

export type IndexPart = "status" | "dynamics" | "classes";
export const indexParts: readonly IndexPart[] = ["classes", "status", "dynamics"];
const partWords: Record<IndexPart, string> = { status: "status", dynamics: "dynamik", classes: "klassen" };

export type LayerRef = { kind: "indicator"; key: string } | { kind: "index"; definitionKey: string; part: IndexPart };

/** Reads a layer from its URL form; null when it is not a layer name at all. */
export function parseLayer(param: string): LayerRef | null {
  if (!param.startsWith("index:"))
    return /^[a-z0-9][a-z0-9._-]*$/.test(param) ? { kind: "indicator", key: param } : null;
  const [, definitionKey, word] = param.split(":");
  const part = (Object.keys(partWords) as IndexPart[]).find((candidate) => partWords[candidate] === word);
  return definitionKey && part ? { kind: "index", definitionKey, part } : null;
}

export function layerParam(ref: LayerRef): string {
  return ref.kind === "indicator" ? ref.key : `index:${ref.definitionKey}:${partWords[ref.part]}`;
}

export type AtlasIndicator = AtlasIndicatorsQuery["indicators"]["edges"][number]["node"];
export type AtlasIndexRun = AtlasIndexRunsQuery["indexRuns"]["edges"][number]["node"];
/** A definition with its stored runs, newest first. */
export type AtlasIndexDefinition = AtlasIndexDefinitionsQuery["indexDefinitions"]["edges"][number]["node"] & {
  runs: readonly AtlasIndexRun[];
};

export interface IndicatorLayer {
  kind: "indicator";
  param: string;
  indicator: AtlasIndicator;
  polarity: IndicatorPolarity;
  decimals: number;
  unit: string;
}

export interface IndexLayer {
  kind: "index";
  param: string;
  definition: AtlasIndexDefinition;
  part: IndexPart;
  /** Index values are standardised: higher means more disadvantage, no unit. */
  polarity: IndicatorPolarity;
  decimals: number;
  unit: string;
}

export type AtlasLayer = IndicatorLayer | IndexLayer;

export function indicatorLayer(indicator: AtlasIndicator): IndicatorLayer {
  return {
    kind: "indicator",
    param: layerParam({ kind: "indicator", key: indicator.key }),
    indicator,
    polarity: indicator.polarity,
    decimals: indicator.decimals,
    unit: indicator.unit,
  };
}

export function indexLayer(definition: AtlasIndexDefinition, part: IndexPart): IndexLayer {
  return {
    kind: "index",
    param: layerParam({ kind: "index", definitionKey: definition.key, part }),
    definition,
    part,
    polarity: "HIGHER_IS_WORSE",
    decimals: 2,
    unit: "",
  };
}

/** The parts a definition can show: the combined classes and the dynamics index need a dynamics part. */
export function partsOf(definition: AtlasIndexDefinition): IndexPart[] {
  return indexParts.filter((part) => part === "status" || definition.dynamics !== null);
}

export interface LayerCatalogue {
  indicators: readonly AtlasIndicator[];
  definitions: readonly AtlasIndexDefinition[];
}

/** Indicators grouped by topic, topics and names in alphabetical order of the locale. */
export function indicatorsByTopic(
  indicators: readonly AtlasIndicator[],
  locale: string,
): Array<{ topic: string; indicators: AtlasIndicator[] }> {
  const collator = new Intl.Collator(locale);
  const groups = new Map<string, AtlasIndicator[]>();
  for (const indicator of indicators) groups.set(indicator.topic, [...(groups.get(indicator.topic) ?? []), indicator]);
  return [...groups]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([topic, list]) => ({ topic, indicators: list.sort((a, b) => collator.compare(a.name, b.name)) }));
}

/** Stored runs of a definition at a level, the newest run per Stichtag, newest Stichtag first. */
export function runsAt(definition: AtlasIndexDefinition, level: AreaLevel): AtlasIndexRun[] {
  const byDate = new Map<string, AtlasIndexRun>();
  // The API lists runs newest first (by Stichtag, then by time of computation): the first per date wins.
  for (const run of definition.runs) {
    if (run.level === level && !byDate.has(run.referenceDate)) byDate.set(run.referenceDate, run);
  }
  return [...byDate.values()].sort((a, b) => b.referenceDate.localeCompare(a.referenceDate));
}

/**
 * The layer a URL names, if the catalogue has it. Without a name: the combined classes of the
 * first index with a run at the level (the MSS map), else the first indicator of the select.
 */
export function resolveLayer(
  param: string | null,
  catalogue: LayerCatalogue,
  level: AreaLevel,
  locale: string,
): { layer: AtlasLayer | null; unknown: boolean } {
  if (param !== null) {
    const ref = parseLayer(param);
    if (ref?.kind === "indicator") {
      const indicator = catalogue.indicators.find((candidate) => candidate.key === ref.key);
      if (indicator) return { layer: indicatorLayer(indicator), unknown: false };
    } else if (ref?.kind === "index") {
      const definition = catalogue.definitions.find((candidate) => candidate.key === ref.definitionKey);
      if (definition && partsOf(definition).includes(ref.part)) {
        return { layer: indexLayer(definition, ref.part), unknown: false };
      }
    }
  }
  return { layer: defaultLayer(catalogue, level, locale), unknown: param !== null };
}

function defaultLayer(catalogue: LayerCatalogue, level: AreaLevel, locale: string): AtlasLayer | null {
  const withRun = catalogue.definitions.find((definition) => runsAt(definition, level).length > 0);
  if (withRun) return indexLayer(withRun, partsOf(withRun)[0] ?? "status");
  const first = indicatorsByTopic(catalogue.indicators, locale)[0]?.indicators[0];
  return first ? indicatorLayer(first) : null;
}
