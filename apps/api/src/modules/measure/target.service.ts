// Targets of goals (catalogue content: drafts only) and their actuals (monitoring: always).
import { randomUUID } from "node:crypto";
import {
  actualDateProblem,
  canHaveTargets,
  formatGermanDate,
  goalLevelLabels,
  goalTargetInputSchema,
  goalTargetUpdateInputSchema,
  placeAt,
  type TargetActualInput,
  type TargetStatusReport,
  targetActualInputSchema,
  targetActualsInputSchema,
  targetStatus,
} from "@sozialatlas/domain/measure";
import { z } from "zod";
import type { ChangeAction } from "../../generated/prisma/client.ts";
import { diffFields, recordChange } from "../../lib/change-log.ts";
import type { Database } from "../../lib/db.ts";
import { notFound } from "../../lib/errors.ts";
import { assertId, isUuid } from "../../lib/ids.ts";
import { toDbDate } from "../../lib/scalars.ts";
import { type FieldError, invalidInput, parseInput } from "../../lib/validation.ts";
import {
  assertEditable,
  conflict,
  dateOnly,
  type GoalTargetRow,
  sameOrder,
  type TargetActualRow,
  unknownReference,
  writePositions,
} from "./measure.service.ts";

export async function getGoalTarget(db: Database, id: string): Promise<GoalTargetRow> {
  const target = await db.prisma.goalTarget.findUnique({ where: { id: assertId("GoalTarget", id) } });
  if (!target) throw notFound("GoalTarget", id);
  return target;
}

async function getTargetForEdit(db: Database, id: string) {
  const target = await db.prisma.goalTarget.findUnique({
    where: { id: assertId("GoalTarget", id) },
    include: { goal: { include: { version: { include: { catalogue: true } } } } },
  });
  if (!target) throw notFound("GoalTarget", id);
  assertEditable(target.goal.version);
  return target;
}

const targetSnapshot = (target: GoalTargetRow) => ({
  goalId: target.goalId,
  name: target.name,
  resultLevel: target.resultLevel,
  unit: target.unit,
  indicatorId: target.indicatorId,
  baselineValue: target.baselineValue,
  baselineDate: dateOnly(target.baselineDate),
  targetValue: target.targetValue,
  targetDate: dateOnly(target.targetDate),
  position: target.position,
});

async function checkIndicator(db: Database, indicatorId: string | null, errors: FieldError[]): Promise<void> {
  if (indicatorId === null) return;
  const indicator = isUuid(indicatorId)
    ? await db.prisma.indicator.findUnique({ where: { id: indicatorId }, select: { id: true } })
    : null;
  if (!indicator) errors.push(unknownReference("indicatorId", "indicator"));
}

function activeTargetsOf(db: Database, goalId: string) {
  return db.prisma.goalTarget.findMany({
    where: { goalId, archivedAt: null },
    select: { id: true },
    orderBy: [...sameOrder],
  });
}

const positionTooLarge = (targets: number): FieldError => ({
  field: "position",
  message: `must be at most ${targets} (the number of other targets of the goal)`,
});

export async function createGoalTarget(db: Database, actor: string, input: unknown): Promise<GoalTargetRow> {
  const data = parseInput(goalTargetInputSchema, input);
  const goal = isUuid(data.goalId)
    ? await db.prisma.goal.findUnique({
        where: { id: data.goalId },
        include: { version: { include: { catalogue: true } } },
      })
    : null;
  if (!goal) throw invalidInput([unknownReference("goalId", "goal")]);
  assertEditable(goal.version);

  const errors: FieldError[] = [];
  if (goal.archivedAt) errors.push({ field: "goalId", message: "is archived; restore it first" });
  if (!canHaveTargets(goal.level)) {
    errors.push({
      field: "goalId",
      message: `targets belong to operational goals and measures, not to a ${goalLevelLabels[goal.level]}`,
    });
  }
  await checkIndicator(db, data.indicatorId, errors);
  const siblings = (await activeTargetsOf(db, goal.id)).map((target) => target.id);
  if (data.position !== null && data.position > siblings.length) errors.push(positionTooLarge(siblings.length));
  if (errors.length > 0) throw invalidInput(errors);

  const id = randomUUID();
  const order = placeAt(siblings, id, data.position ?? siblings.length);
  return db.prisma.$transaction(async (tx) => {
    const target = await tx.goalTarget.create({
      data: {
        id,
        goalId: goal.id,
        name: data.name,
        resultLevel: data.resultLevel,
        unit: data.unit,
        indicatorId: data.indicatorId,
        baselineValue: data.baselineValue,
        baselineDate: toDbDate(data.baselineDate),
        targetValue: data.targetValue,
        targetDate: toDbDate(data.targetDate),
        position: order.indexOf(id),
        createdBy: actor,
        updatedBy: actor,
      },
    });
    await writePositions(tx, "GoalTarget", order);
    await recordChange(tx, {
      actor,
      entity: "GoalTarget",
      entityId: id,
      action: "CREATE",
      after: targetSnapshot(target),
    });
    return target;
  });
}

