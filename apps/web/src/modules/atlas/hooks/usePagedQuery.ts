import type { OperationVariables, TypedDocumentNode } from "@apollo/client";
import { useApolloClient } from "@apollo/client/react";
import { useCallback, useEffect, useRef, useState } from "react";

interface Page<TNode> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: ReadonlyArray<{ node: TNode }>;
}

export interface PagedResult<TNode> {
  /** All nodes of all pages; undefined while loading (or skipped). */
  nodes: TNode[] | undefined;
  error: Error | undefined;
  retry: () => void;
}

/** Pages the API allows at most per request (apps/api/src/lib/pagination.ts). */
export const maxPageSize = 500;

/**
 * Every page of a Relay connection, fetched one after the other (lists longer than the API's
 * page size, e.g. the 542 results of an index run). Each page is cached by Apollo under its
 * cursor, so coming back to a list reads it from the cache.
 */
export function usePagedQuery<TData, TVariables extends OperationVariables & { after?: string | null }, TNode>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, "after"> | null,
  connectionOf: (data: TData) => Page<TNode> | null,
): PagedResult<TNode> {
  const client = useApolloClient();
  const [state, setState] = useState<{ key: string; nodes?: TNode[]; error?: Error }>({ key: "" });
  const [attempt, setAttempt] = useState(0);
  const key = variables === null ? "" : JSON.stringify(variables);
  // A pure accessor: callers may pass a new function each render without refetching.
  const connection = useRef(connectionOf);
  connection.current = connectionOf;

  useEffect(() => {
    if (key === "") return;
    let cancelled = false;
    const load = async () => {
      const nodes: TNode[] = [];
      let after: string | null = null;
      for (;;) {
        const pageVariables = { ...JSON.parse(key), after } as TVariables;
        const result = await client.query({
          query: document,
          variables: pageVariables,
          fetchPolicy: attempt > 0 ? "network-only" : "cache-first",
        });
        const page = result.data ? connection.current(result.data as TData) : null;
        if (!page) break;
        for (const edge of page.edges) nodes.push(edge.node);
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
        after = page.pageInfo.endCursor;
      }
      return nodes;
    };
    load().then(
      (nodes) => {
        if (!cancelled) setState({ key: `${key}#${attempt}`, nodes });
      },
      (error: unknown) => {
        if (!cancelled) {
          setState({ key: `${key}#${attempt}`, error: error instanceof Error ? error : new Error(String(error)) });
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, document, key, attempt]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  const current = state.key === `${key}#${attempt}` ? state : { key };
  return { nodes: key === "" ? undefined : current.nodes, error: current.error, retry };
}
