import { useApolloClient } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { ProfileValuesDocument } from "../../../generated/documents/profile.ts";
import type { Locale, ProfileValuesQuery } from "../../../generated/graphql.ts";

export type AreaValues = ProfileValuesQuery["area"];

export interface AreaValuesState {
  /** Per code, once all have arrived. */
  byCode: ReadonlyMap<string, AreaValues> | undefined;
  error: Error | undefined;
  retry: () => void;
}

/**
 * The stored values of several areas (and of the areas above them), one request per area —
 * the same request as the area's profile, so the cache serves areas seen before. (A single
 * `observations` page for all areas would exceed the API's query cost limit.)
 */
export function useAreaValues(codes: readonly string[], locale: Locale): AreaValuesState {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; byCode?: Map<string, AreaValues>; error?: Error }>({ key: "" });
  const key = `${locale}:${codes.join(",")}:${attempt}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the codes, the locale and the attempt.
  useEffect(() => {
    let live = true;
    Promise.all(
      codes.map(async (code) => {
        const result = await client.query({ query: ProfileValuesDocument, variables: { code, locale } });
        if (!result.data) throw result.error ?? new Error(`No values for ${code}`);
        return [code, result.data.area] as const;
      }),
    ).then(
      (entries) => live && setState({ key, byCode: new Map(entries) }),
      (error: unknown) => live && setState({ key, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [client, key]);

  // Until the answer for the current codes arrives, nothing (not the previous set's values).
  const current = state.key === key;
  return {
    byCode: current ? state.byCode : undefined,
    error: current ? state.error : undefined,
    retry: () => setAttempt((n) => n + 1),
  };
}
