import { useApolloClient, useQuery } from "@apollo/client/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProfileCouncilDocument, ProfileGoalsDocument } from "../../../generated/documents/profile.ts";
import type { ProfileCouncilQuery, ProfileGoalsQuery } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { Badge } from "../../../ui/Badge.tsx";
import { QueryState } from "../../../ui/QueryState.tsx";

type Goal = ProfileGoalsQuery["goals"]["edges"][number]["node"];

export interface CouncilPlace {
  code: string;
  name: string;
}

/**
 * Internal planning data about the area for council staff and planners: programmes with a
 * funding area related to it, goals and measures of the measure catalogues, and findings of
 * Sozialraumkonferenzen. The caller renders this only for viewers the API lets see them.
 */
export function CouncilSections({ area, ancestors }: { area: CouncilPlace; ancestors: readonly CouncilPlace[] }) {
  const { t } = useTranslation();
  const council = useQuery(ProfileCouncilDocument, { variables: { code: area.code } });
  const data = council.dataState === "complete" ? council.data.area : undefined;
  return (
    <>
      <section id="programme" className="profile-section" aria-labelledby="profile-programmes">
        <h2 id="profile-programmes">{t("profile.programmes.title")}</h2>
        <QueryState
          data={data?.programmes}
          error={council.error}
          onRetry={() => void council.refetch()}
          isEmpty={(list) => list.length === 0}
          empty={t("profile.programmes.empty", { name: area.name })}
        >
          {(programmes) => <ProgrammeList programmes={programmes} />}
        </QueryState>
      </section>
      <Measures area={area} ancestors={ancestors} />
      <section id="konferenzen" className="profile-section" aria-labelledby="profile-findings">
        <h2 id="profile-findings">{t("profile.findings.title")}</h2>
        <QueryState
          data={data?.conferenceFindings}
          error={council.error}
          onRetry={() => void council.refetch()}
          isEmpty={(list) => list.length === 0}
          empty={t("profile.findings.empty", { name: area.name })}
        >
          {(findings) => <FindingList findings={findings} />}
        </QueryState>
      </section>
    </>
  );
}

type Programme = ProfileCouncilQuery["area"]["programmes"][number];
type Finding = ProfileCouncilQuery["area"]["conferenceFindings"][number];

/** At most this many funding areas are named per programme; the rest are counted. */
const namedAreas = 5;

function ProgrammeList({ programmes }: { programmes: readonly Programme[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const period = (programme: Programme) => {
    if (!programme.startDate && !programme.endDate) return t("profile.programmes.open");
    return t("profile.programmes.period", {
      start: programme.startDate ? format.date(programme.startDate) : "…",
      end: programme.endDate ? format.date(programme.endDate) : "…",
    });
  };
  return (
    <ul className="card-list">
      {programmes.map((programme) => {
        const rest = programme.areas.length - namedAreas;
        return (
          <li key={programme.id} className="card-list__item">
            <p className="card-list__title">
              <span>{programme.name}</span>
              <Badge>{t(`profile.programmes.family.${programme.family}`)}</Badge>
            </p>
            <p className="muted">{period(programme)}</p>
            <p className="card-list__meta">
              {t("profile.programmes.areas", {
                areas: programme.areas
                  .slice(0, namedAreas)
                  .map((area) => area.name)
                  .join(", "),
              })}
              {rest > 0 ? ` ${t("profile.programmes.moreAreas", { count: rest })}` : ""}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

function FindingList({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <ul className="card-list">
      {findings.map((finding) => (
        <li key={finding.id} className="card-list__item">
          <p className="card-list__title">
            <Badge tone={finding.kind === "STRENGTH" ? "success" : "notice"}>
              {t(`profile.findings.kind.${finding.kind}`)}
            </Badge>
            <span>{finding.categoryLabel}</span>
          </p>
          <p>{finding.description}</p>
          <p className="card-list__meta muted">
            {t("profile.findings.source", {
              title: finding.conference.title,
              date: format.date(finding.conference.date),
            })}
            {finding.area ? ` · ${finding.area.name}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}

interface GoalsOf {
  place: CouncilPlace;
  goals: Goal[];
}

/** Goals of the current version of each catalogue linked to the area or an area containing it. */
function useGoals(places: readonly CouncilPlace[]): {
  data: GoalsOf[] | undefined;
  error: Error | undefined;
  retry: () => void;
} {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ data?: GoalsOf[]; error?: Error }>({});
  const key = places.map((place) => place.code).join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the places; `attempt` retries.
  useEffect(() => {
    let live = true;
    setState({});
    Promise.all(
      places.map(async (place) => {
        const result = await client.query({ query: ProfileGoalsDocument, variables: { code: place.code } });
        const goals = (result.data?.goals.edges ?? [])
          .map((edge) => edge.node)
          .filter((goal) => goal.version.id === goal.version.catalogue.currentVersion?.id);
        return { place, goals };
      }),
    ).then(
      (data) => live && setState({ data }),
      (error: unknown) => live && setState({ error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [client, key, attempt]);
  return { data: state.data, error: state.error, retry: () => setAttempt((n) => n + 1) };
}

function Measures({ area, ancestors }: { area: CouncilPlace; ancestors: readonly CouncilPlace[] }) {
  const { t } = useTranslation();
  const goals = useGoals([area, ...[...ancestors].reverse()]);
  return (
    <section id="massnahmen" className="profile-section" aria-labelledby="profile-measures">
      <h2 id="profile-measures">{t("profile.measures.title")}</h2>
      <QueryState
        data={goals.data?.filter((entry) => entry.goals.length > 0)}
        error={goals.error}
        onRetry={goals.retry}
        isEmpty={(list) => list.length === 0}
        empty={t("profile.measures.empty", { name: area.name })}
      >
        {(list) =>
          list.map((entry) => (
            <div key={entry.place.code} className="profile-subsection">
              <h3>
                {entry.place.code === area.code
                  ? t("profile.measures.forArea", { name: entry.place.name })
                  : t("profile.measures.forAncestor", { name: entry.place.name })}
              </h3>
              <ul className="card-list">
                {entry.goals.map((goal) => (
                  <li key={goal.id} className="card-list__item">
                    <p className="card-list__title">
                      <Badge tone={goal.level === "MASSNAHME" ? "neutral" : "muted"}>
                        {t(`profile.measures.level.${goal.level}`)}
                      </Badge>
                      <span>{goal.title}</span>
                    </p>
                    {goal.description ? <p>{goal.description}</p> : null}
                    <p className="card-list__meta muted">
                      {t("profile.measures.catalogue", {
                        name: goal.version.catalogue.name,
                        version: goal.version.number,
                        status: t(`profile.measures.versionStatus.${goal.version.status}`),
                      })}
                    </p>
                  </li>
                ))}
              </ul>
            </div>
          ))
        }
      </QueryState>
    </section>
  );
}
