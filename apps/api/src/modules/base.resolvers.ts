import type { Resolvers } from "../generated/graphql.ts";
import { DateScalar, DateTimeScalar } from "../lib/scalars.ts";
import { apiVersion } from "../lib/version.ts";

export const baseResolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    apiVersion: () => apiVersion,
  },
  Mutation: {
    apiVersion: () => apiVersion,
  },
};
