// Measure catalogues and their versions, plus what goals and targets share: the version
// rules (only drafts change), dense sibling positions and the batch reads of the loaders.
import { randomUUID } from "node:crypto";
import {
  adoptVersionInputSchema,
  catalogueVersionInputSchema,
  currentVersionOf,
  goalLevels,
  isVersionEditable,
  measureCatalogueInputSchema,
  nextVersionNumber,
} from "@sozialatlas/domain/measure";
import type {
  CatalogueVersion as CatalogueVersionRow,
  Goal as GoalRow,
  GoalTarget as GoalTargetRow,
  MeasureCatalogue as MeasureCatalogueRow,
  Prisma,
  TargetActual as TargetActualRow,
} from "../../generated/prisma/client.ts";
import { recordChange } from "../../lib/change-log.ts";
import type { Database } from "../../lib/db.ts";
import { DomainError, notFound } from "../../lib/errors.ts";
import { assertId } from "../../lib/ids.ts";
import { cursorArgs, type PageArgs, paginate } from "../../lib/pagination.ts";
import { toDbDate } from "../../lib/scalars.ts";
import { invalidInput, parseInput } from "../../lib/validation.ts";

export type { CatalogueVersionRow, GoalRow, GoalTargetRow, MeasureCatalogueRow, TargetActualRow };
export type Tx = Prisma.TransactionClient;

/** A `@db.Date` value as the `YYYY-MM-DD` the domain rules and the change log use. */
export const dateOnly = (date: Date) => date.toISOString().slice(0, 10);

export function conflict(message: string): DomainError {
  return new DomainError("CONFLICT", message);
}

// ---------------------------------------------------------------------------------------
// Catalogues

export interface MeasureCatalogueFilter {
  search?: string | null;
  includeArchived?: boolean | null;
}

