// Realistic answers for the district profile and the comparison (MSS 2021 indicators, Berlin
// areas), and MSW handlers that answer every query of those pages. Tests override parts.
import { graphql, HttpResponse } from "msw";
import { CompareAreaIndexDocument, CompareCityReferenceDocument } from "../generated/documents/compare.ts";
import {
  IndicatorDistributionDocument,
  IndicatorListDocument,
  ProfileCouncilDocument,
  ProfileGoalsDocument,
  ProfileIndexDefinitionsDocument,
  ProfileIndexResultsDocument,
  ProfileOffersDocument,
  ProfileReferencesDocument,
  ProfileSimilarAreasDocument,
  ProfileValuesDocument,
} from "../generated/documents/profile.ts";
import type {
  AggregationStatus,
  AreaLevel,
  IndicatorPolarity,
  ProfileCouncilQuery,
  ProfileGoalsQuery,
  ProfileIndexResultsQuery,
  ProfileOffersQuery,
  ProfileSimilarAreasQuery,
} from "../generated/graphql.ts";
import { areaRef } from "./fixtures.ts";
import { server } from "./server.ts";

export const stichtag = "2020-12-31";

const source =
  "Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen Berlin: Monitoring Soziale Stadtentwicklung 2021, Stichtag 31.12.2020";
const licence = "CC BY 3.0 DE";

export function indicator(
  key: string,
  name: string,
  topic: string,
  unit = "%",
  polarity: IndicatorPolarity = "HIGHER_IS_WORSE",
  decimals = 2,
) {
  return {
    __typename: "Indicator" as const,
    id: `indicator-${key}`,
    key,
    name,
    topic,
    unit,
    decimals,
    polarity,
    source,
    licence,
    numeratorDefinition: null,
    denominatorDefinition: null,
  };
}

export const indicators = {
  s1: indicator("mss2021.s1", "Arbeitslosigkeit", "Arbeit"),
  s3: indicator("mss2021.s3", "Transferbezug", "Armut"),
  s4: indicator("mss2021.s4", "Kinderarmut", "Armut"),
  ki10: indicator("mss2021.ki10", "Wohndauer über 5 Jahre", "Wohnen", "%", "HIGHER_IS_BETTER"),
  ew: indicator("ew", "Einwohnerinnen und Einwohner", "Bevölkerung", "Personen", "NEUTRAL", 0),
};
export type TestIndicator = ReturnType<typeof indicator>;

type Disclosure = { status: "PUBLISHED" | "RAW" | "ROUNDED" | "SUPPRESSED"; reasonText: string | null };
const published: Disclosure = { status: "PUBLISHED", reasonText: null };

export function disclosure(value: Disclosure = published) {
  return {
    __typename: "ValueDisclosure" as const,
    status: value.status,
    reason: value.status === "SUPPRESSED" ? ("SMALL_COUNT" as const) : null,
    reasonText: value.reasonText,
  };
}

export const suppressedSmallCount: Disclosure = {
  status: "SUPPRESSED",
  reasonText: "Geheimhaltung: weniger als 3 Fälle",
};

let observationId = 0;

/** A stored value of an area; `value` null with a `missingReason`, or suppressed by disclosure control. */
export function observation(
  of: TestIndicator,
  value: number | null,
  options: { date?: string; disclosure?: Disclosure; missingReason?: string } = {},
) {
  observationId++;
  return {
    __typename: "Observation" as const,
    id: `observation-${observationId}`,
    referenceDate: options.date ?? stichtag,
    value: options.disclosure?.status === "SUPPRESSED" ? null : value,
    missingReason: options.missingReason ?? null,
    suppressed: false,
    disclosure: disclosure(options.disclosure),
    indicator: of,
  };
}

export const berlin = areaRef("11000000", "Berlin", "STADT");
export const mitte = areaRef("01", "Mitte", "BEZIRK");
export const zentrum = areaRef("0110", "Zentrum", "PROGNOSERAUM");
export const tiergartenSued = areaRef("011001", "Tiergarten Süd", "BEZIRKSREGION");

export interface TestPlace {
  code: string;
  name: string;
  level: AreaLevel;
}

/** The ProfileValues answer: an area's observations and its ancestors' (city, parent). */
export function profileValues(
  area: TestPlace,
  observations: ReturnType<typeof observation>[],
  ancestors: Array<TestPlace & { observations?: ReturnType<typeof observation>[] }> = [],
) {
  return {
    area: {
      __typename: "Area" as const,
      id: `area-${area.code}`,
      code: area.code,
      observations,
      ancestors: ancestors.map((ancestor) => ({
        __typename: "Area" as const,
        id: `area-${ancestor.code}`,
        code: ancestor.code,
        name: ancestor.name,
        level: ancestor.level,
        observations: (ancestor.observations ?? []).map((stored) => ({
          ...stored,
          indicator: { __typename: "Indicator" as const, id: stored.indicator.id, key: stored.indicator.key },
        })),
      })),
    },
  };
}

