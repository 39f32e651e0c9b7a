import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { ProfileIndexDefinitionsDocument, ProfileIndexResultsDocument } from "../../../generated/documents/profile.ts";
import type { AreaLevel, ProfileIndexResultsQuery } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { QueryState } from "../../../ui/QueryState.tsx";
import { DataTable } from "../../../ui/Table.tsx";
import { statusClassColours, textColourOn } from "../../atlas/utils/classBreaks.ts";
import { useApiLocale } from "../hooks/useValueText.ts";

type IndexResult = ProfileIndexResultsQuery["area"]["indexResults"][number];

/** The area's classes in every index that classifies areas of its level, with their history. */
export function IndexClasses({ code, level }: { code: string; level: AreaLevel }) {
  const { t } = useTranslation();
  const definitions = useQuery(ProfileIndexDefinitionsDocument, { variables: { level } });
  const withRuns =
    definitions.dataState === "complete"
      ? definitions.data.indexDefinitions.edges.map((edge) => edge.node).filter((node) => node.latestRun !== null)
      : undefined;

  return (
    <section id="index" className="profile-section" aria-labelledby="profile-index">
      <h2 id="profile-index">{t("profile.index.title")}</h2>
      <div className="index-classes__body">
        <QueryState
          data={withRuns}
          error={definitions.error}
          onRetry={() => void definitions.refetch()}
          isEmpty={(list) => list.length === 0}
          empty={t("profile.index.none", { level: t(`levels.${level}.other`) })}
        >
          {(list) =>
            list.map((definition) => (
              <IndexResults
                key={definition.id}
                code={code}
                level={level}
                definitionKey={definition.key}
                name={definition.name}
              />
            ))
          }
        </QueryState>
      </div>
    </section>
  );
}

function IndexResults({
  code,
  level,
  definitionKey,
  name,
}: {
  code: string;
  level: AreaLevel;
  definitionKey: string;
  name: string;
}) {
  const { t } = useTranslation();
  const locale = useApiLocale();
  const results = useQuery(ProfileIndexResultsDocument, { variables: { code, definitionKey, level, locale } });
  return (
    <article className="index-card" aria-labelledby={`index-${definitionKey}`}>
      <h3 id={`index-${definitionKey}`}>{name}</h3>
      <QueryState
        data={results.dataState === "complete" ? results.data.area.indexResults : undefined}
        error={results.error}
        onRetry={() => void results.refetch()}
        isEmpty={(list) => list.length === 0}
        empty={t("profile.index.noResult")}
      >
        {(list) => <IndexHistory results={list} />}
      </QueryState>
    </article>
  );
}

function IndexHistory({ results }: { results: readonly IndexResult[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const latest = results[results.length - 1];
  if (!latest) return null;
  const statusText = (result: IndexResult) =>
    result.statusClass ? t(`profile.index.status.${result.statusClass}`) : t("common.noValue");
  const dynamicsText = (result: IndexResult) =>
    result.dynamicsClass ? t(`profile.index.dynamics.${result.dynamicsClass}`) : t("common.noValue");
  const rankText = (result: IndexResult) =>
    result.rank === null
      ? t("common.noValue")
      : t("profile.index.rankOf", { rank: format.number(result.rank), count: result.run.validCount });

  const colour =
    latest.statusClassNumber !== null ? statusClassColours[latest.statusClassNumber as 1 | 2 | 3 | 4] : undefined;

  return (
    <>
      <div className="index-card__latest">
        {latest.excludedReasonText ? (
          <p className="index-card__excluded">{latest.excludedReasonText}</p>
        ) : (
          <>
            <p
              className="index-card__code"
              style={colour ? { background: colour, color: textColourOn(colour) } : undefined}
            >
              <span className="visually-hidden">{t("profile.index.combinedCode")} </span>
              {latest.combinedCode ?? statusText(latest)}
            </p>
            <dl className="facts index-card__facts">
              <dt>{t("profile.index.statusClass")}</dt>
              <dd>{statusText(latest)}</dd>
              <dt>{t("profile.index.dynamicsClass")}</dt>
              <dd>{dynamicsText(latest)}</dd>
              <dt>{t("profile.index.rank")}</dt>
              <dd>
                {rankText(latest)}
                <span className="muted"> · {t("profile.index.rankHint")}</span>
              </dd>
              <dt>{t("profile.index.date")}</dt>
              <dd>{format.date(latest.run.referenceDate)}</dd>
            </dl>
          </>
        )}
      </div>
      <h4 className="index-card__history-title">{t("profile.index.history")}</h4>
      <DataTable label={t("profile.index.history")}>
        <caption className="visually-hidden">{t("profile.index.history")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("profile.index.date")}</th>
            <th scope="col">{t("profile.index.run")}</th>
            <th scope="col">{t("profile.index.statusClass")}</th>
            <th scope="col">{t("profile.index.dynamicsClass")}</th>
            <th scope="col">{t("profile.index.combinedCode")}</th>
            <th scope="col" className="num">
              {t("profile.index.rank")}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...results].reverse().map((result) => (
            <tr key={result.run.id}>
              <th scope="row">{format.date(result.run.referenceDate)}</th>
              <td>
                {result.run.label ?? t("profile.index.computedAt", { date: format.dateTime(result.run.createdAt) })}
              </td>
              {result.excludedReasonText ? (
                <td colSpan={3}>{result.excludedReasonText}</td>
              ) : (
                <>
                  <td>{statusText(result)}</td>
                  <td>{dynamicsText(result)}</td>
                  <td className="code">{result.combinedCode ?? t("common.noValue")}</td>
                </>
              )}
              <td className="num">{rankText(result)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {results.length === 1 ? <p className="muted">{t("profile.index.oneRun")}</p> : null}
    </>
  );
}
