import { useQuery } from "@apollo/client/react";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { IndexWorkbenchRunDocument } from "../../../generated/documents/social-index.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { downloadCsv } from "../../../lib/download.ts";
import { AspectBox } from "../../../ui/AspectBox.tsx";
import { Button } from "../../../ui/Button.tsx";
import { LoadingState, QueryState } from "../../../ui/QueryState.tsx";
import { useApiLocale } from "../hooks/useApiLocale.ts";
import { useRunResults } from "../hooks/useRunResults.ts";
import { type IndexColouring, indexColourings } from "../utils/indexClasses.ts";
import { resultCsvColumns, resultCsvFileName, resultCsvRows } from "../utils/resultsCsv.ts";
import type { WorkbenchView } from "../utils/workbenchParams.ts";
import { ClassChangeList } from "./ClassChangeList.tsx";
import { MethodSheet } from "./MethodSheet.tsx";

// The map (d3-geo, 542 paths) is its own chunk, loaded with the first result shown.
const IndexResultMap = lazy(() => import("./IndexResultMap.tsx").then((m) => ({ default: m.IndexResultMap })));
const mapSize = { width: 960, height: 800 };

export interface IndexRunViewProps {
  runId: string;
  view: WorkbenchView;
  onViewChange: (patch: Partial<WorkbenchView>) => void;
}

/** One run: what it is, its result as a map with legend, the class changes, its CSV and its method. */
export function IndexRunView({ runId, view, onViewChange }: IndexRunViewProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const locale = useApiLocale();
  const runQuery = useQuery(IndexWorkbenchRunDocument, { variables: { id: runId, locale } });
  const run = runQuery.dataState === "complete" ? runQuery.data.indexRun : undefined;
  const { results, error: resultsError, retry } = useRunResults(runId, locale);
  const hasDynamics = results?.some((result) => result.dynamicsClass !== null) ?? false;

  const download = () => {
    if (!run || !results) return;
    downloadCsv(
      resultCsvFileName(run),
      resultCsvColumns.map((column) => t(`indexWorkbench.csv.${column}`)),
      resultCsvRows(results),
    );
  };

  return (
    <div className="index-run">
      <div className="index-run__summary" aria-live="polite">
        <QueryState data={run} error={runQuery.error} onRetry={() => void runQuery.refetch()}>
          {(current) => (
            <div className="toolbar">
              <p className="toolbar__text">
                {t("indexWorkbench.runSummary", {
                  name: current.name,
                  version: current.definitionVersion,
                  level: t(`levels.${current.level}.one`),
                  date: format.date(current.referenceDate),
                  valid: format.number(current.validCount),
                  excluded: format.number(current.excludedCount),
                  createdAt: format.dateTime(current.createdAt),
                })}
                {current.label ? ` – ${current.label}` : ""}
              </p>
              <Button size="sm" onClick={download} disabled={!results}>
                {t("indexWorkbench.downloadCsv")}
              </Button>
            </div>
          )}
        </QueryState>
      </div>

      <div className="index-run__grid">
        <section className="index-run__map" aria-labelledby="index-map-title">
          <div className="toolbar">
            <h3 id="index-map-title" className="workbench__subtitle">
              {t("indexWorkbench.map.title")}
            </h3>
            {hasDynamics ? (
              <fieldset className="radio-toggle">
                <legend className="visually-hidden">{t("indexWorkbench.map.colouring")}</legend>
                {indexColourings.map((colouring: IndexColouring) => (
                  <label key={colouring} className="radio-toggle__option">
                    <input
                      type="radio"
                      name="index-colouring"
                      value={colouring}
                      checked={view.colour === colouring}
                      onChange={() => onViewChange({ colour: colouring })}
                    />
                    {t(`indexWorkbench.map.colourBy.${colouring}`)}
                  </label>
                ))}
              </fieldset>
            ) : null}
          </div>
          {run && results ? (
            <Suspense
              fallback={
                <AspectBox width={mapSize.width} height={mapSize.height}>
                  <LoadingState label={t("indexWorkbench.map.loading")} />
                </AspectBox>
              }
            >
              <IndexResultMap
                level={run.level}
                results={results}
                colouring={hasDynamics ? view.colour : "status"}
                label={t("indexWorkbench.map.label", {
                  name: run.name,
                  date: format.date(run.referenceDate),
                })}
              />
            </Suspense>
          ) : (
            <AspectBox width={mapSize.width} height={mapSize.height}>
              {resultsError ? (
                <QueryState data={undefined} error={resultsError} onRetry={retry}>
                  {() => null}
                </QueryState>
              ) : (
                <LoadingState label={t("indexWorkbench.map.loading")} />
              )}
            </AspectBox>
          )}
        </section>

        <div className="index-run__side">
          {run ? (
            <ClassChangeList
              run={run}
              previousRun={run.previousRun}
              compare={view.compare}
              onCompareChange={(compare) => onViewChange({ compare })}
            />
          ) : null}
        </div>
      </div>

      {run ? (
        <details className="index-run__method">
          <summary>{t("indexWorkbench.runMethod")}</summary>
          <MethodSheet sheet={run.methodSheet} headingLevel={4} />
        </details>
      ) : null}
    </div>
  );
}
