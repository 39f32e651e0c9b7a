import type { Resolvers } from "../../generated/graphql.ts";
import { exportOffers, importOffers } from "./offer-exchange.service.ts";

/** Export and import of an organisation's offers as CSV or HSDS JSON files. */
export const offerExchangeResolvers: Resolvers = {
  Query: {
    offerExport: (_, { organisationId, format }, { db }) => exportOffers(db, organisationId, format),
  },
  Mutation: {
    importOffers: (_, { organisationId, format, content, dryRun }, { db, actor }) =>
      importOffers(db, actor, { organisationId, format, content, dryRun }),
  },
};
