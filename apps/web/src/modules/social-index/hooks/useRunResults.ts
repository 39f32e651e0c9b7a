import { useApolloClient } from "@apollo/client/react";
import { useCallback, useEffect, useState } from "react";
import { IndexWorkbenchResultsDocument } from "../../../generated/documents/social-index.ts";
import type {
  IndexWorkbenchResultsQuery,
  IndexWorkbenchResultsQueryVariables,
  Locale,
} from "../../../generated/graphql.ts";
import type { IndexResultRow } from "../utils/resultsCsv.ts";

/** The API's largest page: 542 Planungsräume take two requests. */
export const resultsPageSize = 500;

interface State {
  runId: string | null;
  results: IndexResultRow[] | undefined;
  error: Error | undefined;
}

/**
 * Every result of a run, page after page (the map needs all areas at once). Pages come from
 * Apollo's cache when they were loaded before. `results` is undefined while loading.
 */
export function useRunResults(runId: string | null, locale: Locale) {
  const client = useApolloClient();
  const [state, setState] = useState<State>({ runId: null, results: undefined, error: undefined });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    if (!runId) return;
    let cancelled = false;
    setState({ runId, results: undefined, error: undefined });
    (async () => {
      const results: IndexResultRow[] = [];
      let after: string | null = null;
      do {
        const variables: IndexWorkbenchResultsQueryVariables = { id: runId, first: resultsPageSize, after, locale };
        const page = await client.query({ query: IndexWorkbenchResultsDocument, variables });
        if (page.error || !page.data) throw page.error ?? new Error("no data");
        const connection: IndexWorkbenchResultsQuery["indexRun"]["results"] = page.data.indexRun.results;
        results.push(...connection.edges.map((edge) => edge.node));
        after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      } while (after);
      if (!cancelled) setState({ runId, results, error: undefined });
    })().catch((error: unknown) => {
      if (!cancelled) {
        setState({ runId, results: undefined, error: error instanceof Error ? error : new Error(String(error)) });
      }
    });
    return () => {
      cancelled = true;
    };
  }, [client, runId, locale, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // A new run id shows loading at once, not the previous run's results.
  const current = state.runId === runId;
  return { results: current ? state.results : undefined, error: current ? state.error : undefined, retry };
}
