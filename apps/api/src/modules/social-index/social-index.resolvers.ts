import { exclusionReasonText, methodSheet } from "@sozialatlas/domain/social-index";
import type { Resolvers } from "../../generated/graphql.ts";
import type { Area as AreaRow } from "../../generated/prisma/client.ts";
import { notFound } from "../../lib/errors.ts";
import { paginate } from "../../lib/pagination.ts";
import { classChangesBetween } from "./class-changes.ts";
import {
  dynamicsClassName,
  exclusionReasonName,
  localeOf,
  statusClassName,
  storedExclusionReason,
} from "./index-classes.ts";
import {
  archiveIndexDefinition,
  createIndexDefinition,
  definitionOf,
  getIndexDefinition,
  getIndexDefinitionRowByKey,
  listIndexDefinitions,
  restoreIndexDefinition,
  snapshotOf,
  updateIndexDefinition,
} from "./index-definition.service.ts";
import {
  createIndexRun,
  getIndexRun,
  indexClassChanges,
  listIndexRuns,
  listRunResults,
  previousRunOf,
} from "./index-run.service.ts";

/** A page of a list that is already in memory (a definition's runs), with the usual cursors. */
const pageOf = <Node extends { id: string }>(
  nodes: readonly Node[],
  page: { first?: number | null; after?: string | null },
) =>
  paginate(
    page,
    async ({ take, afterId }) => {
      if (afterId === undefined) return nodes.slice(0, take);
      const position = nodes.findIndex((node) => node.id === afterId);
      return position === -1 ? [] : nodes.slice(position + 1, position + 1 + take);
    },
    async () => nodes.length,
  );

// Foreign keys guarantee the referenced rows; a miss means a broken database, not bad input.
const present =
  <Row>(entity: string, id: string) =>
  (row: Row | null) =>
    row ?? Promise.reject(notFound(entity, id));

