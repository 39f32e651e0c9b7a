import type { Resolvers } from "../../generated/graphql.ts";
import { notFound } from "../../lib/errors.ts";
import {
  archiveIndicator,
  createIndicator,
  getIndicator,
  getIndicatorByKey,
  listIndicators,
  restoreIndicator,
  updateIndicator,
} from "./indicator.service.ts";
import {
  archiveObservation,
  createObservation,
  getObservation,
  listObservations,
  restoreObservation,
  updateObservation,
  upsertObservations,
} from "./observation.service.ts";

export const indicatorResolvers: Resolvers = {
  Query: {
    indicators: (_, { filter, first, after }, { db }) => listIndicators(db, filter ?? {}, { first, after }),
    indicator: (_, { id }, { db }) => getIndicator(db, id),
    indicatorByKey: (_, { key }, { db }) => getIndicatorByKey(db, key),
    observations: (_, { filter, first, after }, { db }) => listObservations(db, filter ?? {}, { first, after }),
    observation: (_, { id }, { db }) => getObservation(db, id),
  },
  Mutation: {
    createIndicator: (_, { input }, { db, actor }) => createIndicator(db, actor, input),
    updateIndicator: (_, { id, input }, { db, actor }) => updateIndicator(db, actor, id, input),
    archiveIndicator: (_, { id }, { db, actor }) => archiveIndicator(db, actor, id),
    restoreIndicator: (_, { id }, { db, actor }) => restoreIndicator(db, actor, id),
    createObservation: (_, { input }, { db, actor }) => createObservation(db, actor, input),
    updateObservation: (_, { id, input }, { db, actor }) => updateObservation(db, actor, id, input),
    archiveObservation: (_, { id }, { db, actor }) => archiveObservation(db, actor, id),
    restoreObservation: (_, { id }, { db, actor }) => restoreObservation(db, actor, id),
    upsertObservations: (_, { rows }, { db, actor }) => upsertObservations(db, actor, rows),
  },
  Indicator: {
    observations: (indicator, { areaCodes, referenceDate }, { loaders }) =>
      loaders.observationsOfIndicator.load({
        indicatorId: indicator.id,
        areaCodes: areaCodes ?? null,
        referenceDate: referenceDate ?? null,
      }),
  },
  Observation: {
    // Foreign keys guarantee both rows; a miss would mean a broken database, not bad input.
    indicator: async (observation, _, { loaders }) =>
      (await loaders.indicatorById.load(observation.indicatorId)) ??
      Promise.reject(notFound("Indicator", observation.indicatorId)),
    area: async (observation, _, { loaders }) =>
      (await loaders.areaById.load(observation.areaId)) ?? Promise.reject(notFound("Area", observation.areaId)),
  },
  Area: {
    observations: (area, { indicatorKeys, referenceDate }, { loaders }) =>
      loaders.observationsOfArea.load({
        areaId: area.id,
        indicatorKeys: indicatorKeys ?? null,
        referenceDate: referenceDate ?? null,
      }),
  },
};
