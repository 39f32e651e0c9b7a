import DataLoader from "dataloader";
import type { Database } from "../../lib/db.ts";
import {
  findActualsOfTargets,
  findAreasOfGoals,
  findCataloguesByIds,
  findChildGoals,
  findGoalsByIds,
  findIndicatorsByIds,
  findOrganisationsByIds,
  findProgrammesByIds,
  findRootGoalsOfVersions,
  findTargetsByIds,
  findTargetsOfGoals,
  findVersionsByIds,
  findVersionsOfCatalogues,
} from "./measure.service.ts";

function byId<Row extends { id: string }>(fetch: (ids: readonly string[]) => Promise<Row[]>) {
  return new DataLoader<string, Row | null>(async (ids) => {
    const rows = new Map((await fetch(ids)).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** Rows come ordered from the database; grouping keeps that order within each key. */
function grouped<Row, Value = Row>(
  fetch: (keys: readonly string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string | null,
  pick: (row: Row) => Value = (row) => row as unknown as Value,
) {
  return new DataLoader<string, Value[]>(async (keys) => {
    const groups = new Map<string, Value[]>();
    for (const row of await fetch(keys)) {
      const key = keyOf(row);
      if (key !== null) groups.set(key, [...(groups.get(key) ?? []), pick(row)]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * Per-request batching for the catalogue tree: one statement per level of a nested query,
 * however many goals, targets and actuals it reaches. Organisations, programmes and
 * indicators are read here too, so this module does not depend on theirs.
 */
export function createMeasureLoaders(db: Database) {
  return {
    measureCatalogueById: byId((ids) => findCataloguesByIds(db, ids)),
    catalogueVersionById: byId((ids) => findVersionsByIds(db, ids)),
    catalogueVersionsByCatalogueId: grouped(
      (ids) => findVersionsOfCatalogues(db, ids),
      (version) => version.catalogueId,
    ),
    goalById: byId((ids) => findGoalsByIds(db, ids)),
    rootGoalsByVersionId: grouped(
      (ids) => findRootGoalsOfVersions(db, ids),
      (goal) => goal.versionId,
    ),
    childGoalsByParentId: grouped(
      (ids) => findChildGoals(db, ids),
      (goal) => goal.parentId,
    ),
    areasByGoalId: grouped(
      (ids) => findAreasOfGoals(db, ids),
      (link) => link.goalId,
      (link) => link.area,
    ),
    goalTargetById: byId((ids) => findTargetsByIds(db, ids)),
    targetsByGoalId: grouped(
      (ids) => findTargetsOfGoals(db, ids),
      (target) => target.goalId,
    ),
    actualsByTargetId: grouped(
      (ids) => findActualsOfTargets(db, ids),
      (actual) => actual.targetId,
    ),
    goalOrganisationById: byId((ids) => findOrganisationsByIds(db, ids)),
    goalProgrammeById: byId((ids) => findProgrammesByIds(db, ids)),
    targetIndicatorById: byId((ids) => findIndicatorsByIds(db, ids)),
  };
}