export async function listMeasureCatalogues(
  db: Database,
  filter: MeasureCatalogueFilter | null | undefined,
  page: PageArgs,
) {
  const search = filter?.search?.trim();
  const where: Prisma.MeasureCatalogueWhereInput = {
    archivedAt: filter?.includeArchived ? undefined : null,
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: "insensitive" } },
            { description: { contains: search, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  return paginate(
    page,
    (p) => {
      const args: Prisma.MeasureCatalogueFindManyArgs = {
        where,
        orderBy: [{ name: "asc" }, { id: "asc" }],
        ...cursorArgs(p),
      };
      return db.prisma.measureCatalogue.findMany(args);
    },
    () => db.prisma.measureCatalogue.count({ where }),
  );
}

export async function getMeasureCatalogue(db: Database, id: string): Promise<MeasureCatalogueRow> {
  const catalogue = await db.prisma.measureCatalogue.findUnique({ where: { id: assertId("MeasureCatalogue", id) } });
  if (!catalogue) throw notFound("MeasureCatalogue", id);
  return catalogue;
}

const catalogueSnapshot = (catalogue: MeasureCatalogueRow) => ({
  name: catalogue.name,
  description: catalogue.description,
  isExample: catalogue.isExample,
});

const versionSnapshot = (version: CatalogueVersionRow) => ({
  catalogueId: version.catalogueId,
  number: version.number,
  label: version.label,
  status: version.status,
  adoptedOn: version.adoptedOn ? dateOnly(version.adoptedOn) : null,
  adoptedBy: version.adoptedBy,
});

/** Creates a catalogue and its version 1 as an empty draft, so there is always something to edit. */
export async function createMeasureCatalogue(
  db: Database,
  actor: string,
  input: unknown,
  options: { isExample?: boolean } = {},
): Promise<MeasureCatalogueRow> {
  const data = parseInput(measureCatalogueInputSchema, input);
  return db.prisma.$transaction(async (tx) => {
    const catalogue = await tx.measureCatalogue.create({
      data: { ...data, isExample: options.isExample ?? false, createdBy: actor, updatedBy: actor },
    });
    const version = await tx.catalogueVersion.create({
      data: { catalogueId: catalogue.id, number: 1, status: "DRAFT", createdBy: actor, updatedBy: actor },
    });
    const entry = { actor, action: "CREATE" as const };
    await recordChange(tx, {
      ...entry,
      entity: "MeasureCatalogue",
      entityId: catalogue.id,
      after: catalogueSnapshot(catalogue),
    });
    await recordChange(tx, {
      ...entry,
      entity: "CatalogueVersion",
      entityId: version.id,
      after: versionSnapshot(version),
    });
    return catalogue;
  });
}

export async function updateMeasureCatalogue(
  db: Database,
  actor: string,
  id: string,
  input: unknown,
): Promise<MeasureCatalogueRow> {
  const before = await getMeasureCatalogue(db, id);
  if (before.archivedAt) throw conflict(`MeasureCatalogue ${id} is archived; restore it first`);
  const data = parseInput(measureCatalogueInputSchema, input);
  return db.prisma.$transaction(async (tx) => {
    const after = await tx.measureCatalogue.update({ where: { id }, data: { ...data, updatedBy: actor } });
    await recordChange(tx, {
      actor,
      entity: "MeasureCatalogue",
      entityId: id,
      action: "UPDATE",
      before: catalogueSnapshot(before),
      after: catalogueSnapshot(after),
    });
    return after;
  });
}

/** Archiving twice (or restoring an active catalogue) changes nothing and records nothing. */
export async function setMeasureCatalogueArchived(
  db: Database,
  actor: string,
  id: string,
  archived: boolean,
): Promise<MeasureCatalogueRow> {
  const catalogue = await getMeasureCatalogue(db, id);
  if ((catalogue.archivedAt !== null) === archived) return catalogue;
  return db.prisma.$transaction(async (tx) => {
    const after = await tx.measureCatalogue.update({
      where: { id },
      data: archived
        ? { archivedAt: new Date(), archivedBy: actor, updatedBy: actor }
        : { archivedAt: null, archivedBy: null, updatedBy: actor },
    });
    await recordChange(tx, {
      actor,
      entity: "MeasureCatalogue",
      entityId: id,
      action: archived ? "ARCHIVE" : "RESTORE",
    });
    return after;
  });
}

// ---------------------------------------------------------------------------------------
// Versions

export async function getCatalogueVersion(db: Database, id: string): Promise<CatalogueVersionRow> {
  const version = await db.prisma.catalogueVersion.findUnique({ where: { id: assertId("CatalogueVersion", id) } });
  if (!version) throw notFound("CatalogueVersion", id);
  return version;
}

type VersionWithCatalogue = CatalogueVersionRow & { catalogue: MeasureCatalogueRow };

/**
 * Throws CONFLICT unless the version's goals, targets and areas may change: it must be a
 * draft of an active catalogue.
 */
export function assertEditable(version: VersionWithCatalogue): void {
  if (!isVersionEditable(version.status)) {
    throw conflict(
      `Version ${version.number} of "${version.catalogue.name}" is adopted: adopted versions cannot change; create a new draft`,
    );
  }
  if (version.catalogue.archivedAt) {
    throw conflict(`The catalogue "${version.catalogue.name}" is archived; restore it first`);
  }
}

/** The version of a goal with its catalogue, for the edit rules. */
export async function findVersionWithCatalogue(db: Database, versionId: string) {
  return db.prisma.catalogueVersion.findUnique({ where: { id: versionId }, include: { catalogue: true } });
}

/**
 * A new draft with the next number. It copies the active goal tree of `fromVersionId` (or of
 * the current version) with areas and targets; actuals stay with the targets they measured.
 */
export async function createDraftVersion(
  db: Database,
  actor: string,
  catalogueId: string,
  fromVersionId?: string | null,
): Promise<CatalogueVersionRow> {
  const catalogue = await getMeasureCatalogue(db, catalogueId);
  if (catalogue.archivedAt) throw conflict(`The catalogue "${catalogue.name}" is archived; restore it first`);
  const versions = await db.prisma.catalogueVersion.findMany({ where: { catalogueId } });
  let source = currentVersionOf(versions);
  if (fromVersionId != null) {
    source = versions.find((version) => version.id === fromVersionId) ?? null;
    if (!source) throw invalidInput([{ field: "fromVersionId", message: "is not a version of this catalogue" }]);
  }
  const goals = source
    ? await db.prisma.goal.findMany({
        where: { versionId: source.id, archivedAt: null },
        include: { areas: true },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      })
    : [];
  const copies = copyGoalTree(goals);
  const targets = await db.prisma.goalTarget.findMany({
    where: { goalId: { in: [...copies.keys()] }, archivedAt: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });

  try {
    return await db.prisma.$transaction(async (tx) => {
      const version = await tx.catalogueVersion.create({
        data: {
          catalogueId,
          number: nextVersionNumber(versions.map((v) => v.number)),
          status: "DRAFT",
          createdBy: actor,
          updatedBy: actor,
        },
      });
      const goalRows = [...copies.values()];
      await tx.goal.createMany({
        data: goalRows.map(({ goal, id, parentId, position }) => ({
          id,
          versionId: version.id,
          parentId,
          level: goal.level,
          title: goal.title,
          description: goal.description,
          position,
          responsibleOrganisationId: goal.responsibleOrganisationId,
          programmeId: goal.programmeId,
          budget: goal.budget,
          createdBy: actor,
          updatedBy: actor,
        })),
      });
      await tx.goalArea.createMany({
        data: goalRows.flatMap(({ goal, id }) => goal.areas.map((area) => ({ goalId: id, areaId: area.areaId }))),
      });
      const targetPositions = new Map<string, number>();
      await tx.goalTarget.createMany({
        data: targets.flatMap((target) => {
          const copy = copies.get(target.goalId);
          if (!copy) return [];
          const position = targetPositions.get(target.goalId) ?? 0;
          targetPositions.set(target.goalId, position + 1);
          return {
            goalId: copy.id,
            name: target.name,
            resultLevel: target.resultLevel,
            unit: target.unit,
            indicatorId: target.indicatorId,
            baselineValue: target.baselineValue,
            baselineDate: target.baselineDate,
            targetValue: target.targetValue,
            targetDate: target.targetDate,
            position,
            createdBy: actor,
            updatedBy: actor,
          };
        }),
      });
      await recordChange(tx, {
        actor,
        entity: "CatalogueVersion",
        entityId: version.id,
        action: "CREATE",
        after: {
          ...versionSnapshot(version),
          copiedFromVersionId: source?.id ?? null,
          goals: goalRows.length,
          targets: targets.length,
        },
      });
      return version;
    });
  } catch (error) {
    // Two drafts created at the same moment would get the same number; the unique key stops one.
    if (isUniqueViolation(error))
      throw conflict("Another version of this catalogue was created at the same time; try again");
    throw error;
  }
}

type GoalWithAreas = GoalRow & { areas: Array<{ areaId: string }> };

/**
 * New ids for the goals whose whole ancestry is active (a child of an archived goal is not
 * copied), parents before children so that one insert satisfies the tree's foreign key,
 * with dense positions per parent in the given order.
 */
function copyGoalTree(goals: readonly GoalWithAreas[]) {
  const copies = new Map<string, { goal: GoalWithAreas; id: string; parentId: string | null; position: number }>();
  const nextPosition = new Map<string | null, number>();
  for (const level of goalLevels) {
    for (const goal of goals) {
      if (goal.level !== level) continue;
      const parentId = goal.parentId === null ? null : (copies.get(goal.parentId)?.id ?? undefined);
      if (parentId === undefined) continue;
      const position = nextPosition.get(parentId) ?? 0;
      nextPosition.set(parentId, position + 1);
      copies.set(goal.id, { goal, id: randomUUID(), parentId, position });
    }
  }
  return copies;
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export async function adoptVersion(
  db: Database,
  actor: string,
  id: string,
  adoptedOn: string,
  adoptedBy: string,
): Promise<CatalogueVersionRow> {
  const before = await findVersionWithCatalogue(db, assertId("CatalogueVersion", id));
  if (!before) throw notFound("CatalogueVersion", id);
  const data = parseInput(adoptVersionInputSchema, { adoptedOn, adoptedBy });
  assertEditable(before);
  return db.prisma.$transaction(async (tx) => {
    const after = await tx.catalogueVersion.update({
      where: { id },
      data: {
        status: "ADOPTED",
        adoptedOn: toDbDate(data.adoptedOn),
        adoptedBy: data.adoptedBy,
        updatedBy: actor,
      },
    });
    await recordChange(tx, {
      actor,
      entity: "CatalogueVersion",
      entityId: id,
      action: "UPDATE",
      before: versionSnapshot(before),
      after: versionSnapshot(after),
    });
    return after;
  });
}

/** The label only: it names the version and is not catalogue content, so adopted versions may be relabelled. */
export async function updateVersion(
  db: Database,
  actor: string,
  id: string,
  input: unknown,
): Promise<CatalogueVersionRow> {
  const before = await getCatalogueVersion(db, id);
  const data = parseInput(catalogueVersionInputSchema, input);
  return db.prisma.$transaction(async (tx) => {
    const after = await tx.catalogueVersion.update({ where: { id }, data: { label: data.label, updatedBy: actor } });
    await recordChange(tx, {
      actor,
      entity: "CatalogueVersion",
      entityId: id,
      action: "UPDATE",
      before: versionSnapshot(before),
      after: versionSnapshot(after),
    });
    return after;
  });
}

// ---------------------------------------------------------------------------------------
// Shared by goals and targets

/**
 * Writes dense positions (the index in `orderedIds`) in one statement, touching only rows
 * whose position changes. `table` is one of two fixed names, never user input.
 */
export async function writePositions(
  tx: Tx,
  table: "Goal" | "GoalTarget",
  orderedIds: readonly string[],
): Promise<void> {
  if (orderedIds.length === 0) return;
  await tx.$executeRawUnsafe(
    `UPDATE "${table}" AS t SET position = v.position
     FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, position int)
     WHERE t.id = v.id AND t.position <> v.position`,
    JSON.stringify(orderedIds.map((id, position) => ({ id, position }))),
  );
}

/** A referenced id that is malformed or unknown is a field error; a non-UUID never reaches the database. */
export const unknownReference = (field: string, what: string) => ({ field, message: `is not a known ${what}` });

// ---------------------------------------------------------------------------------------
// Batch reads for the loaders (one statement per batch)

export const sameOrder = [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }] as const;

export function findCataloguesByIds(db: Database, ids: readonly string[]) {
  return db.prisma.measureCatalogue.findMany({ where: { id: { in: [...ids] } } });
}

export function findVersionsByIds(db: Database, ids: readonly string[]) {
  return db.prisma.catalogueVersion.findMany({ where: { id: { in: [...ids] } } });
}

export function findVersionsOfCatalogues(db: Database, catalogueIds: readonly string[]) {
  return db.prisma.catalogueVersion.findMany({
    where: { catalogueId: { in: [...catalogueIds] } },
    orderBy: { number: "asc" },
  });
}

export function findGoalsByIds(db: Database, ids: readonly string[]) {
  return db.prisma.goal.findMany({ where: { id: { in: [...ids] } } });
}

export function findRootGoalsOfVersions(db: Database, versionIds: readonly string[]) {
  return db.prisma.goal.findMany({
    where: { versionId: { in: [...versionIds] }, parentId: null },
    orderBy: [...sameOrder],
  });
}

export function findChildGoals(db: Database, parentIds: readonly string[]) {
  return db.prisma.goal.findMany({ where: { parentId: { in: [...parentIds] } }, orderBy: [...sameOrder] });
}

export function findAreasOfGoals(db: Database, goalIds: readonly string[]) {
  return db.prisma.goalArea.findMany({
    where: { goalId: { in: [...goalIds] } },
    include: { area: true },
    orderBy: { area: { code: "asc" } },
  });
}

export function findTargetsByIds(db: Database, ids: readonly string[]) {
  return db.prisma.goalTarget.findMany({ where: { id: { in: [...ids] } } });
}

export function findTargetsOfGoals(db: Database, goalIds: readonly string[]) {
  return db.prisma.goalTarget.findMany({ where: { goalId: { in: [...goalIds] } }, orderBy: [...sameOrder] });
}

export function findActualsOfTargets(db: Database, targetIds: readonly string[]) {
  return db.prisma.targetActual.findMany({
    where: { targetId: { in: [...targetIds] } },
    orderBy: [{ date: "asc" }, { id: "asc" }],
  });
}

export function findOrganisationsByIds(db: Database, ids: readonly string[]) {
  return db.prisma.organisation.findMany({ where: { id: { in: [...ids] } } });
}

export function findProgrammesByIds(db: Database, ids: readonly string[]) {
  return db.prisma.programme.findMany({ where: { id: { in: [...ids] } } });
}

export function findIndicatorsByIds(db: Database, ids: readonly string[]) {
  return db.prisma.indicator.findMany({ where: { id: { in: [...ids] } } });
}
