import DataLoader from "dataloader";
import type { Database } from "../../lib/db.ts";
import { groupRows } from "../../lib/group-rows.ts";
import {
  findLocationsOf,
  findOffersOfOrganisations,
  findSchedulesOf,
  type OfferLocationRow,
  type OfferRow,
  type OfferScheduleRow,
} from "./offer.service.ts";

/** Per-request batching: one statement per relation for all offers of a result. */
export function createOfferLoaders(db: Database) {
  // Organisation.offers(first) takes an argument: one loader per page size and scope asked for.
  const offersByPageSize = new Map<string, DataLoader<string, OfferRow[]>>();
  return {
    offerLocationsByOfferId: new DataLoader<string, OfferLocationRow[]>(async (ids) =>
      groupRows(ids, await findLocationsOf(db, ids), (row) => row.offerId),
    ),
    offerSchedulesByOfferId: new DataLoader<string, OfferScheduleRow[]>(async (ids) =>
      groupRows(ids, await findSchedulesOf(db, ids), (row) => row.offerId),
    ),
    /** The first `first` offers in use of each organisation, by name: published ones only, or all. */
    offersByOrganisationId(first: number, scope: "published" | "all"): DataLoader<string, OfferRow[]> {
      const key = `${first}:${scope}`;
      let loader = offersByPageSize.get(key);
      if (!loader) {
        loader = new DataLoader<string, OfferRow[]>(async (ids) =>
          groupRows(
            ids,
            await findOffersOfOrganisations(db, ids, first, scope === "published"),
            (row) => row.organisationId,
          ),
        );
        offersByPageSize.set(key, loader);
      }
      return loader;
    },
  };
}
export type OfferLoaders = ReturnType<typeof createOfferLoaders>;
