import { useQuery } from "@apollo/client/react";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { CompareAreaIndexDocument } from "../../../generated/documents/compare.ts";
import { Notice } from "../../../ui/Notice.tsx";
import { PageHeader } from "../../../ui/PageHeader.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../ui/QueryState.tsx";
import { useUpdateSearch } from "../../profile/hooks/useUpdateSearch.ts";
import { useCompareSet } from "../hooks/useCompareSet.ts";
import {
  addCode,
  compareCodesParam,
  maxCompareAreas,
  minCompareAreas,
  parseCompareCodes,
  removeCode,
} from "../utils/compareSet.ts";
import { AreaPicker } from "./AreaPicker.tsx";
import { CompareResults } from "./CompareResults.tsx";

/**
 * Compare (/vergleich?gebiete=…): 2–6 areas side by side. The set is in the URL; without one
 * the page opens with the areas collected on profiles in this tab (sessionStorage), and every
 * change is remembered there again.
 */
export function CompareView() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const updateSearch = useUpdateSearch();
  const stored = useCompareSet();
  const inUrl = params.has(compareCodesParam);
  const requested = useMemo(() => parseCompareCodes(params.get(compareCodesParam)), [params]);
  const codes = requested.slice(0, maxCompareAreas);
  const dropped = requested.length - codes.length;

  const setCodes = (next: readonly string[], replace = false) =>
    updateSearch(
      (current) => {
        if (next.length > 0) current.set(compareCodesParam, next.join(","));
        else current.delete(compareCodesParam);
      },
      { replace },
    );

  // Without a set in the URL, open what was collected; with one, remember it.
  const codesKey = codes.join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the set in the URL changes.
  useEffect(() => {
    if (!inUrl) {
      if (stored.codes.length > 0) setCodes(stored.codes, true);
    } else if (codesKey !== stored.codes.join(",")) {
      stored.replace(codes);
    }
  }, [inUrl, codesKey]);

  const index = useQuery(CompareAreaIndexDocument);
  const byCode = useMemo(
    () =>
      index.dataState === "complete" ? new Map(index.data.areas.map((area) => [area.code, area] as const)) : undefined,
    [index.dataState, index.data],
  );
  const selected = byCode ? codes.flatMap((code) => byCode.get(code) ?? []) : [];
  const unknown = byCode ? codes.filter((code) => !byCode.has(code)) : [];
  const city = index.dataState === "complete" ? index.data.areas.find((area) => area.level === "STADT") : undefined;

  return (
    <>
      <PageHeader title={t("compare.title")} lead={t("compare.lead", { min: minCompareAreas, max: maxCompareAreas })} />
      {dropped > 0 ? (
        <Notice tone="info" role="status" className="page-notice">
          {t("compare.tooMany", { max: maxCompareAreas, count: dropped })}
        </Notice>
      ) : null}
      {unknown.length > 0 ? (
        <Notice tone="error" role="alert" className="page-notice">
          {t("compare.unknown", { codes: unknown.join(", "), count: unknown.length })}
        </Notice>
      ) : null}
      {index.error ? (
        <ErrorState message={index.error.message} onRetry={() => void index.refetch()} />
      ) : byCode ? (
        <AreaPicker
          areas={index.dataState === "complete" ? index.data.areas : undefined}
          selected={selected}
          onAdd={(code) => setCodes(addCode(codes, code).codes)}
          onRemove={(code) => setCodes(removeCode(codes, code))}
        />
      ) : (
        <div className="area-picker area-picker--loading">
          <LoadingState />
        </div>
      )}
      <div className="compare-results">
        {selected.length >= minCompareAreas ? (
          <CompareResults areas={selected} city={city ?? null} />
        ) : byCode ? (
          <EmptyState>{t("compare.needMore", { min: minCompareAreas })}</EmptyState>
        ) : null}
      </div>
    </>
  );
}
