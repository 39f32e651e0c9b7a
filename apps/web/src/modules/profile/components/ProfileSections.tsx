import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { AreaLevel, ProfileObservationFragment } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { LoadingState, QueryState } from "../../../ui/QueryState.tsx";
import { useViewer } from "../../account/hooks/useViewer.ts";
import { mayAccess } from "../../account/utils/roles.ts";
import { usePrintFooter } from "../hooks/usePrintFooter.ts";
import { useProfileValues } from "../hooks/useProfileValues.ts";
import { useUpdateSearch } from "../hooks/useUpdateSearch.ts";
import { useValueText } from "../hooks/useValueText.ts";
import { observationState, populationIndicatorKey } from "../utils/values.ts";
import { AreaOffers } from "./AreaOffers.tsx";
import { CouncilSections } from "./CouncilSections.tsx";
import { IndexClasses } from "./IndexClasses.tsx";
import { KeyFigures, type ProfilePlace } from "./KeyFigures.tsx";
import { SimilarAreas } from "./SimilarAreas.tsx";

/** URL parameter of the indicators similar areas are found on, e.g. ?aehnlich=mss2021.s1,mss2021.s4. */
export const similarParam = "aehnlich";

export interface ProfileArea extends ProfilePlace {
  ancestors: readonly ProfilePlace[];
}

/** Where the city and the parent column come from: the parent is left out when it is the city. */
export function profilePlaces(area: ProfileArea): { city: ProfilePlace | null; parent: ProfilePlace | null } {
  const city = area.level === "STADT" ? null : (area.ancestors.find((ancestor) => ancestor.level === "STADT") ?? null);
  const last = area.ancestors.at(-1) ?? null;
  return { city, parent: last && last.code !== city?.code ? last : null };
}

/** Whether the viewer may see internal planning data (the API guards it the same way). */
export function useCouncilAccess(): boolean {
  const { viewer } = useViewer();
  return mayAccess(viewer?.role, "council");
}

/**
 * The district profile below its overview: key figures, index classes, similar areas, offers,
 * and for council staff and planners programmes, measures and conference findings, then the
 * sources. All view state (Stichtag, indicators of the similarity) is in the URL.
 */
export function ProfileSections({ area }: { area: ProfileArea }) {
  const { t } = useTranslation();
  const values = useProfileValues(area.code);
  const [params] = useSearchParams();
  const updateSearch = useUpdateSearch();
  const council = useCouncilAccess();
  const { city, parent } = profilePlaces(area);

  const chosen = params.get(similarParam);
  const chooseSimilar = useCallback(
    (keys: readonly string[] | null) =>
      updateSearch(
        (next) => {
          if (keys) next.set(similarParam, keys.join(","));
          else next.delete(similarParam);
        },
        { replace: true },
      ),
    [updateSearch],
  );

  const date = values.date;
  const atDate = useMemo(
    () => values.data?.observations.filter((observation) => observation.referenceDate === date) ?? [],
    [values.data, date],
  );
  const storedOf = useCallback(
    (code: string | undefined) => {
      const map = new Map<string, ProfileObservationFragment>();
      const ancestor = values.data?.ancestors.find((candidate) => candidate.code === code);
      for (const observation of ancestor?.observations ?? []) {
        if (observation.referenceDate === date) map.set(observation.indicator.key, observation);
      }
      return map;
    },
    [values.data, date],
  );
  const parentStored = useMemo(() => storedOf(parent?.code), [storedOf, parent?.code]);
  const cityStored = useMemo(() => storedOf(city?.code), [storedOf, city?.code]);
  const available = useMemo(
    () =>
      atDate
        .filter((observation) => observationState(observation).kind === "value")
        .map((observation) => observation.indicator),
    [atDate],
  );

  return (
    <>
      <QueryState
        data={values.data}
        error={values.error}
        onRetry={values.refetch}
        loading={
          <section className="profile-section profile-section--loading" aria-labelledby="profile-key-figures">
            <h2 id="profile-key-figures">{t("profile.keyFigures.title")}</h2>
            <LoadingState />
          </section>
        }
      >
        {() =>
          date ? (
            <>
              <KeyFigures
                area={area}
                parent={parent}
                city={city}
                date={date}
                dates={values.dates}
                onDateChange={values.setDate}
                observations={atDate}
                parentStored={parentStored}
                cityStored={cityStored}
              />
              <IndexClasses code={area.code} level={area.level} />
              <SimilarAreas
                code={area.code}
                level={area.level}
                date={date}
                available={available}
                chosen={chosen ? chosen.split(",").filter(Boolean) : null}
                onChoose={chooseSimilar}
              />
            </>
          ) : (
            <>
              <section id="kennzahlen" className="profile-section" aria-labelledby="profile-key-figures">
                <h2 id="profile-key-figures">{t("profile.keyFigures.title")}</h2>
                <p className="state state--empty" role="status">
                  {t("profile.keyFigures.noValues")}
                </p>
              </section>
              <IndexClasses code={area.code} level={area.level} />
            </>
          )
        }
      </QueryState>
      <AreaOffers code={area.code} name={area.name} />
      {council ? <CouncilSections area={area} ancestors={area.ancestors} /> : null}
      <ProfileSources area={area} />
    </>
  );
}

