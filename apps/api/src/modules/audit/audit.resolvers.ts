import { GraphQLScalarType } from "graphql";
import type { Resolvers } from "../../generated/graphql.ts";
import { listChanges } from "./audit.service.ts";

export const auditResolvers: Resolvers = {
  JSON: new GraphQLScalarType({ name: "JSON", serialize: (value) => value, parseValue: (value) => value }),
  Query: {
    changeLog: (_, { entity, entityId, first }, { db }) => listChanges(db, entity, entityId, first ?? 100),
  },
  ChangeLogEntry: {
    id: (entry) => String(entry.id),
  },
};
