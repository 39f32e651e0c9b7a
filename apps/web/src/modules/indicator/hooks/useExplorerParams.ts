import { useCallback, useEffect, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { type ExplorerParams, readExplorerParams, writeExplorerParams } from "../utils/explorerParams.ts";

export interface ExplorerParamsState {
  view: ExplorerParams;
  /**
   * Shows another view. `replace` for steps not worth going back to (each keystroke of a
   * search); choices of indicators, areas and charts are steps in the history.
   */
  setView: (next: ExplorerParams, options?: { replace?: boolean }) => void;
}

/**
 * The explorer's view lives in the URL: links can be shared and a reload restores the view.
 * The view asked for is shown at once, before the router has taken the new URL, so a ticked
 * checkbox does not flicker back for a moment.
 */
export function useExplorerParams(): ExplorerParamsState {
  const [params, setParams] = useSearchParams();
  const fromUrl = useMemo(() => readExplorerParams(params), [params]);
  const [pending, setPending] = useState<ExplorerParams | null>(null);

  // Once the URL has changed (by us, the back button or a link), it is the truth again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs whenever the URL's parameters change.
  useEffect(() => setPending(null), [params]);

  const setView = useCallback(
    (next: ExplorerParams, options?: { replace?: boolean }) => {
      setPending(next);
      setParams(writeExplorerParams(next), { replace: options?.replace ?? false, preventScrollReset: true });
    },
    [setParams],
  );
  return { view: pending ?? fromUrl, setView };
}