export async function updateGoalTarget(
  db: Database,
  actor: string,
  id: string,
  input: unknown,
): Promise<GoalTargetRow> {
  const before = await getTargetForEdit(db, id);
  if (before.archivedAt) throw conflict(`GoalTarget ${id} is archived; restore it first`);
  const data = parseInput(goalTargetUpdateInputSchema, input);

  const errors: FieldError[] = [];
  await checkIndicator(db, data.indicatorId, errors);
  const earliest = await db.prisma.targetActual.findFirst({
    where: { targetId: id, archivedAt: null, date: { lt: toDbDate(data.baselineDate) } },
    orderBy: { date: "asc" },
  });
  if (earliest) {
    errors.push({
      field: "baselineDate",
      message: `must not lie after recorded actuals (the earliest is dated ${formatGermanDate(dateOnly(earliest.date))})`,
    });
  }
  const siblings = (await activeTargetsOf(db, before.goalId)).map((target) => target.id).filter((t) => t !== id);
  if (data.position !== null && data.position > siblings.length) errors.push(positionTooLarge(siblings.length));
  if (errors.length > 0) throw invalidInput(errors);

  const order = placeAt(siblings, id, data.position ?? before.position);
  return db.prisma.$transaction(async (tx) => {
    const after = await tx.goalTarget.update({
      where: { id },
      data: {
        name: data.name,
        resultLevel: data.resultLevel,
        unit: data.unit,
        indicatorId: data.indicatorId,
        baselineValue: data.baselineValue,
        baselineDate: toDbDate(data.baselineDate),
        targetValue: data.targetValue,
        targetDate: toDbDate(data.targetDate),
        position: order.indexOf(id),
        updatedBy: actor,
      },
    });
    await writePositions(tx, "GoalTarget", order);
    await recordChange(tx, {
      actor,
      entity: "GoalTarget",
      entityId: id,
      action: "UPDATE",
      before: targetSnapshot(before),
      after: targetSnapshot(after),
    });
    return after;
  });
}

export async function setGoalTargetArchived(
  db: Database,
  actor: string,
  id: string,
  archived: boolean,
): Promise<GoalTargetRow> {
  const target = await getTargetForEdit(db, id);
  if ((target.archivedAt !== null) === archived) return target;
  const siblings = (await activeTargetsOf(db, target.goalId)).map((t) => t.id).filter((t) => t !== id);
  return db.prisma.$transaction(async (tx) => {
    const after = await tx.goalTarget.update({
      where: { id },
      data: archived
        ? { archivedAt: new Date(), archivedBy: actor, updatedBy: actor }
        : { archivedAt: null, archivedBy: null, position: siblings.length, updatedBy: actor },
    });
    if (archived) await writePositions(tx, "GoalTarget", siblings);
    await recordChange(tx, { actor, entity: "GoalTarget", entityId: id, action: archived ? "ARCHIVE" : "RESTORE" });
    return after;
  });
}

// ---------------------------------------------------------------------------------------
// Actuals: monitoring values, recorded against adopted versions too.

const actualSnapshot = (actual: {
  targetId: string;
  date: Date;
  value: number;
  note: string | null;
  archivedAt: Date | null;
}) => ({
  targetId: actual.targetId,
  date: dateOnly(actual.date),
  value: actual.value,
  note: actual.note,
  archived: actual.archivedAt !== null,
});

/** Records one actual: an existing value of the same date is replaced (and un-archived). */
export async function recordActual(
  db: Database,
  actor: string,
  targetId: string,
  input: { date: string; value: number; note?: string | null },
): Promise<TargetActualRow> {
  const target = await getTargetForActuals(db, targetId);
  const actual = parseInput(targetActualInputSchema, input);
  const problem = actualDateProblem(dateOnly(target.baselineDate), actual.date);
  if (problem) throw invalidInput([{ field: "date", message: problem }]);
  const [row] = await writeActuals(db, actor, target.id, [actual]);
  if (!row) throw new Error("recorded actual not returned");
  return row;
}

