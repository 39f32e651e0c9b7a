import { isOpenAt, isVerificationDue, offerTimeZone } from "@sozialatlas/domain/offer";
import type { Resolvers } from "../../generated/graphql.ts";
import { defaultPageSize } from "../../lib/pagination.ts";
import {
  archiveOffer,
  createOffer,
  getVisibleOffer,
  listOffers,
  nearestDistanceKm,
  publishOffer,
  restoreOffer,
  returnOffer,
  seesEveryStateOf,
  submitOffer,
  updateOffer,
  verifyOffer,
} from "./offer.service.ts";

export const offerResolvers: Resolvers = {
  Query: {
    offers: (_, { filter, first, after }, { db, viewer }) => listOffers(db, viewer, filter ?? {}, { first, after }),
    offer: (_, { id }, { db, viewer }) => getVisibleOffer(db, viewer, id),
  },
  Mutation: {
    createOffer: (_, { input }, { db, actor }) => createOffer(db, actor, input),
    updateOffer: (_, { id, input }, { db, actor }) => updateOffer(db, actor, id, input),
    archiveOffer: (_, { id }, { db, actor }) => archiveOffer(db, actor, id),
    restoreOffer: (_, { id }, { db, actor }) => restoreOffer(db, actor, id),
    verifyOffer: (_, { id }, { db, actor }) => verifyOffer(db, actor, id),
    submitOffer: (_, { id }, { db, actor }) => submitOffer(db, actor, id),
    publishOffer: (_, { id }, { db, actor }) => publishOffer(db, actor, id),
    returnOffer: (_, { id, comment }, { db, actor }) => returnOffer(db, actor, id, comment),
  },
  Organisation: {
    // An explicit `first: null` arrives as null despite the default.
    offers: (organisation, { first }, { loaders, viewer }) =>
      loaders
        .offersByOrganisationId(
          first ?? defaultPageSize,
          seesEveryStateOf(viewer, organisation.id) ? "all" : "published",
        )
        .load(organisation.id),
  },
  Offer: {
    organisation: async (offer, _, { loaders }) => {
      const organisation = await loaders.organisationById.load(offer.organisationId);
      // The foreign key (onDelete: Restrict) keeps every offer's organisation in place.
      if (!organisation) throw new Error(`Organisation ${offer.organisationId} of offer ${offer.id} is missing`);
      return organisation;
    },
    verificationDue: (offer) => isVerificationDue(offer.lastVerifiedAt, new Date()),
    distanceKm: async (offer, { from }, { loaders }) =>
      nearestDistanceKm(await loaders.offerLocationsByOfferId.load(offer.id), from),
    isOpenAt: async (offer, { at }, { loaders }) =>
      isOpenAt(await loaders.offerSchedulesByOfferId.load(offer.id), new Date(at), offerTimeZone),
    locations: (offer, _, { loaders }) => loaders.offerLocationsByOfferId.load(offer.id),
    schedules: (offer, _, { loaders }) => loaders.offerSchedulesByOfferId.load(offer.id),
  },
  OfferLocation: {
    area: (location, _, { loaders }) => (location.areaId ? loaders.areaById.load(location.areaId) : null),
  },
};
