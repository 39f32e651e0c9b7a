import type { ApolloClient } from "@apollo/client";
import { useApolloClient, useQuery } from "@apollo/client/react";
import { useEffect, useMemo, useState } from "react";
import { IndicatorDistributionDocument, IndicatorListDocument } from "../../../generated/documents/profile.ts";
import type { AreaLevel, IndicatorDistributionQuery, ProfileIndicatorFragment } from "../../../generated/graphql.ts";
import { type Distribution, distributionOf } from "../utils/distribution.ts";

export type DistributionsByLevel = ReadonlyMap<AreaLevel, ReadonlyMap<string, Distribution>>;

export interface Distributions {
  /** Per level and indicator key; undefined while loading (or after an error). */
  byLevel: DistributionsByLevel | undefined;
  /** Every indicator (not archived); undefined while loading. */
  indicators: readonly ProfileIndicatorFragment[] | undefined;
  error: Error | undefined;
  refetch: () => void;
}

/** Minimum, quartiles, median and maximum per level and indicator; values of suppressed and missing areas are null and left out. */
export function distributionsOf(data: IndicatorDistributionQuery): DistributionsByLevel {
  const values = new Map<AreaLevel, Map<string, number[]>>();
  for (const { node } of data.indicators.edges) {
    for (const observation of node.observations) {
      if (observation.value === null) continue;
      const level = observation.area.level;
      const byKey = values.get(level) ?? new Map<string, number[]>();
      values.set(level, byKey);
      const list = byKey.get(node.key) ?? [];
      byKey.set(node.key, list);
      list.push(observation.value);
    }
  }
  const distributions = new Map<AreaLevel, Map<string, Distribution>>();
  for (const [level, byKey] of values) {
    const perKey = new Map<string, Distribution>();
    for (const [key, list] of byKey) {
      const distribution = distributionOf(list);
      if (distribution) perKey.set(key, distribution);
    }
    distributions.set(level, perKey);
  }
  return distributions;
}

// The answer holds every value of every area (12,000 in the Berlin demo). Written into
// Apollo's normalised cache it costs the browser more than a second, so it bypasses the cache
// and only the small summaries are kept, per client (a new client, e.g. in tests, starts empty).
const loaded = new WeakMap<ApolloClient, Map<string, Promise<DistributionsByLevel>>>();

function loadDistributions(client: ApolloClient, referenceDate: string): Promise<DistributionsByLevel> {
  let byDate = loaded.get(client);
  if (!byDate) {
    byDate = new Map();
    loaded.set(client, byDate);
  }
  const known = byDate.get(referenceDate);
  if (known) return known;
  const promise = client
    .query({ query: IndicatorDistributionDocument, variables: { referenceDate }, fetchPolicy: "no-cache" })
    .then((result) => {
      if (!result.data) throw result.error ?? new Error("No distribution data");
      return distributionsOf(result.data);
    });
  byDate.set(referenceDate, promise);
  // A failure is not remembered: asking again (retry) sends a new request.
  promise.catch(() => byDate.delete(referenceDate));
  return promise;
}

/**
 * The distribution of every indicator over the areas of each level at one Stichtag, shared by
 * the profile and the comparison, and the list of indicators.
 */
export function useDistributions(referenceDate: string | undefined): Distributions {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; byLevel?: DistributionsByLevel; error?: Error }>({ key: "" });
  const key = `${referenceDate ?? ""}:${attempt}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the Stichtag and the attempt.
  useEffect(() => {
    if (!referenceDate) return;
    let live = true;
    loadDistributions(client, referenceDate).then(
      (byLevel) => live && setState({ key, byLevel }),
      (error: unknown) => live && setState({ key, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [client, key]);

  const list = useQuery(IndicatorListDocument);
  const indicators = useMemo(
    () => (list.dataState === "complete" ? list.data.indicators.edges.map((edge) => edge.node) : undefined),
    [list.dataState, list.data],
  );
  const current = state.key === key;
  return {
    byLevel: current ? state.byLevel : undefined,
    indicators,
    error: (current ? state.error : undefined) ?? list.error,
    refetch: () => {
      setAttempt((n) => n + 1);
      if (list.error) void list.refetch();
    },
  };
}
