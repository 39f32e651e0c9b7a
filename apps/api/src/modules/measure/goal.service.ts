// The goal tree of a catalogue version: create, change, archive, move. Only drafts change.
import { randomUUID } from "node:crypto";
import {
  type GoalUpdateInput,
  goalInputSchema,
  goalPlacementProblem,
  goalUpdateInputSchema,
  moveGoalInputSchema,
  placeAt,
  subtreeIds,
} from "@sozialatlas/domain/measure";
import type { Prisma } from "../../generated/prisma/client.ts";
import { recordChange } from "../../lib/change-log.ts";
import type { Database } from "../../lib/db.ts";
import { notFound } from "../../lib/errors.ts";
import { assertId, isUuid } from "../../lib/ids.ts";
import { cursorArgs, type PageArgs, paginate } from "../../lib/pagination.ts";
import { type FieldError, invalidInput, parseInput } from "../../lib/validation.ts";
import {
  assertEditable,
  conflict,
  findVersionWithCatalogue,
  type GoalRow,
  sameOrder,
  unknownReference,
  writePositions,
} from "./measure.service.ts";

export interface GoalFilter {
  versionId?: string | null;
  level?: GoalRow["level"] | null;
  search?: string | null;
  areaCode?: string | null;
  responsibleOrganisationId?: string | null;
  includeArchived?: boolean | null;
}

