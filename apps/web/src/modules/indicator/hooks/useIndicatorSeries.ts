import { useApolloClient, useQuery } from "@apollo/client/react";
import { useCallback, useEffect, useMemo, useState } from "react";
import { ExplorerObservationsDocument, ExplorerReferenceDocument } from "../../../generated/documents/indicator.ts";
import type { AreaLevel, ExplorerAggregateFragment, ExplorerReferenceQuery } from "../../../generated/graphql.ts";
import { aggregateCell, datesOf, observationsByDate, type ValueCell } from "../utils/values.ts";
import { useApiLocale } from "./useLocale.ts";

/** Everything the explorer draws of one indicator at one level. */
export interface IndicatorSeries {
  key: string;
  /** Stichtage with stored values (any level), oldest first. */
  dates: string[];
  /**
   * Values of the areas of the level by Stichtag and area code: stored values where the level
   * has them, otherwise computed from the counts of the parts (aggregatedValues).
   */
  cells: Map<string, Map<string, ValueCell>>;
  /** The city (Stadt) by Stichtag, as computed by the API; undefined where there is no Stadt. */
  city: Map<string, ExplorerAggregateFragment | undefined>;
  /** The Bezirke asked for, by Stichtag and code. */
  districts: Map<string, Map<string, ExplorerAggregateFragment>>;
}

export interface IndicatorSeriesState {
  data: IndicatorSeries | undefined;
  error: Error | undefined;
  retry: () => void;
}

interface ReferenceState {
  signature: string;
  byDate?: Map<string, ExplorerReferenceQuery>;
  error?: Error;
}

/**
 * Loads one indicator for the explorer: its stored values (one request), then per Stichtag the
 * reference values of the city and of the given Bezirke, and — where the level has no stored
 * values — the values of the level computed from their parts. Requests are cached by Apollo,
 * so charts asking for the same indicator share them.
 */
export function useIndicatorSeries(
  key: string,
  level: AreaLevel,
  districtCodes: readonly string[],
): IndicatorSeriesState {
  const client = useApolloClient();
  const locale = useApiLocale();
  const observations = useQuery(ExplorerObservationsDocument, { variables: { key, locale } });
  const stored = observations.dataState === "complete" ? observations.data.indicatorByKey.observations : undefined;

  const base = useMemo(() => {
    if (!stored) return undefined;
    const dates = datesOf(stored);
    const cells = observationsByDate(stored, level);
    return { dates, cells, computeLevel: dates.filter((date) => !cells.has(date)) };
  }, [stored, level]);

  const districts = useMemo(() => [...districtCodes].sort(), [districtCodes]);
  const signature = base ? JSON.stringify([key, level, locale, districts, base.dates, base.computeLevel]) : undefined;
  const [reference, setReference] = useState<ReferenceState | undefined>();
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the signature stands for key, level, locale, districts and dates; `attempt` retries.
  useEffect(() => {
    if (!base || signature === undefined) return;
    let cancelled = false;
    const computeLevel = new Set(base.computeLevel);
    Promise.all(
      base.dates.map((date) =>
        client
          .query({
            query: ExplorerReferenceDocument,
            variables: { key, date, level, districtCodes: districts, withLevel: computeLevel.has(date), locale },
          })
          .then((result) => {
            if (!result.data) throw result.error ?? new Error("no data");
            return [date, result.data] as const;
          }),
      ),
    ).then(
      (entries) => {
        if (!cancelled) setReference({ signature, byDate: new Map(entries) });
      },
      (error: unknown) => {
        if (!cancelled) setReference({ signature, error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [signature, attempt]);

  const current = reference?.signature === signature ? reference : undefined;
  const data = useMemo(() => {
    if (!base || !current?.byDate) return undefined;
    const cells = new Map(base.cells);
    const city = new Map<string, ExplorerAggregateFragment | undefined>();
    const districtsByDate = new Map<string, Map<string, ExplorerAggregateFragment>>();
    for (const [date, answer] of current.byDate) {
      city.set(date, answer.city[0]);
      districtsByDate.set(date, new Map(answer.districts.map((district) => [district.area.code, district])));
      if (answer.levelValues) {
        cells.set(date, new Map(answer.levelValues.map((value) => [value.area.code, aggregateCell(value)])));
      }
    }
    return { key, dates: base.dates, cells, city, districts: districtsByDate };
  }, [base, current, key]);

  const retry = useCallback(() => {
    if (observations.error) void observations.refetch();
    setAttempt((n) => n + 1);
  }, [observations]);

  return { data, error: observations.error ?? current?.error, retry };
}
