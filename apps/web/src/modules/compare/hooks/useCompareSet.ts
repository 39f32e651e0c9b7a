import { useCallback, useSyncExternalStore } from "react";
import {
  type AddResult,
  addCode,
  readStoredCodes,
  removeCode,
  subscribeStoredCodes,
  writeStoredCodes,
} from "../utils/compareSet.ts";

export interface CompareSet {
  /** The remembered codes, in the order they were added. */
  codes: readonly string[];
  add: (code: string) => AddResult;
  remove: (code: string) => void;
  replace: (codes: readonly string[]) => void;
}

/** The areas collected for the comparison in this browser tab (sessionStorage). */
export function useCompareSet(): CompareSet {
  const codes = useSyncExternalStore(subscribeStoredCodes, readStoredCodes, readStoredCodes);
  const add = useCallback((code: string) => {
    const next = addCode(readStoredCodes(), code);
    if (next.result === "added") writeStoredCodes(next.codes);
    return next.result;
  }, []);
  const remove = useCallback((code: string) => writeStoredCodes(removeCode(readStoredCodes(), code)), []);
  const replace = useCallback((next: readonly string[]) => writeStoredCodes(next), []);
  return { codes, add, remove, replace };
}
