// MSW fixtures of the gap analysis: the choices, offers, Stichtage, area shapes and results in
// the shape of apps/api/src/modules/gap-analysis/gap-analysis.graphql.
import { graphql, HttpResponse } from "msw";
import { AreaShapesDocument } from "../generated/documents/area.ts";
import {
  GapAnalysisDocument,
  GapChoicesDocument,
  GapDatesDocument,
  GapOffersDocument,
} from "../generated/documents/gap-analysis.ts";
import type { AreaLevel, GapAnalysisInput, GapAnalysisQuery } from "../generated/graphql.ts";
import type { graphqlError } from "./accounts.ts";
import { testArea } from "./fixtures.ts";
import { server } from "./server.ts";

type AreaGap = GapAnalysisQuery["gapAnalysis"]["areas"][number];

export const gapAreas = [
  testArea("01100101", "Stülerstraße", "PLANUNGSRAUM", 0),
  testArea("01100102", "Großer Tiergarten", "PLANUNGSRAUM", 1),
  testArea("01100103", "Lützowstraße", "PLANUNGSRAUM", 2),
  testArea("01100104", "Körnerstraße", "PLANUNGSRAUM", 3),
];

export const gapDistricts = [testArea("01", "Mitte", "BEZIRK", 0)];

export const gapIndexRun = {
  __typename: "IndexRun" as const,
  id: "run-2021",
  level: "PLANUNGSRAUM" as AreaLevel,
  referenceDate: "2020-12-31",
  label: null,
  definition: { __typename: "IndexDefinition" as const, id: "def-mss", name: "MSS 2021" },
};

export const gapChoices = {
  indicators: {
    __typename: "IndicatorConnection",
    edges: [
      { key: "ew", name: "Einwohnerinnen und Einwohner", topic: "Bevölkerung", unit: "Personen" },
      { key: "ew.u6", name: "Kinder unter 6 Jahren", topic: "Bevölkerung", unit: "Personen" },
      { key: "mss2021.s4", name: "Kinderarmut", topic: "Armut", unit: "%" },
    ].map((indicator) => ({
      __typename: "IndicatorEdge",
      node: { __typename: "Indicator", id: `ind-${indicator.key}`, ...indicator },
    })),
  },
  indexRuns: {
    __typename: "IndexRunConnection",
    edges: [{ __typename: "IndexRunEdge", node: gapIndexRun }],
  },
};

export const gapOffers = {
  offers: {
    __typename: "OfferConnection",
    pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
    edges: [
      { id: "o1", name: "Kita Sonnenschein", categories: ["Kita"], targetGroups: ["Kinder"], lat: 52.505, lon: 13.305 },
      {
        id: "o2",
        name: "Familienberatung Mitte",
        categories: ["Beratung", "Familienzentrum"],
        targetGroups: ["Familien"],
        lat: 52.505,
        lon: 13.325,
      },
    ].map((offer) => ({
      __typename: "OfferEdge",
      node: {
        __typename: "Offer",
        id: offer.id,
        name: offer.name,
        categories: offer.categories,
        targetGroups: offer.targetGroups,
        locations: [{ __typename: "OfferLocation", id: `loc-${offer.id}`, latitude: offer.lat, longitude: offer.lon }],
      },
    })),
  },
};

export const gapFinding = {
  __typename: "ConferenceFinding" as const,
  id: "finding-1",
  kind: "GAP" as const,
  categoryLabel: "Kinderbetreuung",
  description: "Betreuungsplätze fehlen in Nordwest",
  conference: {
    __typename: "Conference" as const,
    id: "conf-1",
    title: "Sozialraumkonferenz Mitte",
    date: "2025-03-12",
  },
};

function areaGap(
  index: number,
  fields: Partial<Omit<AreaGap, "area" | "findings">> & { findings?: (typeof gapFinding)[] } = {},
) {
  const area = gapAreas[index];
  if (!area) throw new Error(`no test area ${index}`);
  return {
    __typename: "AreaGap",
    findings: [] as (typeof gapFinding)[],
    area: { __typename: "Area", id: area.id, code: area.code, name: area.name },
    targetPopulation: 1000,
    supply: 1,
    supplyRate: 10,
    offersInReach: 1,
    need: 10,
    needClass: 2,
    supplyClass: 2,
    gapScore: 0,
    rank: null,
    ...fields,
  };
}

