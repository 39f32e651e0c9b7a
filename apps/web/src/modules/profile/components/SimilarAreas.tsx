import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ProfileIndexDefinitionsDocument, ProfileSimilarAreasDocument } from "../../../generated/documents/profile.ts";
import type { AreaLevel, ProfileIndicatorFragment } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { graphqlErrorCode } from "../../../lib/apollo.ts";
import { ButtonLink } from "../../../ui/ButtonLink.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { QueryState } from "../../../ui/QueryState.tsx";
import { areaPath } from "../../area/utils/paths.ts";
import { AddToCompareButton } from "../../compare/components/AddToCompareButton.tsx";
import { comparePath, maxCompareAreas } from "../../compare/utils/compareSet.ts";
import { groupByTopic } from "../utils/values.ts";

/** The API compares on at most this many indicators. */
const maxIndicators = 20;

export interface SimilarAreasProps {
  code: string;
  level: AreaLevel;
  date: string;
  /** Indicators the area has a value for at the Stichtag: what can be compared. */
  available: readonly ProfileIndicatorFragment[];
  /** Chosen in the URL; null: the default (the status indicators of the index). */
  chosen: readonly string[] | null;
  onChoose: (keys: readonly string[] | null) => void;
}

/**
 * The areas of the same level most similar to this one, by default on the status indicators
 * of the index, with a chooser for other indicators; each links to its profile and can join
 * the comparison.
 */
export function SimilarAreas({ code, level, date, available, chosen, onChoose }: SimilarAreasProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const definitions = useQuery(ProfileIndexDefinitionsDocument, { variables: { level } });
  const availableKeys = useMemo(() => new Set(available.map((indicator) => indicator.key)), [available]);

  const definitionData = definitions.dataState === "complete" ? definitions.data : undefined;
  const defaults = useMemo(() => {
    // Without the index (or when it cannot be loaded): every indicator the area has.
    if (!definitionData && !definitions.error) return undefined;
    const definition = definitionData?.indexDefinitions.edges.find((edge) => edge.node.latestRun)?.node;
    const statusKeys = (definition?.status.indicators ?? [])
      .map((indicator) => indicator.indicatorKey)
      .filter((key) => availableKeys.has(key));
    return statusKeys.length > 0 ? statusKeys : [...availableKeys].slice(0, maxIndicators);
  }, [definitionData, definitions.error, availableKeys]);

  const chosenKeys = chosen?.filter((key) => availableKeys.has(key)).slice(0, maxIndicators);
  const keys = chosenKeys && chosenKeys.length > 0 ? chosenKeys : (defaults ?? []);
  const similar = useQuery(ProfileSimilarAreasDocument, {
    variables: { code, indicatorKeys: keys, referenceDate: date },
    skip: keys.length === 0,
  });
  const groups = useMemo(
    () =>
      groupByTopic(
        available.map((indicator) => ({ indicator })),
        i18n.language,
      ),
    [available, i18n.language],
  );
  const names = available.filter((indicator) => keys.includes(indicator.key)).map((indicator) => indicator.name);

  const toggle = (key: string, on: boolean) => {
    const next = on ? [...keys, key] : keys.filter((candidate) => candidate !== key);
    if (next.length > 0 && next.length <= maxIndicators) onChoose(next);
  };

  const badInput = graphqlErrorCode(similar.error) === "BAD_USER_INPUT";

  return (
    <section id="aehnliche-gebiete" className="profile-section" aria-labelledby="profile-similar">
      <h2 id="profile-similar">{t("profile.similar.title")}</h2>
      {available.length === 0 ? (
        <p className="state state--empty" role="status">
          {t("profile.similar.noValues")}
        </p>
      ) : (
        <>
          <p className="muted">
            {t("profile.similar.lead", { level: t(`levels.${level}.other`), indicators: names.join(", ") })}
          </p>
          <details className="indicator-chooser">
            <summary>{t("profile.similar.choose", { count: keys.length })}</summary>
            <div className="indicator-chooser__groups">
              {groups.map((group) => (
                <fieldset key={group.topic} className="indicator-chooser__group">
                  <legend>{group.topic}</legend>
                  {group.rows.map(({ indicator }) => {
                    const checked = keys.includes(indicator.key);
                    return (
                      <label key={indicator.key} className="indicator-chooser__option">
                        <input
                          type="checkbox"
                          checked={checked}
                          // The last one stays: similarity needs at least one indicator.
                          disabled={(checked && keys.length === 1) || (!checked && keys.length >= maxIndicators)}
                          onChange={(event) => toggle(indicator.key, event.target.checked)}
                        />
                        {indicator.name}
                      </label>
                    );
                  })}
                </fieldset>
              ))}
            </div>
            {chosen ? (
              <button type="button" className="btn btn--quiet btn--sm" onClick={() => onChoose(null)}>
                {t("profile.similar.reset")}
              </button>
            ) : null}
          </details>
          <div className="similar-areas__result">
            {badInput ? (
              <Notice tone="info" role="status" title={t("profile.similar.notComputable")}>
                <p className="muted">{similar.error?.message}</p>
              </Notice>
            ) : (
              <QueryState
                data={similar.dataState === "complete" ? similar.data.similarAreas : undefined}
                error={similar.error}
                onRetry={() => void similar.refetch()}
                isEmpty={(result) => result.areas.length === 0}
                empty={t("profile.similar.empty")}
              >
                {(result) => (
                  <>
                    <ol className="similar-list">
                      {result.areas.map((entry) => (
                        <li key={entry.area.code} className="similar-list__item">
                          <span className="similar-list__rank">{entry.rank}.</span>
                          <span className="similar-list__name">
                            <Link to={areaPath(entry.area.code)}>{entry.area.name}</Link>
                            <span className="muted code"> {entry.area.code}</span>
                          </span>
                          <span className="similar-list__distance">
                            {t("profile.similar.distance", { value: format.number(entry.distance, 2) })}
                          </span>
                          <AddToCompareButton code={entry.area.code} name={entry.area.name} compact />
                        </li>
                      ))}
                    </ol>
                    <p className="muted">
                      {t("profile.similar.compared", {
                        count: result.comparedCount,
                        level: t(`levels.${level}.one`),
                        skipped: result.skippedCount,
                      })}
                    </p>
                    <ButtonLink
                      to={comparePath(
                        [code, ...result.areas.map((entry) => entry.area.code)].slice(0, maxCompareAreas),
                      )}
                    >
                      {t("profile.similar.compareAll")}
                    </ButtonLink>
                  </>
                )}
              </QueryState>
            )}
          </div>
        </>
      )}
    </section>
  );
}
