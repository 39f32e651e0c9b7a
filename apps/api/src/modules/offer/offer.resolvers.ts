import { isVerificationDue } from "@sozialatlas/domain/offer";
import type { Resolvers } from "../../generated/graphql.ts";
import { defaultPageSize } from "../../lib/pagination.ts";
import {
  archiveOffer,
  createOffer,
  getOffer,
  listOffers,
  restoreOffer,
  updateOffer,
  verifyOffer,
} from "./offer.service.ts";

export const offerResolvers: Resolvers = {
  Query: {
    offers: (_, { filter, first, after }, { db }) => listOffers(db, filter ?? {}, { first, after }),
    offer: (_, { id }, { db }) => getOffer(db, id),
  },
  Mutation: {
    createOffer: (_, { input }, { db, actor }) => createOffer(db, actor, input),
    updateOffer: (_, { id, input }, { db, actor }) => updateOffer(db, actor, id, input),
    archiveOffer: (_, { id }, { db, actor }) => archiveOffer(db, actor, id),
    restoreOffer: (_, { id }, { db, actor }) => restoreOffer(db, actor, id),
    verifyOffer: (_, { id }, { db, actor }) => verifyOffer(db, actor, id),
  },
  Organisation: {
    // An explicit `first: null` arrives as null despite the default.
    offers: (organisation, { first }, { loaders }) =>
      loaders.offersByOrganisationId(first ?? defaultPageSize).load(organisation.id),
  },
  Offer: {
    organisation: async (offer, _, { loaders }) => {
      const organisation = await loaders.organisationById.load(offer.organisationId);
      // The foreign key (onDelete: Restrict) keeps every offer's organisation in place.
      if (!organisation) throw new Error(`Organisation ${offer.organisationId} of offer ${offer.id} is missing`);
      return organisation;
    },
    verificationDue: (offer) => isVerificationDue(offer.lastVerifiedAt, new Date()),
    locations: (offer, _, { loaders }) => loaders.offerLocationsByOfferId.load(offer.id),
    schedules: (offer, _, { loaders }) => loaders.offerSchedulesByOfferId.load(offer.id),
  },
  OfferLocation: {
    area: (location, _, { loaders }) => (location.areaId ? loaders.areaById.load(location.areaId) : null),
  },
};
