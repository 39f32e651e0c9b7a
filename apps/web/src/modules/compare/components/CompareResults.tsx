import { useApolloClient, useQuery } from "@apollo/client/react";
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { CompareCityReferenceDocument } from "../../../generated/documents/compare.ts";
import type {
  AreaLevel,
  CompareCityReferenceQuery,
  Locale,
  ProfileObservationFragment,
} from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { downloadCsv } from "../../../lib/download.ts";
import { Button } from "../../../ui/Button.tsx";
import { cx } from "../../../ui/cx.ts";
import { Notice } from "../../../ui/Notice.tsx";
import { EmptyState, LoadingState, QueryState } from "../../../ui/QueryState.tsx";
import { DataTable } from "../../../ui/Table.tsx";
import { useDistributions } from "../../profile/hooks/useDistributions.ts";
import { useUpdateSearch } from "../../profile/hooks/useUpdateSearch.ts";
import { useApiLocale, useValueText } from "../../profile/hooks/useValueText.ts";
import {
  aggregateState,
  groupByTopic,
  observationState,
  preferStored,
  referenceDatesOf,
  unfavourableEnd,
  type ValueState,
} from "../../profile/utils/values.ts";
import { type AreaValues, useAreaValues } from "../hooks/useAreaValues.ts";
import {
  buildCompareRows,
  type CompareArea,
  type CompareObservation,
  type CompareRow,
  compareCsv,
  levelsOf,
} from "../utils/compareRows.ts";
import { compareDateParam } from "../utils/compareSet.ts";

// Recharts is big: the small multiples come in their own chunk, after the table.
const CompareCharts = lazy(() => import("./CompareCharts.tsx").then((m) => ({ default: m.CompareCharts })));

export interface CompareResultsProps {
  areas: readonly CompareArea[];
  /** The city, for its reference values; null when the areas have no city above them. */
  city: CompareArea | null;
}

/** The comparison of 2–6 areas: a table by topic with highs and lows marked, CSV, small multiples. */
export function CompareResults({ areas, city }: CompareResultsProps) {
  const { t } = useTranslation();
  const locale = useApiLocale();
  const [params] = useSearchParams();
  const updateSearch = useUpdateSearch();
  const format = useFormatters();
  const codes = areas.map((area) => area.code);
  const values = useAreaValues(codes, locale);
  const observations = useMemo(
    () =>
      values.byCode
        ? [...values.byCode.values()].flatMap((area) =>
            area.observations.map((observation) => ({ ...observation, area: { code: area.code } })),
          )
        : undefined,
    [values.byCode],
  );
  const dates = useMemo(() => referenceDatesOf(observations ?? []), [observations]);
  const wanted = params.get(compareDateParam);
  const date = wanted && dates.includes(wanted) ? wanted : dates[0];
  const distributions = useDistributions(date);

  const setDate = (next: string) => updateSearch((current) => current.set(compareDateParam, next), { replace: true });

  return (
    <QueryState
      data={observations}
      error={values.error}
      onRetry={values.retry}
      loading={
        <div className="page-placeholder">
          <LoadingState />
        </div>
      }
      isEmpty={() => date === undefined}
      empty={t("compare.noValues")}
    >
      {(list) =>
        date ? (
          <>
            <div className="compare-toolbar">
              {dates.length > 1 ? (
                <label className="inline-field">
                  <span className="field__label">{t("compare.date")}</span>
                  <select
                    className="field__input field__select"
                    value={date}
                    onChange={(event) => setDate(event.target.value)}
                  >
                    {dates.map((option) => (
                      <option key={option} value={option}>
                        {format.date(option)}
                      </option>
                    ))}
                  </select>
                </label>
              ) : (
                <p className="compare-toolbar__date">{t("compare.oneDate", { date: format.date(date) })}</p>
              )}
            </div>
            <CompareTable
              areas={areas}
              city={city}
              date={date}
              locale={locale}
              observations={list}
              cityStored={cityStoredOf(values.byCode, city, date)}
              distributions={distributions.byLevel}
              distributionsFailed={distributions.error !== undefined}
            />
          </>
        ) : null
      }
    </QueryState>
  );
}

