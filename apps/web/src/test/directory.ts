// Offers as the public directory receives them, and MSW handlers that answer every query of
// the directory pages. Tests override parts.
import { graphql, HttpResponse } from "msw";
import {
  DirectoryAreasDocument,
  DirectoryFacetsDocument,
  DirectoryOfferDocument,
  DirectoryOffersDocument,
} from "../generated/documents/directory.ts";
import type {
  DirectoryOfferCardFragment,
  DirectoryOfferQuery,
  DirectoryOffersQueryVariables,
} from "../generated/graphql.ts";
import { squareGeometry } from "./fixtures.ts";
import { server } from "./server.ts";

type CardOffer = DirectoryOfferCardFragment & { __typename: "Offer" };

/** A published offer as a result card shows it; two Neukölln-like squares hold the points. */
export function cardOffer(index: number, overrides: Partial<CardOffer> = {}): CardOffer {
  return {
    __typename: "Offer",
    id: `offer-${index}`,
    name: `Angebot ${index}`,
    categories: ["Sozialberatung"],
    cost: "FREE",
    costDescription: null,
    acceptedSocialPasses: [],
    stepFree: null,
    accessibleToilet: null,
    inductionLoop: null,
    easyLanguage: null,
    status: "ACTIVE",
    isExample: true,
    organisation: { __typename: "Organisation", id: "org-1", name: "Tafel Kiez e. V. (Beispiel)" },
    locations: [
      {
        __typename: "OfferLocation",
        id: `location-${index}`,
        name: null,
        street: `Beispielweg ${index}`,
        postalCode: "12043",
        city: "Berlin",
        latitude: 52.505 + (index % 5) * 0.001,
        longitude: 13.305 + (index % 7) * 0.001,
      },
    ],
    isOpenAt: false,
    ...overrides,
  } as CardOffer;
}

/** The offers found for a filter: all of `offers`, paged by `first` like the API. */
export function offersPage(offers: readonly CardOffer[], variables: DirectoryOffersQueryVariables) {
  const page = offers.slice(0, variables.first);
  return {
    offers: {
      __typename: "OfferConnection" as const,
      totalCount: offers.length,
      pageInfo: {
        __typename: "PageInfo" as const,
        hasNextPage: offers.length > page.length,
        endCursor: page.at(-1)?.id ?? null,
      },
      edges: page.map((offer) => ({
        __typename: "OfferEdge" as const,
        cursor: offer.id,
        node: variables.withDistance ? offer : { ...offer, distanceKm: undefined },
      })),
    },
  };
}

export const districts = [
  { __typename: "Area" as const, id: "area-08", code: "08", name: "Neukölln", geometry: squareGeometry(0, 0) },
  { __typename: "Area" as const, id: "area-01", code: "01", name: "Mitte", geometry: squareGeometry(1, 0) },
];

export const planningAreas = [
  { __typename: "Area" as const, id: "area-08100521", code: "08100521", name: "Rollberg" },
  { __typename: "Area" as const, id: "area-01300730", code: "01300730", name: "Soldiner Straße" },
];

/** A full offer for the detail page. */
export function detailOffer(overrides: Partial<DirectoryOfferQuery["offer"]> = {}): DirectoryOfferQuery["offer"] {
  return {
    __typename: "Offer",
    id: "offer-1",
    name: "Schuldner- und Insolvenzberatung Rollberg (Beispiel)",
    description: "Anerkannte Beratungsstelle: Haushaltsplan, Verhandlung mit Gläubigern.",
    categories: ["Schuldnerberatung", "Sozialberatung"],
    targetGroups: ["Erwerbslose", "Familien"],
    minAge: 18,
    maxAge: null,
    languages: ["de", "tr"],
    eligibility: "Wohnsitz im Bezirk",
    cost: "REDUCED",
    costDescription: "1 € je Termin",
    acceptedSocialPasses: ["berlinpass"],
    stepFree: true,
    accessibleToilet: false,
    inductionLoop: null,
    easyLanguage: null,
    accessibilityNote: "Klingel für die Rampe",
    capacityAvailable: null,
    capacityMax: null,
    status: "ACTIVE",
    url: "https://www.example.org/angebote/schuldner",
    email: "schuldner@example.org",
    phone: "030 23125 300",
    lastVerifiedAt: "2026-03-02T09:00:00.000Z",
    isExample: true,
    isOpenAt: true,
    organisation: {
      __typename: "Organisation",
      id: "org-1",
      name: "Diakonisches Nachbarschaftswerk (Beispiel)",
      website: null,
    },
    locations: [
      {
        __typename: "OfferLocation",
        id: "location-1",
        name: "Beratungsstelle Rollberg",
        street: "Beispielweg 1",
        postalCode: "12049",
        city: "Berlin",
        latitude: 52.505,
        longitude: 13.305,
        area: {
          __typename: "Area",
          id: "area-08100521",
          code: "08100521",
          name: "Rollberg",
          geometry: squareGeometry(0, 0),
        },
      },
    ],
    schedules: [
      {
        __typename: "OfferSchedule",
        id: "s1",
        weekday: 2,
        opensAt: "09:00",
        closesAt: "12:00",
        validFrom: null,
        validUntil: null,
        note: "offene Sprechstunde",
      },
      {
        __typename: "OfferSchedule",
        id: "s2",
        weekday: 4,
        opensAt: "14:00",
        closesAt: "18:00",
        validFrom: null,
        validUntil: null,
        note: null,
      },
    ],
    ...overrides,
  } as DirectoryOfferQuery["offer"];
}

/** The labels the filter selects offer: those of these offers. */
const facetNodes = [
  {
    __typename: "Offer" as const,
    id: "f1",
    categories: ["Sozialberatung", "Kita/Kinderbetreuung"],
    targetGroups: ["Familien", "Kinder"],
    languages: ["de", "tr"],
    acceptedSocialPasses: ["berlinpass"],
  },
  {
    __typename: "Offer" as const,
    id: "f2",
    categories: ["Schuldnerberatung"],
    targetGroups: ["Senioren"],
    languages: ["ar"],
    acceptedSocialPasses: [],
  },
];

const facets = {
  offers: {
    __typename: "OfferConnection" as const,
    edges: facetNodes.map((node) => ({ __typename: "OfferEdge" as const, node })),
  },
};

/**
 * Answers the directory's queries: the offers (every request's variables are recorded in
 * `requests`), the filter choices and the districts. Returns the recorded requests.
 */
export function useDirectoryHandlers(offers: readonly CardOffer[]) {
  const requests: DirectoryOffersQueryVariables[] = [];
  server.use(
    graphql.query(DirectoryOffersDocument, ({ variables }) => {
      requests.push(variables);
      return HttpResponse.json({ data: offersPage(offers, variables) });
    }),
    graphql.query(DirectoryFacetsDocument, () => HttpResponse.json({ data: facets })),
    graphql.query(DirectoryAreasDocument, () => HttpResponse.json({ data: { districts, planningAreas } })),
  );
  return requests;
}

/** Answers the detail query with this offer (or NOT_FOUND for every other id). */
export function useOfferDetailHandler(offer: DirectoryOfferQuery["offer"]) {
  server.use(
    graphql.query(DirectoryOfferDocument, ({ variables }) =>
      variables.id === offer.id
        ? HttpResponse.json({ data: { offer } })
        : HttpResponse.json({
            data: null,
            errors: [{ message: "Offer not found", extensions: { code: "NOT_FOUND" }, path: ["offer"] }],
          }),
    ),
  );
}
