import { GraphQLScalarType } from "graphql";
import type { Resolvers } from "../../generated/graphql.ts";
import { listAllChanges, listChanges } from "./audit.service.ts";

export const auditResolvers: Resolvers = {
  JSON: new GraphQLScalarType({ name: "JSON", serialize: (value) => value, parseValue: (value) => value }),
  Query: {
    changeLog: (_, { entity, entityId, first }, { db }) => listChanges(db, entity, entityId, first ?? 100),
    changes: (_, { filter, first, after }, { db }) => listAllChanges(db, filter ?? {}, { first, after }),
  },
  ChangeLogEntry: {
    id: (entry) => String(entry.id),
  },
};
