import { skipToken, useQuery } from "@apollo/client/react";
import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  AtlasAggregatedValuesDocument,
  AtlasIndexDefinitionsDocument,
  AtlasIndexResultsDocument,
  AtlasIndexRunsDocument,
  AtlasIndicatorDatesDocument,
  AtlasIndicatorsDocument,
  AtlasMapValuesDocument,
} from "../../../generated/documents/atlas.ts";
import type {
  AreaLevel,
  AtlasAggregatedValuesQuery,
  AtlasIndexResultsQuery,
  AtlasMapValuesQuery,
  Locale,
} from "../../../generated/graphql.ts";
import type { AtlasLevel } from "../utils/atlasParams.ts";
import type { AreaDatum } from "../utils/choropleth.ts";
import { type AtlasLayer, type IndexPart, type LayerCatalogue, runsAt } from "../utils/layers.ts";
import { maxPageSize, usePagedQuery } from "./usePagedQuery.ts";

/** The API's language for texts it writes (reasons), from the active UI language. */
export function useApiLocale(): Locale {
  const { i18n } = useTranslation();
  return (i18n.resolvedLanguage ?? i18n.language) === "en" ? "EN" : "DE";
}

export interface CatalogueState {
  catalogue: LayerCatalogue | undefined;
  error: Error | undefined;
  /** The index definitions could not be loaded: indicators still work, index layers are missing. */
  indexError: Error | undefined;
  retry: () => void;
}

/** Indicators and index definitions with their runs: what the layer select offers. */
export function useLayerCatalogue(): CatalogueState {
  const indicators = useQuery(AtlasIndicatorsDocument);
  const definitions = useQuery(AtlasIndexDefinitionsDocument);
  const runs = useQuery(AtlasIndexRunsDocument);
  const indicatorData = indicators.dataState === "complete" ? indicators.data : undefined;
  const definitionData = definitions.dataState === "complete" ? definitions.data : undefined;
  const runData = runs.dataState === "complete" ? runs.data : undefined;
  const indexError = definitions.error ?? runs.error;
  const indexSettled = (definitionData !== undefined && runData !== undefined) || indexError !== undefined;
  const catalogue = useMemo(() => {
    if (!indicatorData || !indexSettled) return undefined;
    const runList = indexError ? [] : (runData?.indexRuns.edges.map((edge) => edge.node) ?? []);
    return {
      indicators: indicatorData.indicators.edges.map((edge) => edge.node),
      definitions: indexError
        ? []
        : (definitionData?.indexDefinitions.edges ?? []).map(({ node }) => ({
            ...node,
            runs: runList.filter((run) => run.definition.id === node.id),
          })),
    };
  }, [indicatorData, definitionData, runData, indexSettled, indexError]);
  return {
    catalogue,
    error: indicators.error,
    indexError,
    retry: () => {
      void indicators.refetch();
      void definitions.refetch();
      void runs.refetch();
    },
  };
}

export interface DatesState {
  /** Stichtage of the layer at the level, newest first; undefined while loading. */
  dates: string[] | undefined;
  error: Error | undefined;
  retry: () => void;
}

/** The Stichtage a layer has: the dates of an indicator's observations, or of an index's runs at the level. */
export function useLayerDates(layer: AtlasLayer | null, level: AreaLevel): DatesState {
  const indicatorKey = layer?.kind === "indicator" ? layer.indicator.key : null;
  const result = useQuery(AtlasIndicatorDatesDocument, indicatorKey ? { variables: { key: indicatorKey } } : skipToken);
  const referenceDates = result.dataState === "complete" ? result.data.indicatorByKey?.referenceDates : undefined;
  // Newest first, like the index runs.
  const indicatorDates = useMemo(
    () => (referenceDates ? [...referenceDates].sort((a, b) => b.localeCompare(a)) : undefined),
    [referenceDates],
  );
  const indexDates = useMemo(
    () => (layer?.kind === "index" ? runsAt(layer.definition, level).map((run) => run.referenceDate) : undefined),
    [layer, level],
  );
  if (layer === null) return { dates: [], error: undefined, retry: () => undefined };
  if (layer.kind === "index") return { dates: indexDates, error: undefined, retry: () => undefined };
  return { dates: indicatorDates, error: result.error, retry: () => void result.refetch() };
}

export interface ValuesState {
  /** Each area's datum by code; areas of the level without one have no value. */
  values: ReadonlyMap<string, AreaDatum> | undefined;
  error: Error | undefined;
  retry: () => void;
}