/** A baseline: Lützowstraße has the largest gap, Körnerstraße no data. Ordered by rank as the API does. */
export function gapResult(input: GapAnalysisInput) {
  const scenario = input.hypotheticalOffers ?? [];
  const extra = scenario.reduce((sum, offer) => sum + (offer.places ?? 1), 0);
  const areas = [
    areaGap(2, {
      targetPopulation: 2000,
      supply: 0.5 + extra,
      supplyRate: ((0.5 + extra) / 2000) * (input.per ?? 10000),
      offersInReach: 1 + scenario.length,
      need: 31.5,
      needClass: 3,
      supplyClass: scenario.length > 0 ? 3 : 1,
      gapScore: scenario.length > 0 ? -0.2 : 0.75,
      rank: scenario.length > 0 ? 3 : 1,
      findings: [gapFinding],
    }),
    areaGap(0, {
      targetPopulation: 1500,
      supply: 1,
      supplyRate: (1 / 1500) * (input.per ?? 10000),
      offersInReach: 2,
      need: 20.25,
      needClass: 2,
      supplyClass: 2,
      gapScore: 0.1,
      rank: scenario.length > 0 ? 1 : 2,
    }),
    areaGap(1, {
      targetPopulation: 300,
      supply: 0.5,
      supplyRate: (0.5 / 300) * (input.per ?? 10000),
      offersInReach: 1,
      need: 2.5,
      needClass: 1,
      supplyClass: 3,
      gapScore: -0.6,
      rank: scenario.length > 0 ? 2 : 3,
    }),
    areaGap(3, {
      targetPopulation: null,
      supply: 0,
      supplyRate: null,
      offersInReach: 0,
      need: null,
      needClass: null,
      supplyClass: null,
      gapScore: null,
      rank: null,
    }),
  ];
  return {
    __typename: "GapAnalysis",
    level: input.level ?? "PLANUNGSRAUM",
    date: input.date ?? "2020-12-31",
    supplyMeasure: input.supplyMeasure ?? "OFFERS",
    per: input.per ?? 10000,
    radiusKm: input.radiusKm ?? 1,
    populationIndicator: {
      __typename: "Indicator",
      id: `ind-${input.populationIndicatorKey ?? "ew"}`,
      key: input.populationIndicatorKey ?? "ew",
      name: "Einwohnerinnen und Einwohner",
    },
    needIndicator: input.needIndicatorKey
      ? {
          __typename: "Indicator",
          id: `ind-${input.needIndicatorKey}`,
          key: input.needIndicatorKey,
          name: "Kinderarmut",
          polarity: "HIGHER_IS_WORSE" as const,
        }
      : null,
    needIndexRun: input.needIndexRunId ? gapIndexRun : null,
    offerCount: 2 + scenario.length,
    offersWithoutCapacity: input.supplyMeasure === "PLACES" ? 1 : 0,
    overallSupplyRate: 2 * ((input.per ?? 10000) / 3800),
    areas,
  };
}

function populationDates(key: string) {
  return { __typename: "Indicator", id: `ind-${key}`, referenceDates: ["2020-12-31", "2019-12-31"] };
}

export interface GapHandlers {
  /** Inputs of every gapAnalysis request, in order. */
  inputs: GapAnalysisInput[];
}

/** Answers every query of the page; `answer` may replace the result (e.g. an error). */
export function serveGapApi(
  answer: (input: GapAnalysisInput) => ReturnType<typeof graphqlError> | undefined = () => undefined,
): GapHandlers {
  const handlers: GapHandlers = { inputs: [] };
  server.use(
    graphql.query(GapChoicesDocument, () => HttpResponse.json({ data: gapChoices })),
    graphql.query(GapOffersDocument, () => HttpResponse.json({ data: gapOffers })),
    graphql.query(GapDatesDocument, ({ variables }) =>
      HttpResponse.json({ data: { indicatorByKey: populationDates(variables.key) } }),
    ),
    graphql.query(AreaShapesDocument, ({ variables }) =>
      HttpResponse.json({ data: { areas: variables.level === "BEZIRK" ? gapDistricts : gapAreas } }),
    ),
    graphql.query(GapAnalysisDocument, ({ variables }) => {
      handlers.inputs.push(variables.input);
      return answer(variables.input) ?? HttpResponse.json({ data: { gapAnalysis: gapResult(variables.input) } });
    }),
  );
  return handlers;
}