/** The city's stored values at the Stichtag: its own (when compared) or as an ancestor of a compared area. */
function cityStoredOf(
  byCode: ReadonlyMap<string, AreaValues> | undefined,
  city: CompareArea | null,
  date: string,
): Map<string, ProfileObservationFragment> {
  const stored = new Map<string, ProfileObservationFragment>();
  if (!byCode || !city) return stored;
  const own = byCode.get(city.code);
  const observations =
    own?.observations ??
    [...byCode.values()].flatMap((area) => area.ancestors).find((ancestor) => ancestor.code === city.code)
      ?.observations ??
    [];
  for (const observation of observations) {
    if (observation.referenceDate === date) stored.set(observation.indicator.key, observation);
  }
  return stored;
}

interface CompareTableProps {
  areas: readonly CompareArea[];
  city: CompareArea | null;
  date: string;
  locale: Locale;
  observations: readonly CompareObservation[];
  /** The city's stored values at the Stichtag, by indicator key. */
  cityStored: ReadonlyMap<string, ProfileObservationFragment>;
  distributions: ReturnType<typeof useDistributions>["byLevel"];
  distributionsFailed: boolean;
}

function CompareTable({
  areas,
  city,
  date,
  locale,
  observations,
  cityStored,
  distributions,
  distributionsFailed,
}: CompareTableProps) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const valueText = useValueText();
  const levels = levelsOf(areas);
  const rows = useMemo(
    () => buildCompareRows(areas, observations, date, distributions),
    [areas, observations, date, distributions],
  );
  const groups = useMemo(() => groupByTopic(rows, i18n.language), [rows, i18n.language]);
  const cityState = (key: string, data: CompareCityReferenceQuery | null | undefined): ValueState =>
    preferStored(observationState(cityStored.get(key)), data ? aggregateState(data.city[0]) : undefined);

  const download = async () => {
    // City values not loaded yet are asked for first (from the cache when they are there).
    const cityStates = new Map<string, ValueState>();
    await Promise.all(
      rows.map(async (row) => {
        const reference = await client
          .query({
            query: CompareCityReferenceDocument,
            variables: { indicatorKey: row.indicator.key, referenceDate: date, locale },
          })
          .then((result) => result.data ?? null)
          .catch(() => null);
        cityStates.set(row.indicator.key, cityState(row.indicator.key, reference));
      }),
    );
    const ordered = groups.flatMap((group) => group.rows);
    const csv = compareCsv(
      areas,
      ordered,
      date,
      cityStates,
      {
        indicatorKey: t("profile.csv.indicatorKey"),
        indicator: t("profile.csv.indicator"),
        topic: t("profile.csv.topic"),
        unit: t("profile.csv.unit"),
        referenceDate: t("profile.csv.referenceDate"),
        note: (area) => t("compare.csv.note", { name: area.name, code: area.code }),
        median: (level) => t("compare.median", { level: t(`levels.${level}.other`) }),
        city: city ? city.name : t("compare.city"),
        rounded: t("compare.csv.rounded"),
      },
      valueText,
    );
    downloadCsv(`${t("compare.csv.fileName")}-${date}`, csv.header, csv.rows);
  };

  if (rows.length === 0) return <EmptyState>{t("compare.noValues")}</EmptyState>;
  const chartsLoading = (
    <div className="compare-charts compare-charts--loading">
      <LoadingState label={t("compare.chartsLoading")} />
    </div>
  );

  return (
    <>
      <div className="compare-toolbar">
        <p className="compare-legend">
          <span className="compare-mark compare-mark--unfavourable">{t("compare.legend.unfavourable")}</span>
          <span className="compare-mark compare-mark--favourable">{t("compare.legend.favourable")}</span>
          <span className="compare-mark compare-mark--neutral">{t("compare.legend.neutral")}</span>
        </p>
        <Button size="sm" onClick={() => void download()}>
          {t("compare.download")}
        </Button>
      </div>
      {distributionsFailed ? (
        <Notice tone="error" role="alert">
          {t("compare.medianError")}
        </Notice>
      ) : null}
      <DataTable label={t("compare.tableLabel")}>
        <caption className="visually-hidden">{t("compare.tableLabel")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("profile.keyFigures.indicator")}</th>
            {areas.map((area) => (
              <th key={area.code} scope="col" className="num">
                {area.name}
                <span className="compare-table__code">{area.code}</span>
              </th>
            ))}
            {levels.map((level) => (
              <th key={level} scope="col" className="num compare-table__reference">
                {t("compare.median", { level: t(`levels.${level}.other`) })}
              </th>
            ))}
            <th scope="col" className="num compare-table__reference">
              {city?.name ?? t("compare.city")}
            </th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.topic}>
            <tr className="compare-table__topic">
              <th scope="colgroup" colSpan={areas.length + levels.length + 2}>
                {group.topic}
              </th>
            </tr>
            {group.rows.map((row) => (
              <CompareTableRow
                key={row.indicator.key}
                row={row}
                areas={areas}
                levels={levels}
                date={date}
                locale={locale}
                distributionsLoading={distributions === undefined && !distributionsFailed}
                cityState={cityState}
              />
            ))}
          </tbody>
        ))}
      </DataTable>
      {distributions === undefined && !distributionsFailed ? (
        chartsLoading
      ) : (
        <Suspense fallback={chartsLoading}>
          <CompareCharts areas={areas} groups={groups} city={city} date={date} locale={locale} cityState={cityState} />
        </Suspense>
      )}
    </>
  );
}

