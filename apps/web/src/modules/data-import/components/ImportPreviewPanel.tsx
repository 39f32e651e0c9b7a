import type { ImportProblem } from "@sozialatlas/domain/data-import";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format.ts";
import { Notice } from "../../../ui/Notice.tsx";
import { DataTable } from "../../../ui/Table.tsx";
import type { ImportPreviewJson } from "../utils/uploadApi.ts";

/** Where a problem is, in the reader's language: "Zeile 7, Spalte S1", "Objekt 3 (Schlüssel 0110)", "Manifest: columns.2". */
export function problemPlace(t: TFunction, problem: ImportProblem): string {
  const parts: string[] = [];
  if (problem.in === "manifest") {
    parts.push(
      problem.field ? t("dataImport.place.manifestField", { field: problem.field }) : t("dataImport.place.manifest"),
    );
  }
  if (problem.line !== undefined) parts.push(t("dataImport.place.line", { line: problem.line }));
  if (problem.feature !== undefined) {
    parts.push(
      problem.code
        ? t("dataImport.place.featureWithCode", { feature: problem.feature, code: problem.code })
        : t("dataImport.place.feature", { feature: problem.feature }),
    );
  }
  if (problem.column !== undefined) parts.push(t("dataImport.place.column", { column: problem.column }));
  return parts.join(", ") || t("dataImport.place.file");
}

const shownCodes = 20;

/**
 * What the server found in the file: whether it can be imported, what would be written
 * (rows, values, Stichtage, areas, per indicator the range of values), unknown area codes, and
 * every problem with its line, column or feature.
 */
export function ImportPreviewPanel({ preview }: { preview: ImportPreviewJson }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const observations = preview.observations;
  const areas = preview.areas;
  const codes = (list: readonly string[]) =>
    list.length > shownCodes
      ? `${list.slice(0, shownCodes).join(", ")} ${t("dataImport.preview.andMore", { count: list.length - shownCodes })}`
      : list.join(", ");
  const decimals = new Intl.NumberFormat(i18n.resolvedLanguage ?? i18n.language, { maximumFractionDigits: 4 });
  const number = (value: number | null) => (value === null ? t("common.noValue") : decimals.format(value));

  return (
    <div className="import-preview">
      {preview.accepted ? (
        <Notice tone="success" title={t("dataImport.preview.acceptedTitle")}>
          <p>{t("dataImport.preview.acceptedText", { file: preview.fileName })}</p>
        </Notice>
      ) : (
        <Notice tone="error" title={t("dataImport.preview.rejectedTitle", { count: preview.errorCount })}>
          <p>{t("dataImport.preview.rejectedText")}</p>
        </Notice>
      )}
      {preview.previousImport ? (
        <Notice tone="info">
          <p>{t("dataImport.preview.previousImport", { date: format.dateTime(preview.previousImport.importedAt) })}</p>
        </Notice>
      ) : null}

      {observations ? (
        <dl className="facts import-preview__facts">
          <dt>{t("dataImport.preview.rows")}</dt>
          <dd>{format.number(observations.rowCount)}</dd>
          <dt>{t("dataImport.preview.values")}</dt>
          <dd>{preview.accepted ? format.number(observations.observationCount) : t("common.noValue")}</dd>
          <dt>{t("dataImport.preview.level")}</dt>
          <dd>{t(`levels.${observations.areaLevel}.one`)}</dd>
          <dt>{t("dataImport.preview.dates")}</dt>
          <dd>
            {observations.referenceDates.length > 0
              ? observations.referenceDates.map((date) => format.date(date)).join(", ")
              : t("common.noValue")}
          </dd>
          <dt>{t("dataImport.preview.knownAreas")}</dt>
          <dd>{format.number(observations.areaCount)}</dd>
          <dt>{t("dataImport.preview.unknownAreas")}</dt>
          <dd className={observations.unknownAreaCodes.length > 0 ? "import-preview__bad" : undefined}>
            {observations.unknownAreaCodes.length > 0
              ? `${format.number(observations.unknownAreaCodes.length)}: ${codes(observations.unknownAreaCodes)}`
              : t("dataImport.preview.none")}
          </dd>
          {observations.unknownIndicatorKeys.length > 0 ? (
            <>
              <dt>{t("dataImport.preview.unknownIndicators")}</dt>
              <dd className="import-preview__bad">{observations.unknownIndicatorKeys.join(", ")}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {areas ? (
        <dl className="facts import-preview__facts">
          <dt>{t("dataImport.preview.features")}</dt>
          <dd>{format.number(areas.featureCount)}</dd>
          <dt>{t("dataImport.preview.level")}</dt>
          <dd>{t(`levels.${areas.level}.one`)}</dd>
          <dt>{t("dataImport.preview.newAreas")}</dt>
          <dd>
            {areas.newCodes.length > 0
              ? `${format.number(areas.newCodes.length)}: ${codes(areas.newCodes)}`
              : t("dataImport.preview.none")}
          </dd>
          <dt>{t("dataImport.preview.unknownParents")}</dt>
          <dd className={areas.unknownParentCodes.length > 0 ? "import-preview__bad" : undefined}>
            {areas.unknownParentCodes.length > 0 ? codes(areas.unknownParentCodes) : t("dataImport.preview.none")}
          </dd>
        </dl>
      ) : null}

      {observations && observations.indicators.length > 0 ? (
        <DataTable label={t("dataImport.preview.indicatorsTable")}>
          <caption className="visually-hidden">{t("dataImport.preview.indicatorsTable")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("dataImport.preview.indicator")}</th>
              <th scope="col" className="num">
                {t("dataImport.preview.withValue")}
              </th>
              <th scope="col" className="num">
                {t("dataImport.preview.missing")}
              </th>
              <th scope="col" className="num">
                {t("dataImport.preview.min")}
              </th>
              <th scope="col" className="num">
                {t("dataImport.preview.max")}
              </th>
            </tr>
          </thead>
          <tbody>
            {observations.indicators.map((indicator) => (
              <tr key={indicator.key}>
                <th scope="row">
                  <code>{indicator.key}</code>
                </th>
                <td className="num">{format.number(indicator.values)}</td>
                <td className="num">{format.number(indicator.missing)}</td>
                <td className="num">{number(indicator.min)}</td>
                <td className="num">{number(indicator.max)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}

      {preview.errors.length > 0 ? (
        <section className="import-preview__problems" aria-labelledby="import-problems-title">
          <h3 id="import-problems-title" className="workbench__subtitle">
            {t("dataImport.preview.problemsTitle", { count: preview.errorCount })}
          </h3>
          <DataTable label={t("dataImport.preview.problemsTable")}>
            <caption className="visually-hidden">{t("dataImport.preview.problemsTable")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("dataImport.preview.place")}</th>
                <th scope="col">{t("dataImport.preview.message")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.errors.map((problem, index) => (
                // Problems have no id; the list never reorders.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                <tr key={index}>
                  <th scope="row">{problemPlace(t, problem)}</th>
                  <td>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          {preview.errorCount > preview.errors.length ? (
            <p className="field__hint">
              {t("dataImport.preview.moreProblems", { count: preview.errorCount - preview.errors.length })}
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