/** The IndicatorDistribution answer: per indicator key, the values of areas (code → value). */
export function distribution(
  byIndicator: Array<{ of: TestIndicator; level?: AreaLevel; values: Record<string, number | null> }>,
) {
  return {
    indicators: {
      __typename: "IndicatorConnection" as const,
      edges: byIndicator.map(({ of, level = "PLANUNGSRAUM", values }) => ({
        __typename: "IndicatorEdge" as const,
        node: {
          __typename: "Indicator" as const,
          id: of.id,
          key: of.key,
          observations: Object.entries(values).map(([code, value]) => ({
            __typename: "Observation" as const,
            value,
            area: { __typename: "Area" as const, id: `area-${code}`, code, level },
          })),
        },
      })),
    },
  };
}

export function indicatorList(list: TestIndicator[]) {
  return {
    indicators: {
      __typename: "IndicatorConnection" as const,
      edges: list.map((node) => ({ __typename: "IndicatorEdge" as const, node })),
    },
  };
}

/** An aggregatedValues entry: a value from counts, or why there is none. */
export function aggregate(status: AggregationStatus, value: number | null = null) {
  return {
    __typename: "AggregatedValue" as const,
    status,
    value,
    denominator: null,
    partLevel: "PLANUNGSRAUM" as const,
    partCount: 542,
    missingPartCount: status === "OK" ? 0 : 542,
    disclosure: disclosure(),
  };
}

export function indexDefinitions(withRun = true) {
  return {
    indexDefinitions: {
      __typename: "IndexDefinitionConnection" as const,
      edges: [
        {
          __typename: "IndexDefinitionEdge" as const,
          node: {
            __typename: "IndexDefinition" as const,
            id: "definition-mss-2021",
            key: "mss-2021",
            name: "Monitoring Soziale Stadtentwicklung 2021",
            status: {
              __typename: "IndexStatusPart" as const,
              indicators: ["mss2021.s1", "mss2021.s3", "mss2021.s4"].map((indicatorKey) => ({
                __typename: "IndexIndicator" as const,
                indicatorKey,
              })),
            },
            latestRun: withRun ? { __typename: "IndexRun" as const, id: "run-2020", referenceDate: stichtag } : null,
          },
        },
      ],
    },
  };
}

type IndexResult = ProfileIndexResultsQuery["area"]["indexResults"][number];

export function indexResult(fields: Partial<IndexResult> = {}): IndexResult & { __typename: "IndexResult" } {
  return {
    __typename: "IndexResult",
    combinedCode: "2-",
    statusClass: "MITTEL",
    statusClassNumber: 2,
    dynamicsClass: "NEGATIV",
    rank: 289,
    statusIndex: -0.33,
    dynamicsIndex: 1.27,
    excludedReason: null,
    excludedReasonText: null,
    run: {
      __typename: "IndexRun",
      id: "run-2020",
      referenceDate: stichtag,
      label: null,
      createdAt: "2026-11-21T23:55:39.503Z",
      validCount: 536,
      excludedCount: 6,
    } as IndexResult["run"],
    ...fields,
  };
}

export function similarAreas(areas: TestPlace[], comparedCount = 536, skippedCount = 6): ProfileSimilarAreasQuery {
  return {
    similarAreas: {
      __typename: "SimilarAreasResult",
      comparedCount,
      skippedCount,
      areas: areas.map((area, index) => ({
        __typename: "SimilarArea",
        rank: index + 1,
        distance: 0.03 * (index + 1),
        area: { __typename: "Area", id: `area-${area.code}`, ...area },
      })),
    },
  } as ProfileSimilarAreasQuery;
}

export const noOffers: ProfileOffersQuery = {
  offers: { totalCount: 0, edges: [] },
};

export const noCouncilData: ProfileCouncilQuery = {
  area: { id: "area", programmes: [], conferenceFindings: [] },
};

export const noGoals: ProfileGoalsQuery = { goals: { totalCount: 0, edges: [] } };

/** Counts the requests of each operation, so tests can say what was (not) asked for. */
export const requestCounts = new Map<string, number>();
const counted = (name: string) => requestCounts.set(name, (requestCounts.get(name) ?? 0) + 1);

export interface ProfileAnswers {
  values?: (code: string) => ReturnType<typeof profileValues>;
  distribution?: ReturnType<typeof distribution>;
  indicators?: TestIndicator[];
  /** Per indicator key: the parent's and the city's value from counts (default: counts missing). */
  references?: Record<string, { parent?: ReturnType<typeof aggregate>; city?: ReturnType<typeof aggregate> }>;
  definitions?: ReturnType<typeof indexDefinitions>;
  indexResults?: IndexResult[];
  similar?: ProfileSimilarAreasQuery;
  offers?: ProfileOffersQuery;
  council?: ProfileCouncilQuery;
  goals?: (code: string) => ProfileGoalsQuery;
  areaIndex?: Array<TestPlace & { parent?: { name: string } | null }>;
}

