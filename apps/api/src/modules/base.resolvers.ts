import type { Resolvers } from "../generated/graphql.ts";
import { apiVersion } from "../lib/version.ts";

export const baseResolvers: Resolvers = {
  Query: {
    apiVersion: () => apiVersion,
  },
};
