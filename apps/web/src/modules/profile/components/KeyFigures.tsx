import { useApolloClient, useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ProfileReferencesDocument } from "../../../generated/documents/profile.ts";
import type {
  AreaLevel,
  ProfileIndicatorFragment,
  ProfileObservationFragment,
  ProfileReferencesQuery,
  ProfileReferencesQueryVariables,
} from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { downloadCsv } from "../../../lib/download.ts";
import { Button } from "../../../ui/Button.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { DataTable } from "../../../ui/Table.tsx";
import { useDistributions } from "../hooks/useDistributions.ts";
import { useApiLocale, useValueText } from "../hooks/useValueText.ts";
import type { Distribution } from "../utils/distribution.ts";
import {
  aggregateState,
  groupByTopic,
  isCountIndicator,
  numberOf,
  observationState,
  preferStored,
  type ValueState,
} from "../utils/values.ts";
import { SpineChart, SpineLegend, type SpineReference } from "./SpineChart.tsx";

export interface ProfilePlace {
  code: string;
  name: string;
  level: AreaLevel;
}

export interface KeyFiguresProps {
  area: ProfilePlace;
  /** The area above (null for the city, and for a Bezirk whose parent is the city). */
  parent: ProfilePlace | null;
  /** The city (null when the area is the city). */
  city: ProfilePlace | null;
  date: string;
  dates: readonly string[];
  onDateChange: (date: string) => void;
  /** The area's stored values at the Stichtag, with their indicators. */
  observations: ReadonlyArray<ProfileObservationFragment & { indicator: ProfileIndicatorFragment }>;
  /** Stored values of the parent and the city at the Stichtag, by indicator key. */
  parentStored: ReadonlyMap<string, ProfileObservationFragment>;
  cityStored: ReadonlyMap<string, ProfileObservationFragment>;
}

interface Row {
  indicator: ProfileIndicatorFragment;
  own: ValueState;
}

/**
 * The key figures of an area: per topic, each indicator with the area's value, the parent's
 * and the city's, and a spine chart of where the area stands among all areas of its level.
 */