/** Handlers for every query of the profile and the comparison; each answer can be replaced. */
export function useProfileHandlers(answers: ProfileAnswers = {}) {
  requestCounts.clear();
  const counts = aggregate("COUNTS_MISSING");
  server.use(
    graphql.query(ProfileValuesDocument, ({ variables }) => {
      counted("ProfileValues");
      return HttpResponse.json({
        data:
          answers.values?.(variables.code) ??
          profileValues({ code: variables.code, name: "", level: "PLANUNGSRAUM" }, []),
      });
    }),
    graphql.query(IndicatorDistributionDocument, () => {
      counted("IndicatorDistribution");
      return HttpResponse.json({ data: answers.distribution ?? distribution([]) });
    }),
    graphql.query(IndicatorListDocument, () => {
      counted("IndicatorList");
      return HttpResponse.json({ data: indicatorList(answers.indicators ?? Object.values(indicators)) });
    }),
    graphql.query(ProfileReferencesDocument, ({ variables }) => {
      counted("ProfileReferences");
      const reference = answers.references?.[variables.indicatorKey] ?? {};
      return HttpResponse.json({
        data: {
          ...(variables.withSelf ? { self: [counts] } : {}),
          ...(variables.withParent ? { parent: [reference.parent ?? counts] } : {}),
          city: [reference.city ?? counts],
        },
      });
    }),
    graphql.query(CompareCityReferenceDocument, ({ variables }) => {
      counted("CompareCityReference");
      return HttpResponse.json({ data: { city: [answers.references?.[variables.indicatorKey]?.city ?? counts] } });
    }),
    graphql.query(ProfileIndexDefinitionsDocument, () => {
      counted("ProfileIndexDefinitions");
      return HttpResponse.json({ data: answers.definitions ?? indexDefinitions() });
    }),
    graphql.query(ProfileIndexResultsDocument, ({ variables }) => {
      counted("ProfileIndexResults");
      const area = {
        __typename: "Area",
        id: `area-${variables.code}`,
        indexResults: answers.indexResults ?? [indexResult()],
      };
      return HttpResponse.json({ data: { area } });
    }),
    graphql.query(ProfileSimilarAreasDocument, () => {
      counted("ProfileSimilarAreas");
      return HttpResponse.json({ data: answers.similar ?? similarAreas([]) });
    }),
    graphql.query(ProfileOffersDocument, () => {
      counted("ProfileOffers");
      return HttpResponse.json({ data: answers.offers ?? noOffers });
    }),
    graphql.query(ProfileCouncilDocument, ({ variables }) => {
      counted("ProfileCouncil");
      const data = answers.council ?? noCouncilData;
      // With its type name the area is the same cache entry as the page's (Area:<id>).
      const area = { ...data.area, __typename: "Area", id: `area-${variables.code}` };
      return HttpResponse.json({ data: { area } });
    }),
    graphql.query(ProfileGoalsDocument, ({ variables }) => {
      counted("ProfileGoals");
      return HttpResponse.json({ data: answers.goals?.(variables.code) ?? noGoals });
    }),
    graphql.query(CompareAreaIndexDocument, () => {
      counted("CompareAreaIndex");
      return HttpResponse.json({
        data: {
          areas: (answers.areaIndex ?? []).map((area) => ({
            __typename: "Area",
            id: `area-${area.code}`,
            code: area.code,
            name: area.name,
            level: area.level,
            parent: area.parent ? { __typename: "Area", id: `parent-${area.code}`, name: area.parent.name } : null,
          })),
        },
      });
    }),
  );
}

export interface CapturedDownloads {
  files: Array<{ name: string; text: () => Promise<string> }>;
  restore: () => void;
}

/**
 * Captures CSV downloads (downloadCsv makes a Blob URL and clicks a link; jsdom has neither
 * object URLs nor downloads) so that tests can read the file. Call `restore` afterwards.
 */
export function captureDownloads(): CapturedDownloads {
  const files: CapturedDownloads["files"] = [];
  const blobs = new Map<string, Blob>();
  const original = {
    create: URL.createObjectURL,
    revoke: URL.revokeObjectURL,
    click: HTMLAnchorElement.prototype.click,
  };
  let counter = 0;
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${counter++}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, text: () => blob.text() });
    else original.click.call(this);
  };
  return {
    files,
    restore: () => {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
      HTMLAnchorElement.prototype.click = original.click;
    },
  };
}
