import { type IndicatorInput, indicatorInputSchema } from "@sozialatlas/domain/indicator";
import type { Indicator as IndicatorRow, Prisma } from "../../generated/prisma/client.ts";
import { diffFields, recordChange } from "../../lib/change-log.ts";
import type { Database } from "../../lib/db.ts";
import { DomainError, notFound } from "../../lib/errors.ts";
import { assertId } from "../../lib/ids.ts";
import { type Connection, cursorArgs, type PageArgs, paginate } from "../../lib/pagination.ts";
import { type FieldError, invalidInput, parseInput } from "../../lib/validation.ts";
import { disclosureColumns, indicatorDefinitionSchema } from "./disclosure.ts";

export type { IndicatorRow };

export interface IndicatorFilter {
  topic?: string | null;
  search?: string | null;
  includeArchived?: boolean | null;
}

function indicatorWhere(filter: IndicatorFilter): Prisma.IndicatorWhereInput {
  const search = filter.search?.trim();
  return {
    archivedAt: filter.includeArchived ? undefined : null,
    topic: filter.topic ?? undefined,
    OR: search
      ? [
          { key: { contains: search, mode: "insensitive" } },
          { name: { contains: search, mode: "insensitive" } },
          { description: { contains: search, mode: "insensitive" } },
        ]
      : undefined,
  };
}

export async function listIndicators(
  db: Database,
  filter: IndicatorFilter,
  page: PageArgs,
): Promise<Connection<IndicatorRow>> {
  const where = indicatorWhere(filter);
  return paginate(
    page,
    (p) => {
      const { take, skip, cursor } = cursorArgs(p);
      return db.prisma.indicator.findMany({ where, orderBy: [{ key: "asc" }, { id: "asc" }], take, skip, cursor });
    },
    () => db.prisma.indicator.count({ where }),
  );
}

export async function getIndicator(db: Database, id: string): Promise<IndicatorRow> {
  const indicator = await db.prisma.indicator.findUnique({ where: { id: assertId("Indicator", id) } });
  if (!indicator) throw notFound("Indicator", id);
  return indicator;
}

export async function getIndicatorByKey(db: Database, key: string): Promise<IndicatorRow> {
  const indicator = await db.prisma.indicator.findUnique({ where: { key } });
  if (!indicator) throw notFound("Indicator", key);
  return indicator;
}

export async function findIndicatorsByIds(db: Database, ids: readonly string[]): Promise<IndicatorRow[]> {
  return db.prisma.indicator.findMany({ where: { id: { in: [...ids] } } });
}

/** The editable fields of an indicator: what the change log compares. */
function snapshot(
  row: IndicatorRow,
): IndicatorInput &
  Pick<IndicatorRow, "isExample" | "disclosureMinCount" | "disclosureMinPopulation" | "disclosureRounding"> {
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    unit: row.unit,
    polarity: row.polarity,
    numeratorDefinition: row.numeratorDefinition,
    denominatorDefinition: row.denominatorDefinition,
    topic: row.topic,
    source: row.source,
    licence: row.licence,
    decimals: row.decimals,
    disclosureMinCount: row.disclosureMinCount,
    disclosureMinPopulation: row.disclosureMinPopulation,
    disclosureRounding: row.disclosureRounding,
    isExample: row.isExample,
  };
}

/** A validated definition as stored: the disclosure rule in its three columns. */
function definitionData(input: unknown) {
  const { disclosure, ...definition } = parseInput(indicatorDefinitionSchema, input);
  return { ...definition, ...disclosureColumns(disclosure) };
}

function keyTaken(key: string): DomainError {
  return invalidInput([{ field: "key", message: `an indicator with key ${key} already exists` }]);
}

async function assertKeyFree(db: Database, key: string, exceptId?: string): Promise<void> {
  const holder = await db.prisma.indicator.findUnique({ where: { key }, select: { id: true } });
  if (holder && holder.id !== exceptId) throw keyTaken(key);
}

/**
 * Prisma's P2002: a concurrent write took a unique key between our check and our insert.
 * Callers answer it like the check would have.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export async function createIndicator(db: Database, actor: string, input: unknown): Promise<IndicatorRow> {
  const data = definitionData(input);
  await assertKeyFree(db, data.key);
  try {
    return await db.prisma.$transaction(async (tx) => {
      const row = await tx.indicator.create({
        data: { ...data, createdBy: actor, updatedBy: actor },
      });
      await recordChange(tx, { actor, entity: "Indicator", entityId: row.id, action: "CREATE", after: snapshot(row) });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw keyTaken(data.key);
    throw error;
  }
}

/**
 * Creates or updates indicator definitions by key: a catalogue import or the demo seed. Every
 * row is validated first (field errors "rows.<index from 0>.<field>"), archived indicators are
 * refused (restore them first), and one transaction writes the new and changed definitions
 * with their change log entries. Unchanged definitions are not touched.
 */
