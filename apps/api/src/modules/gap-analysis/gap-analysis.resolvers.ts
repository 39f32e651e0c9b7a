import type { Resolvers } from "../../generated/graphql.ts";
import { gapAnalysis } from "./gap-analysis.service.ts";

export const gapAnalysisResolvers: Resolvers = {
  Query: {
    gapAnalysis: (_, { input }, { db }) => gapAnalysis(db, input),
  },
};