/** Publisher of a source text: what comes before its first colon (the full text is in the sources section). */
function publisherOf(source: string): string {
  const colon = source.indexOf(":");
  return colon > 0 && colon <= 120 ? source.slice(0, colon) : source;
}

/**
 * Sources and licences of the values shown, and the footer of printed pages (source and
 * Stichtag on every page).
 */
function ProfileSources({ area }: { area: ProfileArea }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const values = useProfileValues(area.code);
  const date = values.date;
  const sources = useMemo(() => {
    const bySource = new Map<string, string>();
    for (const observation of values.data?.observations ?? []) {
      if (observation.referenceDate !== date) continue;
      bySource.set(observation.indicator.source, observation.indicator.licence);
    }
    return [...bySource.entries()].map(([source, licence]) => ({ source, licence }));
  }, [values.data, date]);
  const publishers = [...new Set(sources.map(({ source }) => publisherOf(source)))];

  usePrintFooter(
    t("profile.print.footer", {
      name: area.name,
      code: area.code,
      date: date ? format.date(date) : t("common.noValue"),
      sources: publishers.length > 0 ? publishers.join("; ") : t("common.noValue"),
      printed: format.date(new Date().toISOString()),
    }),
  );

  if (sources.length === 0) return null;
  return (
    <section id="quellen" className="profile-section profile-sources" aria-labelledby="profile-sources">
      <h2 id="profile-sources">{t("profile.sources.title")}</h2>
      {date ? <p>{t("profile.sources.date", { date: format.date(date) })}</p> : null}
      <ul className="profile-sources__list">
        {sources.map(({ source, licence }) => (
          <li key={source}>
            {source}
            <span className="muted"> · {t("profile.sources.licence", { licence })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The sections of the profile to jump to (screen only). */
export function ProfileContents({ council, childLevel }: { council: boolean; childLevel: AreaLevel | undefined }) {
  const { t } = useTranslation();
  const items = [
    { id: "kennzahlen", label: t("profile.keyFigures.title") },
    { id: "index", label: t("profile.index.title") },
    { id: "aehnliche-gebiete", label: t("profile.similar.title") },
    { id: "angebote", label: t("profile.offers.title") },
    ...(council
      ? [
          { id: "programme", label: t("profile.programmes.title") },
          { id: "massnahmen", label: t("profile.measures.title") },
          { id: "konferenzen", label: t("profile.findings.title") },
        ]
      : []),
    ...(childLevel ? [{ id: "untergeordnete-gebiete", label: t(`levels.${childLevel}.other`) }] : []),
  ];
  return (
    <nav className="profile-contents" aria-label={t("profile.contents")}>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Residents of the area at the Stichtag shown, as a line of the key facts. */
export function ResidentsFact({ code }: { code: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const valueText = useValueText();
  const values = useProfileValues(code);
  const observation = values.data?.observations.find(
    (candidate) => candidate.indicator.key === populationIndicatorKey && candidate.referenceDate === values.date,
  );
  if (!observation || !values.date) return null;
  return (
    <>
      <dt>{t("profile.facts.residents", { date: format.date(values.date) })}</dt>
      <dd>{valueText(observationState(observation), observation.indicator.decimals)}</dd>
    </>
  );
}