export function KeyFigures(props: KeyFiguresProps) {
  const { area, parent, city, date, dates, onDateChange, observations } = props;
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const valueText = useValueText();
  const locale = useApiLocale();
  const client = useApolloClient();
  const distributions = useDistributions(date);
  const levelName = t(`levels.${area.level}.other`);

  const rows = useMemo<Row[]>(
    () => observations.map((observation) => ({ indicator: observation.indicator, own: observationState(observation) })),
    [observations],
  );
  const groups = useMemo(() => groupByTopic(rows, i18n.language), [rows, i18n.language]);
  const others = useMemo<Row[]>(() => {
    const own = new Set(rows.map((row) => row.indicator.key));
    return (distributions.indicators ?? [])
      .filter((indicator) => !own.has(indicator.key))
      .map((indicator) => ({ indicator, own: { kind: "noData" } }));
  }, [rows, distributions.indicators]);
  const levelDistributions = distributions.byLevel?.get(area.level);

  const variables = (indicator: ProfileIndicatorFragment, own: ValueState): ProfileReferencesQueryVariables => ({
    indicatorKey: indicator.key,
    referenceDate: date,
    locale,
    level: area.level,
    code: area.code,
    withSelf: own.kind === "noData",
    parentLevel: parent?.level ?? area.level,
    parentCode: parent?.code ?? area.code,
    withParent: parent !== null,
  });

  /** References not loaded yet are asked for first (from the cache when they are there). */
  const referencesOf = (row: Row) =>
    client
      .query({ query: ProfileReferencesDocument, variables: variables(row.indicator, row.own) })
      .then((result) => result.data ?? null)
      .catch(() => null);

  const download = async () => {
    const rowsInOrder = groups.flatMap((group) => group.rows);
    const references = await Promise.all(rowsInOrder.map(referencesOf));
    const cell = (state: ValueState, decimals: number) =>
      state.kind === "value" ? state.value : valueText(state, decimals);
    const header = [
      t("profile.csv.indicatorKey"),
      t("profile.csv.indicator"),
      t("profile.csv.topic"),
      t("profile.csv.unit"),
      t("profile.csv.referenceDate"),
      `${area.name} (${area.code})`,
      ...(parent ? [`${parent.name} (${parent.code})`] : []),
      ...(city ? [`${city.name} (${city.code})`] : []),
      t("profile.csv.count", { level: levelName }),
      t("profile.csv.min"),
      t("profile.csv.q1"),
      t("profile.csv.median"),
      t("profile.csv.q3"),
      t("profile.csv.max"),
    ];
    const csvRows = rowsInOrder.map((row, index) => {
      const { indicator } = row;
      const states = referenceStates(row, references[index], props.parentStored, props.cityStored);
      const distribution = levelDistributions?.get(indicator.key);
      return [
        indicator.key,
        indicator.name,
        indicator.topic,
        indicator.unit,
        date,
        cell(states.own, indicator.decimals),
        ...(parent ? [cell(states.parent, indicator.decimals)] : []),
        ...(city ? [cell(states.city, indicator.decimals)] : []),
        distribution?.count ?? 0,
        distribution?.min,
        distribution?.q1,
        distribution?.median,
        distribution?.q3,
        distribution?.max,
      ];
    });
    downloadCsv(`${t("profile.csv.fileName")}-${area.code}-${date}`, header, csvRows);
  };

  return (
    <section id="kennzahlen" className="profile-section" aria-labelledby="profile-key-figures">
      <div className="profile-section__head">
        <h2 id="profile-key-figures">{t("profile.keyFigures.title")}</h2>
        <Button size="sm" onClick={() => void download()} disabled={rows.length === 0}>
          {t("profile.keyFigures.download")}
        </Button>
      </div>
      <div className="profile-key-figures__context">
        {dates.length > 1 ? (
          <label className="inline-field">
            <span className="field__label">{t("profile.keyFigures.date")}</span>
            <select
              className="field__input field__select"
              value={date}
              onChange={(event) => onDateChange(event.target.value)}
            >
              {dates.map((option) => (
                <option key={option} value={option}>
                  {format.date(option)}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="profile-key-figures__date">{t("profile.keyFigures.oneDate", { date: format.date(date) })}</p>
        )}
        <p className="muted">
          {parent || city
            ? t("profile.keyFigures.lead", {
                level: t(`levels.${area.level}.one`),
                references: [parent?.name, city?.name].filter(Boolean).join(t("profile.keyFigures.and")),
              })
            : t("profile.keyFigures.leadAlone", { level: t(`levels.${area.level}.one`) })}
        </p>
      </div>
      {distributions.error ? (
        <Notice tone="error" role="alert" title={t("profile.keyFigures.distributionError")}>
          <Button size="sm" onClick={distributions.refetch}>
            {t("common.retry")}
          </Button>
        </Notice>
      ) : null}
      <SpineLegend parentName={parent?.name ?? null} cityName={city?.name ?? null} />
      {groups.length === 0 ? (
        <p className="state state--empty" role="status">
          {t("profile.keyFigures.empty", { date: format.date(date) })}
        </p>
      ) : (
        groups.map((group) => (
          <div key={group.topic} className="profile-topic">
            <h3>{group.topic}</h3>
            <DataTable label={t("profile.keyFigures.tableLabel", { topic: group.topic })}>
              <caption className="visually-hidden">
                {t("profile.keyFigures.tableLabel", { topic: group.topic })}
              </caption>
              <KeyFigureHead area={area} parent={parent} city={city} levelName={levelName} />
              <tbody>
                {group.rows.map((row) => (
                  <KeyFigureRow
                    key={row.indicator.key}
                    row={row}
                    variables={variables(row.indicator, row.own)}
                    areaName={area.name}
                    parent={parent}
                    city={city}
                    levelName={levelName}
                    parentStored={props.parentStored}
                    cityStored={props.cityStored}
                    distribution={levelDistributions?.get(row.indicator.key)}
                    distributionLoading={distributions.byLevel === undefined && !distributions.error}
                  />
                ))}
              </tbody>
            </DataTable>
          </div>
        ))
      )}
      {others.length > 0 ? (
        <details className="profile-others">
          <summary>
            {t("profile.keyFigures.others", { count: others.length, level: t(`levels.${area.level}.one`) })}
          </summary>
          <p className="muted">{t("profile.keyFigures.othersHint")}</p>
          <DataTable label={t("profile.keyFigures.othersTable")}>
            <caption className="visually-hidden">{t("profile.keyFigures.othersTable")}</caption>
            <KeyFigureHead area={area} parent={parent} city={city} levelName={null} />
            <tbody>
              {others.map((row) => (
                <KeyFigureRow
                  key={row.indicator.key}
                  row={row}
                  variables={variables(row.indicator, row.own)}
                  areaName={area.name}
                  parent={parent}
                  city={city}
                  levelName={null}
                  parentStored={props.parentStored}
                  cityStored={props.cityStored}
                  distribution={undefined}
                  distributionLoading={false}
                />
              ))}
            </tbody>
          </DataTable>
        </details>
      ) : null}
    </section>
  );
}

function KeyFigureHead({
  area,
  parent,
  city,
  levelName,
}: {
  area: ProfilePlace;
  parent: ProfilePlace | null;
  city: ProfilePlace | null;
  levelName: string | null;
}) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col" className="key-figures__indicator">
          {t("profile.keyFigures.indicator")}
        </th>
        <th scope="col" className="num">
          {area.name}
        </th>
        {parent ? (
          <th scope="col" className="num">
            {parent.name}
          </th>
        ) : null}
        {city ? (
          <th scope="col" className="num">
            {city.name}
          </th>
        ) : null}
        {levelName ? (
          <th scope="col" className="key-figures__chart">
            {t("profile.keyFigures.distribution", { level: levelName })}
          </th>
        ) : null}
      </tr>
    </thead>
  );
}

interface RowStates {
  own: ValueState;
  parent: ValueState;
  city: ValueState;
}

/** Stored values first; what the API computed from counts where nothing is stored. */
function referenceStates(
  row: Row,
  data: ProfileReferencesQuery | null | undefined,
  parentStored: ReadonlyMap<string, ProfileObservationFragment>,
  cityStored: ReadonlyMap<string, ProfileObservationFragment>,
): RowStates {
  const key = row.indicator.key;
  return {
    own: preferStored(row.own, data ? aggregateState(data.self?.[0]) : undefined),
    parent: preferStored(observationState(parentStored.get(key)), data ? aggregateState(data.parent?.[0]) : undefined),
    city: preferStored(observationState(cityStored.get(key)), data ? aggregateState(data.city[0]) : undefined),
  };
}

interface KeyFigureRowProps {
  row: Row;
  variables: ProfileReferencesQueryVariables;
  areaName: string;
  parent: ProfilePlace | null;
  city: ProfilePlace | null;
  /** Null: no distribution column. */
  levelName: string | null;
  parentStored: ReadonlyMap<string, ProfileObservationFragment>;
  cityStored: ReadonlyMap<string, ProfileObservationFragment>;
  distribution: Distribution | undefined;
  /** While the distribution loads, the references wait (see below). */
  distributionLoading: boolean;
}

function KeyFigureRow(props: KeyFigureRowProps) {
  const { row, variables, parent, city, levelName, distribution } = props;
  const { t } = useTranslation();
  const valueText = useValueText();
  // Asked for after the distribution: the API answers one request at a time, and the charts,
  // the index and the similar areas should not wait behind 20 reference values.
  const references = useQuery(ProfileReferencesDocument, { variables, skip: props.distributionLoading });
  const data = references.dataState === "complete" ? references.data : undefined;
  const states = referenceStates(row, data, props.parentStored, props.cityStored);
  const { indicator } = row;
  const pending = !data && !references.error;

  const cell = (state: ValueState, needsReference: boolean) => {
    if (needsReference && state.kind === "noData" && pending) {
      return (
        <span className="muted" aria-busy="true">
          {t("profile.values.loading")}
        </span>
      );
    }
    if (needsReference && state.kind === "noData" && references.error) return t("profile.values.error");
    return (
      <span className={state.kind === "value" ? undefined : "value-note"}>{valueText(state, indicator.decimals)}</span>
    );
  };

  const spineReferences: SpineReference[] = [];
  if (!isCountIndicator(indicator)) {
    const cityValue = numberOf(states.city);
    const parentValue = numberOf(states.parent);
    if (city && cityValue !== null) spineReferences.push({ kind: "city", name: city.name, value: cityValue });
    if (parent && parentValue !== null) spineReferences.push({ kind: "parent", name: parent.name, value: parentValue });
  }

  return (
    <tr>
      <th scope="row">
        <span className="key-figures__name">{indicator.name}</span>
        <span className="key-figures__unit">{indicator.unit}</span>
      </th>
      <td className="num key-figures__own">{cell(states.own, row.own.kind === "noData")}</td>
      {parent ? <td className="num">{cell(states.parent, true)}</td> : null}
      {city ? <td className="num">{cell(states.city, true)}</td> : null}
      {levelName !== null ? (
        <td className="key-figures__chart">
          {distribution && distribution.count >= 2 ? (
            <SpineChart
              distribution={distribution}
              value={numberOf(states.own)}
              areaName={props.areaName}
              levelName={levelName}
              references={spineReferences}
              decimals={indicator.decimals}
            />
          ) : props.distributionLoading ? (
            <span className="spine-chart spine-chart--placeholder" aria-hidden="true" />
          ) : (
            <span className="muted">{t("profile.spine.tooFew")}</span>
          )}
        </td>
      ) : null}
    </tr>
  );
}
