import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "./Button.tsx";

export interface QueryStateProps<TData, TError extends { message: string } = { message: string }> {
  /** Complete data, or undefined while there is none yet. */
  data: TData | undefined;
  error?: TError | undefined;
  /** Replaces the default error view, e.g. to explain a missing permission. */
  renderError?: (error: TError) => ReactNode;
  /** Decides whether successful data counts as empty; then `empty` is shown. */
  isEmpty?: (data: TData) => boolean;
  empty?: ReactNode;
  /** Replaces the default loading indicator, e.g. with a placeholder of the final size. */
  loading?: ReactNode;
  onRetry?: () => void;
  children: (data: TData) => ReactNode;
}

/**
 * One data view in its four states (Redwood "cells"): error, loading, empty and success.
 * The caller reserves the space, so switching between states does not move the layout.
 */
export function QueryState<TData, TError extends { message: string } = { message: string }>({
  data,
  error,
  renderError,
  isEmpty,
  empty,
  loading,
  onRetry,
  children,
}: QueryStateProps<TData, TError>) {
  if (error) return renderError ? renderError(error) : <ErrorState message={error.message} onRetry={onRetry} />;
  if (data === undefined) return loading ?? <LoadingState />;
  if (isEmpty?.(data)) return <EmptyState>{empty}</EmptyState>;
  return <>{children(data)}</>;
}

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t("common.loading")}</span>
    </div>
  );
}

export function EmptyState({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="state state--empty" role="status">
      {children ?? t("common.empty")}
    </div>
  );
}

export function ErrorState({ message, onRetry }: { message?: string; onRetry?: (() => void) | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t("common.errorTitle")}</p>
      <p>{t("common.errorHint")}</p>
      {message ? (
        <details className="state__details">
          <summary>{t("common.errorDetails")}</summary>
          <code>{message}</code>
        </details>
      ) : null}
      {onRetry ? (
        <Button variant="primary" onClick={onRetry}>
          {t("common.retry")}
        </Button>
      ) : null}
    </div>
  );
}