export async function upsertIndicators(
  db: Database,
  actor: string,
  inputs: readonly unknown[],
): Promise<{ created: number; updated: number; unchanged: number }> {
  const problems: FieldError[] = [];
  const rows: Array<{ index: number; data: IndicatorInput }> = [];
  const firstRowOfKey = new Map<string, number>();
  inputs.forEach((input, index) => {
    const result = indicatorInputSchema.safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({
          field: `rows.${index}.${issue.path.map(String).join(".") || "input"}`,
          message: issue.message,
        });
      }
      return;
    }
    const first = firstRowOfKey.get(result.data.key);
    if (first !== undefined) {
      problems.push({ field: `rows.${index}.key`, message: `row ${first} already has key ${result.data.key}` });
      return;
    }
    firstRowOfKey.set(result.data.key, index);
    rows.push({ index, data: result.data });
  });
  if (problems.length > 0) throw invalidInput(problems);

  return db.prisma.$transaction(async (tx) => {
    const stored = new Map(
      (await tx.indicator.findMany({ where: { key: { in: rows.map((row) => row.data.key) } } })).map((row) => [
        row.key,
        row,
      ]),
    );
    const creates: IndicatorInput[] = [];
    const updates: Array<{ before: IndicatorRow; data: IndicatorInput }> = [];
    for (const { index, data } of rows) {
      const before = stored.get(data.key);
      if (!before) creates.push(data);
      else if (before.archivedAt) {
        problems.push({ field: `rows.${index}.key`, message: `indicator ${data.key} is archived: restore it first` });
      } else if (Object.keys(diffFields(snapshot(before), { ...snapshot(before), ...data })).length > 0) {
        updates.push({ before, data });
      }
    }
    if (problems.length > 0) throw invalidInput(problems);
    const created = await tx.indicator.createManyAndReturn({
      data: creates.map((data) => ({ ...data, createdBy: actor, updatedBy: actor })),
    });
    // A handful of changed definitions at most; each needs its own UPDATE.
    const updated = await Promise.all(
      updates.map(({ before, data }) =>
        tx.indicator.update({ where: { id: before.id }, data: { ...data, updatedBy: actor } }),
      ),
    );
    const changes: Prisma.ChangeLogCreateManyInput[] = [
      ...created.map((row) => ({
        actor,
        entity: "Indicator",
        entityId: row.id,
        action: "CREATE" as const,
        changes: snapshot(row),
      })),
      ...updates.map(({ before }, i) => ({
        actor,
        entity: "Indicator",
        entityId: before.id,
        action: "UPDATE" as const,
        changes: diffFields(snapshot(before), snapshot(updated[i] ?? before)) as Prisma.InputJsonValue,
      })),
    ];
    if (changes.length > 0) await tx.changeLog.createMany({ data: changes });
    return {
      created: created.length,
      updated: updates.length,
      unchanged: rows.length - creates.length - updates.length,
    };
  });
}

export async function updateIndicator(db: Database, actor: string, id: string, input: unknown): Promise<IndicatorRow> {
  const before = await getIndicator(db, id);
  if (before.archivedAt) {
    throw new DomainError("CONFLICT", `Indicator ${before.key} is archived: restore it first`);
  }
  const data = definitionData(input);
  await assertKeyFree(db, data.key, id);
  try {
    return await db.prisma.$transaction(async (tx) => {
      const row = await tx.indicator.update({ where: { id }, data: { ...data, updatedBy: actor } });
      await recordChange(tx, {
        actor,
        entity: "Indicator",
        entityId: id,
        action: "UPDATE",
        before: snapshot(before),
        after: snapshot(row),
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw keyTaken(data.key);
    throw error;
  }
}

/**
 * Archiving hides the indicator and, through the list filters, its observations; nothing is
 * deleted, so goals and reports that refer to it keep working.
 */
export async function archiveIndicator(db: Database, actor: string, id: string): Promise<IndicatorRow> {
  const before = await getIndicator(db, id);
  if (before.archivedAt) throw new DomainError("CONFLICT", `Indicator ${before.key} is already archived`);
  return db.prisma.$transaction(async (tx) => {
    const row = await tx.indicator.update({
      where: { id },
      data: { archivedAt: new Date(), archivedBy: actor, updatedBy: actor },
    });
    await recordChange(tx, {
      actor,
      entity: "Indicator",
      entityId: id,
      action: "ARCHIVE",
      after: { archivedAt: row.archivedAt, archivedBy: actor },
    });
    return row;
  });
}

export async function restoreIndicator(db: Database, actor: string, id: string): Promise<IndicatorRow> {
  const before = await getIndicator(db, id);
  if (!before.archivedAt) throw new DomainError("CONFLICT", `Indicator ${before.key} is not archived`);
  return db.prisma.$transaction(async (tx) => {
    const row = await tx.indicator.update({
      where: { id },
      data: { archivedAt: null, archivedBy: null, updatedBy: actor },
    });
    await recordChange(tx, { actor, entity: "Indicator", entityId: id, action: "RESTORE" });
    return row;
  });
}
