// Fixtures for the indicator pages: definitions, observations and aggregated values shaped as
// the API answers them (MSS 2021 style: shares without counts, so larger areas are
// COUNTS_MISSING), and MSW handlers that answer the explorer's queries from them.
import { delay, graphql, HttpResponse } from "msw";
import {
  ExplorerAreasDocument,
  ExplorerObservationsDocument,
  ExplorerReferenceDocument,
  IndicatorCatalogueDocument,
} from "../generated/documents/indicator.ts";
import type { AggregationStatus, AreaLevel, IndicatorDefinitionFieldsFragment } from "../generated/graphql.ts";
import { server } from "./server.ts";

export type TestIndicator = IndicatorDefinitionFieldsFragment & { __typename: "Indicator" };

export const mssLicence = "CC BY 3.0 DE / dl-de/by-2-0, Amt für Statistik Berlin-Brandenburg";
export const mssSource = "SenSBW: Monitoring Soziale Stadtentwicklung 2021, Index-Indikatoren je Planungsraum";

const rule = { __typename: "DisclosureRule" as const, minCount: 3, minPopulation: 300, rounding: "NONE" as const };

export function testIndicator(
  key: string,
  fields: Partial<IndicatorDefinitionFieldsFragment> & Pick<IndicatorDefinitionFieldsFragment, "name">,
): TestIndicator {
  return {
    __typename: "Indicator",
    id: `30000000-0000-4000-8000-${key
      .replace(/[^0-9a-z]/g, "")
      .padStart(12, "0")
      .slice(-12)}`,
    key,
    description: `${fields.name} je 100 Einwohnerinnen und Einwohner, am 31.12.2020.`,
    unit: "%",
    polarity: "HIGHER_IS_WORSE",
    numeratorDefinition: null,
    denominatorDefinition: null,
    topic: "Arbeit",
    source: mssSource,
    licence: mssLicence,
    decimals: 2,
    isExample: false,
    updatedAt: "2026-01-15T09:30:00.000Z",
    disclosure: rule,
    ...fields,
  };
}

export const unemployment = testIndicator("mss2021.s1", {
  name: "Arbeitslosigkeit",
  numeratorDefinition: "Arbeitslose nach SGB II",
  denominatorDefinition: "Einwohnerinnen und Einwohner von 15 Jahren bis zum Rentenalter",
});
export const childPoverty = testIndicator("mss2021.s4", { name: "Kinderarmut", topic: "Armut" });
export const residents = testIndicator("ew", {
  name: "Einwohnerinnen und Einwohner",
  unit: "Personen",
  polarity: "NEUTRAL",
  topic: "Bevölkerung",
  decimals: 0,
});
export const catalogue = [childPoverty, residents, unemployment];

const berlin = {
  __typename: "Area" as const,
  id: "area-11000000",
  code: "11000000",
  name: "Berlin",
  level: "STADT" as const,
};
const districts = {
  "01": { __typename: "Area" as const, id: "area-01", code: "01", name: "Mitte", level: "BEZIRK" as const },
  "02": {
    __typename: "Area" as const,
    id: "area-02",
    code: "02",
    name: "Friedrichshain-Kreuzberg",
    level: "BEZIRK" as const,
  },
};

/** Six Planungsräume in two Bezirke. */
export const planungsraeume = [
  ["01100101", "Stülerstraße"],
  ["01100102", "Großer Tiergarten"],
  ["01100103", "Lützowstraße"],
  ["02100101", "Askanischer Platz"],
  ["02100102", "Mehringplatz"],
  ["02100103", "Moritzplatz"],
].map(([code = "", name = ""]) => ({
  __typename: "Area" as const,
  id: `area-${code}`,
  code,
  name,
  level: "PLANUNGSRAUM" as const,
  ancestors: [berlin, code.startsWith("01") ? districts["01"] : districts["02"]],
}));

export const bezirke = Object.values(districts).map((district) => ({ ...district, ancestors: [berlin] }));

export const smallPopulation = "Geheimhaltung: weniger als 300 Einwohnerinnen und Einwohner im Gebiet";
export const invalidInSource = "ungültig (EW unter 300)";

type Cell = number | { missing: string } | { suppressed: string };

function observation(key: string, code: string, level: AreaLevel, date: string, cell: Cell) {
  const suppressed = typeof cell === "object" && "suppressed" in cell;
  return {
    __typename: "Observation" as const,
    id: `obs-${key}-${code}-${date}`,
    referenceDate: date,
    value: typeof cell === "number" ? cell : null,
    missingReason: typeof cell === "object" && "missing" in cell ? cell.missing : null,
    area: { __typename: "Area" as const, id: `area-${code}`, code, level },
    disclosure: {
      __typename: "ValueDisclosure" as const,
      status: suppressed ? ("SUPPRESSED" as const) : ("PUBLISHED" as const),
      reason: suppressed ? ("SMALL_POPULATION" as const) : null,
      reasonText: suppressed ? cell.suppressed : null,
    },
  };
}

