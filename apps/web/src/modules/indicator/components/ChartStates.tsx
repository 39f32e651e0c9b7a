import type { ReactNode } from "react";
import { EmptyState, ErrorState, LoadingState } from "../../../ui/QueryState.tsx";

export interface ChartStateProps<T> {
  data: T | undefined;
  error: Error | undefined;
  onRetry: () => void;
  /** A message when there is nothing to draw; null draws the chart. */
  empty: (data: T) => ReactNode | null;
  children: (data: T) => ReactNode;
}

/** A chart's states inside its reserved box: error, loading, nothing to draw, the chart. */
export function ChartState<T>({ data, error, onRetry, empty, children }: ChartStateProps<T>) {
  if (error) return <ErrorState message={error.message} onRetry={onRetry} />;
  if (data === undefined) return <LoadingState />;
  const message = empty(data);
  if (message !== null) return <EmptyState>{message}</EmptyState>;
  return <>{children(data)}</>;
}