function CompareTableRow({
  row,
  areas,
  levels,
  date,
  locale,
  distributionsLoading,
  cityState,
}: {
  row: CompareRow;
  areas: readonly CompareArea[];
  levels: readonly AreaLevel[];
  date: string;
  locale: Locale;
  distributionsLoading: boolean;
  cityState: (key: string, data: CompareCityReferenceQuery | null | undefined) => ValueState;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const valueText = useValueText();
  const { indicator } = row;
  // After the medians: the API answers one request at a time (see KeyFigures).
  const reference = useQuery(CompareCityReferenceDocument, {
    variables: { indicatorKey: indicator.key, referenceDate: date, locale },
    skip: distributionsLoading,
  });
  const city = cityState(indicator.key, reference.dataState === "complete" ? reference.data : undefined);
  const pending = city.kind === "noData" && reference.dataState !== "complete" && !reference.error;
  const bad = unfavourableEnd(indicator.polarity);
  const tone = (end: "high" | "low") => (bad === null ? "neutral" : bad === end ? "unfavourable" : "favourable");

  return (
    <tr>
      <th scope="row">
        <span className="key-figures__name">{indicator.name}</span>
        <span className="key-figures__unit">{indicator.unit}</span>
      </th>
      {row.cells.map((state, index) => {
        const mark = index === row.high ? "high" : index === row.low ? "low" : null;
        return (
          <td
            key={areas[index]?.code ?? index}
            className={cx("num", mark && `compare-mark compare-mark--${tone(mark)}`)}
          >
            <span className={state.kind === "value" ? undefined : "value-note"}>
              {valueText(state, indicator.decimals)}
            </span>
            {mark ? (
              <span className="compare-mark__label">
                {mark === "high" ? t("compare.highest") : t("compare.lowest")}
              </span>
            ) : null}
          </td>
        );
      })}
      {row.medians.map((median, index) => (
        <td key={levels[index]} className="num compare-table__reference">
          {median !== null
            ? format.number(median, indicator.decimals)
            : distributionsLoading
              ? t("profile.values.loading")
              : t("common.noValue")}
        </td>
      ))}
      <td className="num compare-table__reference">
        {pending ? (
          <span className="muted" aria-busy="true">
            {t("profile.values.loading")}
          </span>
        ) : (
          <span className={city.kind === "value" ? undefined : "value-note"}>
            {valueText(city, indicator.decimals)}
          </span>
        )}
      </td>
    </tr>
  );
}