export const socialIndexResolvers: Resolvers = {
  Query: {
    indexDefinitions: (_, { filter, first, after }, { db }) => listIndexDefinitions(db, filter ?? {}, { first, after }),
    indexDefinition: (_, { id }, { db }) => getIndexDefinition(db, id),
    indexDefinitionByKey: (_, { key }, { db }) => getIndexDefinitionRowByKey(db, key),
    indexRuns: (_, { filter, first, after }, { db }) => listIndexRuns(db, filter ?? {}, { first, after }),
    indexRun: (_, { id }, { db }) => getIndexRun(db, id),
    indexClassChanges: (_, { fromRunId, toRunId }, { db }) => indexClassChanges(db, fromRunId, toRunId),
  },
  Mutation: {
    createIndexDefinition: (_, { input }, { db, actor }) => createIndexDefinition(db, actor, input),
    updateIndexDefinition: (_, { id, input }, { db, actor }) => updateIndexDefinition(db, actor, id, input),
    archiveIndexDefinition: (_, { id }, { db, actor }) => archiveIndexDefinition(db, actor, id),
    restoreIndexDefinition: (_, { id }, { db, actor }) => restoreIndexDefinition(db, actor, id),
    runIndex: (_, args, { db, actor }) => createIndexRun(db, actor, args),
  },
  IndexDefinition: {
    status: (row) => definitionOf(row).status,
    dynamics: (row) => definitionOf(row).dynamics,
    standardisation: (row) => (definitionOf(row).standardisation === "sameDate" ? "SAME_DATE" : "BASE_DATE"),
    baseDate: (row) => {
      const basis = definitionOf(row).standardisation;
      return basis === "sameDate" ? null : basis.baseDate;
    },
    minPopulation: (row) => definitionOf(row).minPopulation,
    excludedAreaCodes: (row) => definitionOf(row).excludedAreaCodes,
    excludedAreas: async (row, _, { loaders }) => {
      const areas = await loaders.indexAreaByCode.loadMany(definitionOf(row).excludedAreaCodes);
      return areas
        .filter((area): area is AreaRow => area !== null && !(area instanceof Error))
        .sort((a, b) => a.code.localeCompare(b.code));
    },
    methodSheet: (row, { locale }) => methodSheet(definitionOf(row), localeOf(locale)),
    runs: async (row, page, { loaders }) => pageOf(await loaders.indexRunsOfDefinition.load(row.id), page),
    latestRun: async (row, { level }, { loaders }) =>
      (await loaders.indexRunsOfDefinition.load(row.id)).find((run) => !level || run.level === level) ?? null,
  },
  IndexIndicator: {
    indicator: (spec, _, { loaders }) =>
      loaders.indexIndicatorByKey.load(spec.indicatorKey).then(present("Indicator", spec.indicatorKey)),
  },
  IndexRun: {
    definition: (run, _, { loaders }) =>
      loaders.indexDefinitionById.load(run.definitionId).then(present("Index definition", run.definitionId)),
    definitionKey: (run) => snapshotOf(run).key,
    name: (run) => snapshotOf(run).name,
    statistics: (run) => {
      const definition = snapshotOf(run);
      const statistics = run.statistics as {
        indicators: Record<string, { mean: number; sd: number }>;
        statusSum: { mean: number; sd: number };
        dynamicsSum: { mean: number; sd: number } | null;
      };
      const keys = [
        ...definition.status.indicators.map((indicator) => indicator.indicatorKey),
        ...(definition.dynamics?.indicators.map((indicator) => indicator.indicatorKey) ?? []),
      ];
      return {
        indicators: keys.flatMap((indicatorKey) => {
          const standardisation = statistics.indicators[indicatorKey];
          return standardisation ? [{ indicatorKey, ...standardisation }] : [];
        }),
        statusSum: statistics.statusSum,
        dynamicsSum: statistics.dynamicsSum,
      };
    },
    methodSheet: (run, { locale }) => methodSheet(snapshotOf(run), localeOf(locale)),
    previousRun: async (run, _, { loaders }) =>
      previousRunOf(run, await loaders.indexRunsOfDefinition.load(run.definitionId)),
    classChanges: async (run, _, { loaders }) => {
      const previous = previousRunOf(run, await loaders.indexRunsOfDefinition.load(run.definitionId));
      if (!previous) return [];
      const [before, after] = await Promise.all([
        loaders.indexResultsOfRun.load(previous.id),
        loaders.indexResultsOfRun.load(run.id),
      ]);
      return classChangesBetween(before, after);
    },
    results: (run, { filter, orderBy, first, after }, { db }) =>
      listRunResults(db, run.id, filter ?? {}, orderBy ?? "RANK", { first, after }),
  },
  IndexResult: {
    run: (result, _, { loaders }) => loaders.indexRunById.load(result.runId).then(present("Index run", result.runId)),
    area: (result, _, { loaders }) => loaders.areaById.load(result.areaId).then(present("Area", result.areaId)),
    statusClass: (result) => statusClassName(result.statusClass),
    statusClassNumber: (result) => result.statusClass,
    dynamicsClass: (result) => dynamicsClassName(result.dynamicsClass),
    excludedReason: (result) => exclusionReasonName(result.excludedReason),
    excludedReasonText: async (result, { locale }, { loaders }) => {
      const reason = storedExclusionReason(result.excludedReason);
      if (reason === null) return null;
      const run = await loaders.indexRunById.load(result.runId).then(present("Index run", result.runId));
      return exclusionReasonText(reason, snapshotOf(run), localeOf(locale));
    },
  },
  IndexClassChange: {
    area: (change, _, { loaders }) => loaders.areaById.load(change.areaId).then(present("Area", change.areaId)),
  },
  Area: {
    indexResults: (area, { definitionKey, level }, { loaders }) =>
      loaders.indexResultsOfArea.load({ areaId: area.id, definitionKey, level: level ?? null }),
  },
};