/** Values by indicator key, Stichtag and area code (Planungsräume). */
export const values: Record<string, Record<string, Record<string, Cell>>> = {
  "mss2021.s1": {
    "2020-12-31": {
      "01100101": 3.25,
      "01100102": { missing: invalidInSource },
      "01100103": 7.5,
      "02100101": 5.1,
      "02100102": 12.4,
      "02100103": 9,
    },
  },
  "mss2021.s4": {
    "2018-12-31": {
      "01100101": 22.75,
      "01100102": 30.5,
      "01100103": 37,
      "02100101": 29.25,
      "02100102": 63.5,
      "02100103": 47.25,
    },
    "2020-12-31": {
      "01100101": 20.5,
      "01100102": { suppressed: smallPopulation },
      "01100103": 35.2,
      "02100101": 28,
      "02100102": 61.3,
      "02100103": 44.1,
    },
  },
  ew: {},
};

export function observationsOf(key: string) {
  return Object.entries(values[key] ?? {}).flatMap(([date, byCode]) =>
    Object.entries(byCode).map(([code, cell]) => observation(key, code, "PLANUNGSRAUM", date, cell)),
  );
}

function aggregate(area: { code: string; name: string }, status: AggregationStatus, value: number | null = null) {
  return {
    __typename: "AggregatedValue" as const,
    area: { __typename: "Area" as const, id: `area-${area.code}`, code: area.code, name: area.name },
    status,
    value,
    partCount: 3,
    missingPartCount: status === "OK" ? 0 : 3,
    disclosure: {
      __typename: "ValueDisclosure" as const,
      status: "PUBLISHED" as const,
      reason: null,
      reasonText: null,
    },
  };
}

/** The catalogue of every indicator (picker, topics of the form). */
export function catalogueHandler() {
  return graphql.query(IndicatorCatalogueDocument, () => {
    const indicators = {
      __typename: "IndicatorConnection" as const,
      totalCount: catalogue.length,
      edges: catalogue.map((node) => ({ __typename: "IndicatorEdge" as const, node })),
    };
    return HttpResponse.json({ data: { indicators } });
  });
}

export interface ExplorerHandlerOptions {
  /** Answers of the observation query by key: an error message, or "never" to stay loading. */
  observations?: Record<string, "error" | "never">;
}

/**
 * The explorer's queries answered from the fixtures: the catalogue, the areas of a level, the
 * stored values and the reference values (shares without counts: COUNTS_MISSING).
 */
export function useExplorerHandlers(options: ExplorerHandlerOptions = {}) {
  const requests = { observations: [] as string[] };
  server.use(
    catalogueHandler(),
    graphql.query(ExplorerAreasDocument, ({ variables }) =>
      HttpResponse.json({
        data: {
          areas: variables.level === "BEZIRK" ? bezirke : variables.level === "PLANUNGSRAUM" ? planungsraeume : [],
        },
      }),
    ),
    graphql.query(ExplorerObservationsDocument, async ({ variables }) => {
      requests.observations.push(variables.key);
      const special = options.observations?.[variables.key];
      if (special === "never") await delay("infinite");
      if (special === "error") return HttpResponse.json({ errors: [{ message: "database unavailable" }] });
      const indicator = catalogue.find((entry) => entry.key === variables.key);
      const indicatorByKey = {
        __typename: "Indicator" as const,
        id: indicator?.id ?? variables.key,
        key: variables.key,
        observations: observationsOf(variables.key),
      };
      return HttpResponse.json({ data: { indicatorByKey } });
    }),
    graphql.query(ExplorerReferenceDocument, ({ variables }) => {
      const districtAnswers = [variables.districtCodes].flat().flatMap((code) => {
        const district = code === "01" || code === "02" ? districts[code] : undefined;
        return district ? [aggregate(district, "COUNTS_MISSING")] : [];
      });
      const levelValues = (variables.level === "BEZIRK" ? bezirke : []).map((area) =>
        aggregate(area, "COUNTS_MISSING"),
      );
      return HttpResponse.json({
        data: {
          city: [aggregate(berlin, "COUNTS_MISSING")],
          districts: districtAnswers,
          ...(variables.withLevel ? { levelValues } : {}),
        },
      });
    }),
  );
  return requests;
}
