import { currentVersionOf, isVersionEditable } from "@sozialatlas/domain/measure";
import type { Resolvers } from "../../generated/graphql.ts";
import { createGoal, getGoal, listGoals, moveGoal, setGoalArchived, updateGoal } from "./goal.service.ts";
import {
  adoptVersion,
  createDraftVersion,
  createMeasureCatalogue,
  getCatalogueVersion,
  getMeasureCatalogue,
  listMeasureCatalogues,
  setMeasureCatalogueArchived,
  updateMeasureCatalogue,
  updateVersion,
} from "./measure.service.ts";
import {
  createGoalTarget,
  getGoalTarget,
  recordActual,
  recordActuals,
  setActualArchived,
  setGoalTargetArchived,
  statusOfTarget,
  today,
  updateGoalTarget,
} from "./target.service.ts";

/** Rows a loader must find because a foreign key points at them. */
async function required<Row>(row: Promise<Row | null>, what: string): Promise<Row> {
  const found = await row;
  if (found === null) throw new Error(`${what} missing behind a foreign key`);
  return found;
}

const activeUnless = <Row extends { archivedAt: Date | null }>(rows: Row[], includeArchived?: boolean | null) =>
  includeArchived ? rows : rows.filter((row) => row.archivedAt === null);

export const measureResolvers: Resolvers = {
  Query: {
    measureCatalogues: (_, { filter, first, after }, { db }) => listMeasureCatalogues(db, filter, { first, after }),
    measureCatalogue: (_, { id }, { db }) => getMeasureCatalogue(db, id),
    catalogueVersion: (_, { id }, { db }) => getCatalogueVersion(db, id),
    goals: (_, { filter, first, after }, { db }) => listGoals(db, filter, { first, after }),
    goal: (_, { id }, { db }) => getGoal(db, id),
    goalTarget: (_, { id }, { db }) => getGoalTarget(db, id),
  },
  Mutation: {
    createMeasureCatalogue: (_, { input }, { db, actor }) => createMeasureCatalogue(db, actor, input),
    updateMeasureCatalogue: (_, { id, input }, { db, actor }) => updateMeasureCatalogue(db, actor, id, input),
    archiveMeasureCatalogue: (_, { id }, { db, actor }) => setMeasureCatalogueArchived(db, actor, id, true),
    restoreMeasureCatalogue: (_, { id }, { db, actor }) => setMeasureCatalogueArchived(db, actor, id, false),
    createDraftVersion: (_, { catalogueId, fromVersionId }, { db, actor }) =>
      createDraftVersion(db, actor, catalogueId, fromVersionId),
    adoptVersion: (_, { id, adoptedOn, adoptedBy }, { db, actor }) => adoptVersion(db, actor, id, adoptedOn, adoptedBy),
    updateVersion: (_, { id, input }, { db, actor }) => updateVersion(db, actor, id, input),
    createGoal: (_, { input }, { db, actor }) => createGoal(db, actor, input),
    updateGoal: (_, { id, input }, { db, actor }) => updateGoal(db, actor, id, input),
    archiveGoal: (_, { id }, { db, actor }) => setGoalArchived(db, actor, id, true),
    restoreGoal: (_, { id }, { db, actor }) => setGoalArchived(db, actor, id, false),
    moveGoal: (_, { id, parentId, position }, { db, actor }) => moveGoal(db, actor, id, parentId, position),
    createGoalTarget: (_, { input }, { db, actor }) => createGoalTarget(db, actor, input),
    updateGoalTarget: (_, { id, input }, { db, actor }) => updateGoalTarget(db, actor, id, input),
    archiveGoalTarget: (_, { id }, { db, actor }) => setGoalTargetArchived(db, actor, id, true),
    restoreGoalTarget: (_, { id }, { db, actor }) => setGoalTargetArchived(db, actor, id, false),
    recordActual: (_, { targetId, date, value, note }, { db, actor }) =>
      recordActual(db, actor, targetId, { date, value, note }),
    recordActuals: (_, { targetId, actuals }, { db, actor }) => recordActuals(db, actor, targetId, actuals),
    archiveActual: (_, { id }, { db, actor }) => setActualArchived(db, actor, id, true),
    restoreActual: (_, { id }, { db, actor }) => setActualArchived(db, actor, id, false),
  },
  MeasureCatalogue: {
    versions: (catalogue, _, { loaders }) => loaders.catalogueVersionsByCatalogueId.load(catalogue.id),
    currentVersion: async (catalogue, _, { loaders }) =>
      currentVersionOf(await loaders.catalogueVersionsByCatalogueId.load(catalogue.id)),
  },
  CatalogueVersion: {
    catalogue: (version, _, { loaders }) =>
      required(loaders.measureCatalogueById.load(version.catalogueId), "MeasureCatalogue"),
    isEditable: (version) => isVersionEditable(version.status),
    goals: async (version, { includeArchived }, { loaders }) =>
      activeUnless(await loaders.rootGoalsByVersionId.load(version.id), includeArchived),
  },
  Goal: {
    version: (goal, _, { loaders }) => required(loaders.catalogueVersionById.load(goal.versionId), "CatalogueVersion"),
    parent: (goal, _, { loaders }) => (goal.parentId ? loaders.goalById.load(goal.parentId) : null),
    children: async (goal, { includeArchived }, { loaders }) =>
      activeUnless(await loaders.childGoalsByParentId.load(goal.id), includeArchived),
    responsibleOrganisation: (goal, _, { loaders }) =>
      goal.responsibleOrganisationId ? loaders.goalOrganisationById.load(goal.responsibleOrganisationId) : null,
    programme: (goal, _, { loaders }) => (goal.programmeId ? loaders.goalProgrammeById.load(goal.programmeId) : null),
    areas: (goal, _, { loaders }) => loaders.areasByGoalId.load(goal.id),
    targets: async (goal, { includeArchived }, { loaders }) =>
      activeUnless(await loaders.targetsByGoalId.load(goal.id), includeArchived),
  },
  GoalTarget: {
    goal: (target, _, { loaders }) => required(loaders.goalById.load(target.goalId), "Goal"),
    indicator: (target, _, { loaders }) =>
      target.indicatorId ? loaders.targetIndicatorById.load(target.indicatorId) : null,
    actuals: async (target, { includeArchived }, { loaders }) =>
      activeUnless(await loaders.actualsByTargetId.load(target.id), includeArchived),
    status: async (target, { asOf }, { loaders }) =>
      statusOfTarget(target, await loaders.actualsByTargetId.load(target.id), asOf ?? today()),
  },
  TargetActual: {
    target: (actual, _, { loaders }) => required(loaders.goalTargetById.load(actual.targetId), "GoalTarget"),
  },
};
