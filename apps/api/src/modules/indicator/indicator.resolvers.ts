import type { Resolvers } from "../../generated/graphql.ts";
import { notFound } from "../../lib/errors.ts";
import { aggregatedValues } from "./aggregation.service.ts";
import {
  discloseMapValues,
  discloseObservation,
  disclosureRuleOf,
  reasonText,
  ruleToGraphQL,
  seesRawValues,
} from "./disclosure.ts";
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
import { similarAreas } from "./similar-areas.service.ts";

export const indicatorResolvers: Resolvers = {
  Query: {
    indicators: (_, { filter, first, after }, { db }) => listIndicators(db, filter ?? {}, { first, after }),
    indicator: (_, { id }, { db }) => getIndicator(db, id),
    indicatorByKey: (_, { key }, { db }) => getIndicatorByKey(db, key),
    observations: (_, { filter, first, after }, { db }) => listObservations(db, filter ?? {}, { first, after }),
    observation: (_, { id }, { db }) => getObservation(db, id),
    aggregatedValues: async (_, args, ctx) => aggregatedValues(ctx.db, args, await seesRawValues(ctx)),
    similarAreas: (_, args, { db }) => similarAreas(db, args),
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
    disclosure: (indicator) => ruleToGraphQL(disclosureRuleOf(indicator)),
    referenceDates: (indicator, _, { loaders }) => loaders.referenceDatesOfIndicator.load(indicator.id),
    mapValues: async (indicator, { referenceDate, locale }, ctx) =>
      discloseMapValues(
        indicator,
        await ctx.loaders.mapValuesOfIndicator.load(`${indicator.id}|${referenceDate}`),
        locale ?? "DE",
        ctx,
      ),
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
    // Values and counts leave the server only through disclosure control.
    value: async (observation, _, ctx) => (await discloseObservation(observation, ctx)).value,
    numerator: async (observation, _, ctx) => (await discloseObservation(observation, ctx)).numerator,
    denominator: async (observation, _, ctx) => (await discloseObservation(observation, ctx)).denominator,
    disclosure: async (observation, _, ctx) => (await discloseObservation(observation, ctx)).disclosure,
    interval: async (observation, _, ctx) => (await discloseObservation(observation, ctx)).interval,
  },
  ValueDisclosure: {
    reasonText: (disclosure, { locale }) => reasonText(disclosure, locale ?? "DE"),
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