/** Records several actuals of one target (a CSV upload): every row is checked first, then all are written or none. */
export async function recordActuals(
  db: Database,
  actor: string,
  targetId: string,
  input: ReadonlyArray<{ date: string; value: number; note?: string | null }>,
): Promise<TargetActualRow[]> {
  const target = await getTargetForActuals(db, targetId);
  const { actuals } = parseInput(z.object({ actuals: targetActualsInputSchema }), { actuals: input });
  const baselineDate = dateOnly(target.baselineDate);
  const errors = actuals.flatMap((actual, index) => {
    const problem = actualDateProblem(baselineDate, actual.date);
    return problem ? [{ field: `actuals.${index}.date`, message: problem }] : [];
  });
  if (errors.length > 0) throw invalidInput(errors);
  return writeActuals(db, actor, target.id, actuals);
}

async function getTargetForActuals(db: Database, targetId: string): Promise<GoalTargetRow> {
  const target = await getGoalTarget(db, targetId);
  if (target.archivedAt) throw conflict(`GoalTarget ${targetId} is archived; restore it first`);
  return target;
}

/**
 * One upsert statement for the whole set and one change-log insert: a new date is a CREATE,
 * a changed value of an existing date an UPDATE (old → new), an unchanged one is not logged.
 */
async function writeActuals(
  db: Database,
  actor: string,
  targetId: string,
  actuals: readonly TargetActualInput[],
): Promise<TargetActualRow[]> {
  const dates = actuals.map((actual) => toDbDate(actual.date));
  return db.prisma.$transaction(async (tx) => {
    const before = await tx.targetActual.findMany({ where: { targetId, date: { in: dates } } });
    await tx.$executeRawUnsafe(
      `INSERT INTO "TargetActual" (id, "targetId", date, value, note, "createdBy")
       SELECT gen_random_uuid(), $1::uuid, r.date::date, r.value, r.note, $2
       FROM jsonb_to_recordset($3::jsonb) AS r(date text, value float8, note text)
       ON CONFLICT ("targetId", date) DO UPDATE
         SET value = excluded.value, note = excluded.note, "archivedAt" = NULL, "archivedBy" = NULL`,
      targetId,
      actor,
      JSON.stringify(actuals),
    );
    const after = await tx.targetActual.findMany({
      where: { targetId, date: { in: dates } },
      orderBy: { date: "asc" },
    });
    const previous = new Map(before.map((row) => [dateOnly(row.date), row]));
    const entries = after.flatMap((row) => {
      const old = previous.get(dateOnly(row.date));
      const action: ChangeAction = old ? "UPDATE" : "CREATE";
      const changes = old ? diffFields(actualSnapshot(old), actualSnapshot(row)) : actualSnapshot(row);
      if (Object.keys(changes).length === 0) return [];
      return [
        { actor, entity: "TargetActual", entityId: row.id, action, changes: JSON.parse(JSON.stringify(changes)) },
      ];
    });
    await tx.changeLog.createMany({ data: entries });
    return after;
  });
}

export async function setActualArchived(
  db: Database,
  actor: string,
  id: string,
  archived: boolean,
): Promise<TargetActualRow> {
  const actual = await db.prisma.targetActual.findUnique({ where: { id: assertId("TargetActual", id) } });
  if (!actual) throw notFound("TargetActual", id);
  if ((actual.archivedAt !== null) === archived) return actual;
  return db.prisma.$transaction(async (tx) => {
    const after = await tx.targetActual.update({
      where: { id },
      data: archived ? { archivedAt: new Date(), archivedBy: actor } : { archivedAt: null, archivedBy: null },
    });
    await recordChange(tx, { actor, entity: "TargetActual", entityId: id, action: archived ? "ARCHIVE" : "RESTORE" });
    return after;
  });
}

// ---------------------------------------------------------------------------------------
// Status

/** Today as the status rule's reference date (UTC, like the `@db.Date` columns). */
export const today = () => new Date().toISOString().slice(0, 10);

/**
 * The derived status of a target from its active actuals (any order) at `referenceDate`,
 * with the latest actual as the row it came from.
 */
export function statusOfTarget(
  target: GoalTargetRow,
  actuals: readonly TargetActualRow[],
  referenceDate: string,
): Omit<TargetStatusReport, "latestActual"> & { latestActual: TargetActualRow | null } {
  const active = actuals.filter((actual) => actual.archivedAt === null);
  const report = targetStatus(
    {
      baselineValue: target.baselineValue,
      baselineDate: dateOnly(target.baselineDate),
      targetValue: target.targetValue,
      targetDate: dateOnly(target.targetDate),
    },
    active.map((actual) => ({ date: dateOnly(actual.date), value: actual.value })),
    referenceDate,
  );
  const latestDate = report.latestActual?.date;
  return {
    ...report,
    latestActual: active.find((actual) => dateOnly(actual.date) === latestDate) ?? null,
  };
}