type MapValue = AtlasMapValuesQuery["indicatorByKey"]["mapValues"][number];
type Aggregated = AtlasAggregatedValuesQuery["aggregatedValues"][number];
type IndexResult = NonNullable<AtlasIndexResultsQuery["indexRun"]["results"]["edges"][number]["node"]>;

function mapValueDatum({ areaCode: code, value, state, reason }: MapValue, t: TFunction): AreaDatum {
  if (state === "SUPPRESSED")
    return { code, state: "suppressed", reason: reason ?? t("atlas.reason.sourceSuppressed") };
  if (state === "MISSING" || value === null) return { code, state: "missing", reason };
  return { code, state: "value", value };
}

function aggregatedDatum(entry: Aggregated, t: TFunction): AreaDatum {
  const code = entry.area.code;
  switch (entry.status) {
    case "COUNTS_MISSING":
      return { code, state: "missing", reason: t("atlas.reason.countsMissing") };
    case "NOT_AGGREGATABLE":
      return { code, state: "missing", reason: t("atlas.reason.notAggregatable") };
    case "NO_DATA":
      return { code, state: "missing", reason: t("atlas.reason.noData") };
    case "OK":
      if (entry.disclosure.status === "SUPPRESSED") {
        return { code, state: "suppressed", reason: entry.disclosure.reasonText ?? t("atlas.reason.protected") };
      }
      return entry.value === null
        ? { code, state: "missing", reason: null }
        : { code, state: "value", value: entry.value };
  }
}

function indexDatum(result: IndexResult, part: IndexPart, t: TFunction): AreaDatum {
  const code = result.area.code;
  if (result.excludedReasonText !== null) return { code, state: "excluded", reason: result.excludedReasonText };
  if (part === "dynamics") {
    return result.dynamicsIndex === null
      ? { code, state: "missing", reason: t("atlas.reason.noDynamics") }
      : { code, state: "value", value: result.dynamicsIndex, category: result.dynamicsClass };
  }
  if (result.statusIndex === null) return { code, state: "missing", reason: null };
  return {
    code,
    state: "value",
    value: result.statusIndex,
    category: part === "status" ? result.statusClass : result.combinedCode,
    rank: result.rank,
  };
}

const byCode = (data: readonly AreaDatum[]) => new Map(data.map((datum) => [datum.code, datum]));

/**
 * The layer's values for the areas of a level at a Stichtag: observations on Planungsräume,
 * values computed from the counts of the parts on coarser levels (never averages of shares), or
 * the results of the newest index run of that level and Stichtag.
 */
export function useLayerValues(layer: AtlasLayer | null, level: AtlasLevel, date: string | null): ValuesState {
  const { t } = useTranslation();
  const locale = useApiLocale();
  const indicatorKey = layer?.kind === "indicator" && date !== null ? layer.indicator.key : null;
  const observed = level === "PLANUNGSRAUM";

  const observations = useQuery(
    AtlasMapValuesDocument,
    indicatorKey && date && observed ? { variables: { key: indicatorKey, date, locale } } : skipToken,
  );
  const aggregated = useQuery(
    AtlasAggregatedValuesDocument,
    indicatorKey && date && !observed ? { variables: { key: indicatorKey, level, date, locale } } : skipToken,
  );
  const run =
    layer?.kind === "index" ? runsAt(layer.definition, level).find((r) => r.referenceDate === date) : undefined;
  const results = usePagedQuery(
    AtlasIndexResultsDocument,
    run ? { runId: run.id, first: maxPageSize, locale } : null,
    (data) => data.indexRun.results,
  );

  const observationList =
    observations.dataState === "complete" ? observations.data.indicatorByKey.mapValues : undefined;
  const aggregatedList = aggregated.dataState === "complete" ? aggregated.data.aggregatedValues : undefined;
  const part = layer?.kind === "index" ? layer.part : null;
  const resultNodes = results.nodes;

  const values = useMemo(() => {
    if (layer?.kind === "indicator") {
      if (observed) return observationList && byCode(observationList.map((entry) => mapValueDatum(entry, t)));
      return aggregatedList && byCode(aggregatedList.map((entry) => aggregatedDatum(entry, t)));
    }
    if (layer?.kind === "index" && part) {
      if (!run) return new Map<string, AreaDatum>();
      return resultNodes && byCode(resultNodes.map((node) => indexDatum(node, part, t)));
    }
    return undefined;
  }, [layer, observed, observationList, aggregatedList, part, run, resultNodes, t]);

  if (layer?.kind === "index") return { values, error: results.error, retry: results.retry };
  const query = observed ? observations : aggregated;
  return { values, error: query.error, retry: () => void query.refetch() };
}
