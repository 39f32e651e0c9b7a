import { graphql, HttpResponse } from "msw";
import {
  OfferAdminListDocument,
  OfferEditorDocument,
  OfferOrganisationOptionsDocument,
} from "../generated/documents/offer.ts";
import type {
  OfferAdminListQueryVariables,
  OfferEditorFieldsFragment,
  OfferListFieldsFragment,
} from "../generated/graphql.ts";
import { graphqlError, testOrganisation } from "./accounts.ts";
import { server } from "./server.ts";

// Fixtures of the offer management pages (dashboard, editor, review).

export const ownOrganisation = testOrganisation(1, "Stadtteilzentrum am Park e. V.");
export const otherOrganisation = testOrganisation(2, "Tafel Kiez e. V.");

export const offerId = (n: number) => `30000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

type Typed<T, Name extends string> = T & { __typename: Name };

export function listOffer(
  n: number,
  fields: Partial<OfferListFieldsFragment> & Pick<OfferListFieldsFragment, "name">,
): Typed<OfferListFieldsFragment, "Offer"> {
  return {
    __typename: "Offer",
    id: offerId(n),
    organisation: ownOrganisation,
    publication: "DRAFT",
    status: "ACTIVE",
    lastVerifiedAt: null,
    verificationDue: true,
    updatedAt: "2026-03-02T10:00:00.000Z",
    archivedAt: null,
    ...fields,
  };
}

export function editorOffer(
  n: number,
  fields: Partial<OfferEditorFieldsFragment> = {},
): Typed<OfferEditorFieldsFragment, "Offer"> {
  return {
    __typename: "Offer",
    id: offerId(n),
    organisation: ownOrganisation,
    name: "Schuldnerberatung im Stadtteilzentrum",
    description: "Beratung bei Schulden, ohne Termin.",
    categories: ["Schuldnerberatung"],
    targetGroups: ["Familien"],
    minAge: 18,
    maxAge: null,
    languages: ["de", "tr"],
    eligibility: null,
    cost: "FREE",
    costDescription: null,
    acceptedSocialPasses: [],
    stepFree: true,
    accessibleToilet: null,
    inductionLoop: false,
    easyLanguage: null,
    accessibilityNote: null,
    capacityAvailable: null,
    capacityMax: null,
    status: "ACTIVE",
    url: null,
    email: null,
    phone: null,
    lastVerifiedAt: null,
    lastVerifiedBy: null,
    verificationDue: true,
    publication: "DRAFT",
    reviewComment: null,
    submittedAt: null,
    publishedAt: null,
    updatedAt: "2026-03-02T10:00:00.000Z",
    archivedAt: null,
    locations: [
      {
        id: "40000000-0000-4000-8000-000000000001",
        name: "Stadtteilzentrum",
        street: "Parkstraße 1",
        postalCode: "10115",
        city: "Berlin",
        latitude: 52.53,
        longitude: 13.38,
        area: { id: "50000000-0000-4000-8000-000000000001", code: "01100101", name: "Stülerstraße" },
      },
    ],
    schedules: [
      {
        id: "60000000-0000-4000-8000-000000000001",
        weekday: 2,
        opensAt: "09:00",
        closesAt: "12:00",
        validFrom: null,
        validUntil: null,
        note: null,
      },
    ],
    ...fields,
  };
}

/**
 * Answers the dashboard's list with the offers matching the publication filter and the
 * organisation, and records every filter asked for.
 */
export function useOfferListHandler(offers: readonly OfferListFieldsFragment[]): OfferAdminListQueryVariables[] {
  const requests: OfferAdminListQueryVariables[] = [];
  server.use(
    graphql.query(OfferAdminListDocument, ({ variables }) => {
      requests.push(variables);
      const filter = variables.filter ?? {};
      const matching = offers.filter(
        (offer) =>
          (!filter.publication || filter.publication.includes(offer.publication)) &&
          (!filter.organisationId || offer.organisation.id === filter.organisationId) &&
          (!filter.search || offer.name.toLowerCase().includes(filter.search.toLowerCase())),
      );
      const connection = {
        __typename: "OfferConnection" as const,
        totalCount: matching.length,
        edges: matching.map((node) => ({ __typename: "OfferEdge" as const, node })),
      };
      return HttpResponse.json({ data: { offers: connection } });
    }),
  );
  return requests;
}

export function useOrganisationOptionsHandler(organisations = [ownOrganisation, otherOrganisation]) {
  const connection = {
    __typename: "OrganisationConnection" as const,
    totalCount: organisations.length,
    edges: organisations.map((node) => ({ __typename: "OrganisationEdge" as const, node })),
  };
  server.use(
    graphql.query(OfferOrganisationOptionsDocument, () => HttpResponse.json({ data: { organisations: connection } })),
  );
}

/** Answers the editor's query for the given offers; other ids are NOT_FOUND. */
export function useOfferEditorHandler(...offers: OfferEditorFieldsFragment[]) {
  server.use(
    graphql.query(OfferEditorDocument, ({ variables }) => {
      const offer = offers.find((candidate) => candidate.id === variables.id);
      return offer
        ? HttpResponse.json({ data: { offer } })
        : graphqlError("NOT_FOUND", `Offer ${variables.id} not found`);
    }),
  );
}