export async function listGoals(db: Database, filter: GoalFilter | null | undefined, page: PageArgs) {
  const idFilters = { versionId: filter?.versionId, responsibleOrganisationId: filter?.responsibleOrganisationId };
  const malformed = Object.entries(idFilters).filter(([, id]) => id != null && !isUuid(id));
  if (malformed.length > 0) {
    throw invalidInput(malformed.map(([field]) => ({ field: `filter.${field}`, message: "is not an id" })));
  }
  const search = filter?.search?.trim();
  const where: Prisma.GoalWhereInput = {
    versionId: filter?.versionId ?? undefined,
    level: filter?.level ?? undefined,
    responsibleOrganisationId: filter?.responsibleOrganisationId ?? undefined,
    archivedAt: filter?.includeArchived ? undefined : null,
    ...(filter?.areaCode ? { areas: { some: { area: { code: filter.areaCode } } } } : {}),
    ...(search
      ? {
          OR: [
            { title: { contains: search, mode: "insensitive" } },
            { description: { contains: search, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  return paginate(
    page,
    (p) => {
      const args: Prisma.GoalFindManyArgs = {
        where,
        orderBy: [{ level: "asc" }, { title: "asc" }, { id: "asc" }],
        ...cursorArgs(p),
      };
      return db.prisma.goal.findMany(args);
    },
    () => db.prisma.goal.count({ where }),
  );
}

export async function getGoal(db: Database, id: string): Promise<GoalRow> {
  const goal = await db.prisma.goal.findUnique({ where: { id: assertId("Goal", id) } });
  if (!goal) throw notFound("Goal", id);
  return goal;
}

/** A goal with what the edit rules need: its version (with catalogue) and its area codes. */
async function getGoalForEdit(db: Database, id: string) {
  const goal = await db.prisma.goal.findUnique({
    where: { id: assertId("Goal", id) },
    include: { version: { include: { catalogue: true } }, areas: { include: { area: { select: { code: true } } } } },
  });
  if (!goal) throw notFound("Goal", id);
  assertEditable(goal.version);
  return goal;
}

const goalSnapshot = (goal: GoalRow, areaCodes: readonly string[]) => ({
  versionId: goal.versionId,
  parentId: goal.parentId,
  level: goal.level,
  title: goal.title,
  description: goal.description,
  position: goal.position,
  responsibleOrganisationId: goal.responsibleOrganisationId,
  programmeId: goal.programmeId,
  budget: goal.budget,
  areaCodes: [...areaCodes].sort(),
});

/** Checks organisation, programme and area codes; returns the area ids in input order. */
async function resolveReferences(db: Database, input: GoalUpdateInput, errors: FieldError[]): Promise<string[]> {
  const { responsibleOrganisationId: organisationId, programmeId, areaCodes } = input;
  const [organisation, programme, areas] = await Promise.all([
    organisationId && isUuid(organisationId)
      ? db.prisma.organisation.findUnique({ where: { id: organisationId }, select: { id: true } })
      : null,
    programmeId && isUuid(programmeId)
      ? db.prisma.programme.findUnique({ where: { id: programmeId }, select: { id: true } })
      : null,
    areaCodes.length > 0
      ? db.prisma.area.findMany({ where: { code: { in: areaCodes } }, select: { id: true, code: true } })
      : [],
  ]);
  if (organisationId && !organisation) errors.push(unknownReference("responsibleOrganisationId", "organisation"));
  if (programmeId && !programme) errors.push(unknownReference("programmeId", "programme"));
  const areaIds = new Map(areas.map((area) => [area.code, area.id]));
  areaCodes.forEach((code, index) => {
    if (!areaIds.has(code)) errors.push({ field: `areaCodes.${index}`, message: `unknown area code ${code}` });
  });
  return areaCodes.flatMap((code) => areaIds.get(code) ?? []);
}

function activeSiblings(db: Database, versionId: string, parentId: string | null) {
  return db.prisma.goal.findMany({
    where: { versionId, parentId, archivedAt: null },
    select: { id: true },
    orderBy: [...sameOrder],
  });
}

const positionTooLarge = (siblings: number): FieldError => ({
  field: "position",
  message: `must be at most ${siblings} (the number of siblings)`,
});

export async function createGoal(db: Database, actor: string, input: unknown): Promise<GoalRow> {
  const data = parseInput(goalInputSchema, input);
  const version = isUuid(data.versionId) ? await findVersionWithCatalogue(db, data.versionId) : null;
  if (!version) throw invalidInput([unknownReference("versionId", "catalogue version")]);
  assertEditable(version);

  const errors: FieldError[] = [];
  if (data.parentId !== null) {
    const parent = isUuid(data.parentId) ? await db.prisma.goal.findUnique({ where: { id: data.parentId } }) : null;
    if (!parent || parent.versionId !== version.id) {
      errors.push({ field: "parentId", message: "is not a goal of this version" });
    } else if (parent.archivedAt) {
      errors.push({ field: "parentId", message: "is archived; restore it first" });
    } else {
      const problem = goalPlacementProblem(data.level, parent.level);
      if (problem) errors.push({ field: "level", message: problem });
    }
  }
  const areaIds = await resolveReferences(db, data, errors);
  const siblings = await activeSiblings(db, version.id, data.parentId);
  if (data.position !== null && data.position > siblings.length) errors.push(positionTooLarge(siblings.length));
  if (errors.length > 0) throw invalidInput(errors);

  const id = randomUUID();
  const order = placeAt(
    siblings.map((sibling) => sibling.id),
    id,
    data.position ?? siblings.length,
  );
  return db.prisma.$transaction(async (tx) => {
    const goal = await tx.goal.create({
      data: {
        id,
        versionId: version.id,
        parentId: data.parentId,
        level: data.level,
        title: data.title,
        description: data.description,
        position: order.indexOf(id),
        responsibleOrganisationId: data.responsibleOrganisationId,
        programmeId: data.programmeId,
        budget: data.budget,
        createdBy: actor,
        updatedBy: actor,
      },
    });
    await tx.goalArea.createMany({ data: areaIds.map((areaId) => ({ goalId: id, areaId })) });
    await writePositions(tx, "Goal", order);
    await recordChange(tx, {
      actor,
      entity: "Goal",
      entityId: id,
      action: "CREATE",
      after: goalSnapshot(goal, data.areaCodes),
    });
    return goal;
  });
}

/** Replaces what a goal says, its areas included; where it sits changes with moveGoal. */
export async function updateGoal(db: Database, actor: string, id: string, input: unknown): Promise<GoalRow> {
  const before = await getGoalForEdit(db, id);
  if (before.archivedAt) throw conflict(`Goal ${id} is archived; restore it first`);
  const data = parseInput(goalUpdateInputSchema, input);
  const errors: FieldError[] = [];
  const areaIds = await resolveReferences(db, data, errors);
  if (errors.length > 0) throw invalidInput(errors);

  return db.prisma.$transaction(async (tx) => {
    const after = await tx.goal.update({
      where: { id },
      data: {
        title: data.title,
        description: data.description,
        responsibleOrganisationId: data.responsibleOrganisationId,
        programmeId: data.programmeId,
        budget: data.budget,
        updatedBy: actor,
      },
    });
    await tx.goalArea.deleteMany({ where: { goalId: id } });
    await tx.goalArea.createMany({ data: areaIds.map((areaId) => ({ goalId: id, areaId })) });
    await recordChange(tx, {
      actor,
      entity: "Goal",
      entityId: id,
      action: "UPDATE",
      before: goalSnapshot(
        before,
        before.areas.map((link) => link.area.code),
      ),
      after: goalSnapshot(after, data.areaCodes),
    });
    return after;
  });
}

/**
 * Archiving hides the goal and so its subtree; the active siblings close the gap. Restoring
 * puts it back at the end of its siblings, which needs an active parent.
 */
export async function setGoalArchived(db: Database, actor: string, id: string, archived: boolean): Promise<GoalRow> {
  const goal = await getGoalForEdit(db, id);
  if ((goal.archivedAt !== null) === archived) return goal;
  if (!archived && goal.parentId) {
    const parent = await db.prisma.goal.findUnique({ where: { id: goal.parentId }, select: { archivedAt: true } });
    if (parent?.archivedAt) throw conflict("The parent goal is archived; restore it first");
  }
  const siblings = (await activeSiblings(db, goal.versionId, goal.parentId))
    .map((sibling) => sibling.id)
    .filter((siblingId) => siblingId !== id);
  return db.prisma.$transaction(async (tx) => {
    const after = await tx.goal.update({
      where: { id },
      data: archived
        ? { archivedAt: new Date(), archivedBy: actor, updatedBy: actor }
        : { archivedAt: null, archivedBy: null, position: siblings.length, updatedBy: actor },
    });
    if (archived) await writePositions(tx, "Goal", siblings);
    await recordChange(tx, { actor, entity: "Goal", entityId: id, action: archived ? "ARCHIVE" : "RESTORE" });
    return after;
  });
}

/**
 * Moves a goal with its subtree under `parentId` (null: among the Leitziele) at `position`.
 * The goal keeps its level, so the new parent must sit exactly one level up. Old and new
 * siblings are renumbered densely in the same transaction.
 */
export async function moveGoal(
  db: Database,
  actor: string,
  id: string,
  parentId: string | null | undefined,
  position: number,
): Promise<GoalRow> {
  const goal = await getGoalForEdit(db, id);
  if (goal.archivedAt) throw conflict(`Goal ${id} is archived; restore it first`);
  const move = parseInput(moveGoalInputSchema, { parentId, position });

  const versionGoals = await db.prisma.goal.findMany({
    where: { versionId: goal.versionId },
    select: { id: true, parentId: true, level: true, archivedAt: true, position: true, createdAt: true },
    orderBy: [...sameOrder],
  });
  const errors: FieldError[] = [];
  if (move.parentId !== null) {
    const parent = versionGoals.find((candidate) => candidate.id === move.parentId);
    if (!parent) {
      errors.push({ field: "parentId", message: "is not a goal of this version" });
    } else if (subtreeIds(versionGoals, id).has(parent.id)) {
      errors.push({ field: "parentId", message: "cannot move a goal into its own subtree" });
    } else if (parent.archivedAt) {
      errors.push({ field: "parentId", message: "is archived; restore it first" });
    } else {
      const problem = goalPlacementProblem(goal.level, parent.level);
      if (problem) errors.push({ field: "parentId", message: problem });
    }
  } else {
    const problem = goalPlacementProblem(goal.level, null);
    if (problem) errors.push({ field: "parentId", message: problem });
  }
  const siblingsUnder = (parent: string | null) =>
    versionGoals
      .filter((candidate) => candidate.parentId === parent && candidate.archivedAt === null && candidate.id !== id)
      .map((candidate) => candidate.id);
  const newSiblings = siblingsUnder(move.parentId);
  if (move.position > newSiblings.length) errors.push(positionTooLarge(newSiblings.length));
  if (errors.length > 0) throw invalidInput(errors);

  const order = placeAt(newSiblings, id, move.position);
  const areaCodes = goal.areas.map((link) => link.area.code);
  return db.prisma.$transaction(async (tx) => {
    const after = await tx.goal.update({
      where: { id },
      data: { parentId: move.parentId, position: move.position, updatedBy: actor },
    });
    await writePositions(tx, "Goal", order);
    if (goal.parentId !== move.parentId) await writePositions(tx, "Goal", siblingsUnder(goal.parentId));
    await recordChange(tx, {
      actor,
      entity: "Goal",
      entityId: id,
      action: "UPDATE",
      before: goalSnapshot(goal, areaCodes),
      after: goalSnapshot(after, areaCodes),
    });
    return after;
  });
}
