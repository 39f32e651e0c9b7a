import { useQuery } from "@apollo/client/react";
import { ViewerDocument } from "../../../generated/documents/account.ts";
import type { ViewerQuery } from "../../../generated/graphql.ts";

export type Viewer = NonNullable<ViewerQuery["me"]>;

export interface ViewerState {
  /** The signed-in person, null for the public, undefined while not known yet. */
  viewer: Viewer | null | undefined;
  error: Error | undefined;
  refetch: () => void;
}

/** Who is using the app. One query for the whole app, answered from the cache after the first. */
export function useViewer(): ViewerState {
  const result = useQuery(ViewerDocument);
  return {
    viewer: result.dataState === "complete" ? result.data.me : undefined,
    error: result.error,
    refetch: () => void result.refetch(),
  };
}
