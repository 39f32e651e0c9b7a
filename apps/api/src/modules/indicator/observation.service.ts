import {
  checkObservationForIndicator,
  type ObservationInput,
  observationInputSchema,
  populationIndicatorKey,
} from "@sozialatlas/domain/indicator";
import type { AreaLevel, Observation as ObservationRow, Prisma } from "../../generated/prisma/client.ts";
import { diffFields, recordChange } from "../../lib/change-log.ts";
import type { Database } from "../../lib/db.ts";
import { DomainError, notFound } from "../../lib/errors.ts";
import { assertId } from "../../lib/ids.ts";
import { type Connection, cursorArgs, type PageArgs, paginate } from "../../lib/pagination.ts";
import { toDbDate } from "../../lib/scalars.ts";
import { type FieldError, invalidInput } from "../../lib/validation.ts";
import { isUniqueViolation } from "./indicator.service.ts";

export type { ObservationRow };

export interface ObservationFilter {
  indicatorKeys?: readonly string[] | null;
  areaCodes?: readonly string[] | null;
  level?: AreaLevel | null;
  referenceDate?: string | null;
  from?: string | null;
  to?: string | null;
  includeArchived?: boolean | null;
}

// Indicator key, area code, Stichtag: the unique triple makes this a total order; id keeps
// the cursor stable regardless.
const listOrder: Prisma.ObservationOrderByWithRelationInput[] = [
  { indicator: { key: "asc" } },
  { area: { code: "asc" } },
  { referenceDate: "asc" },
  { id: "asc" },
];

function observationWhere(filter: ObservationFilter): Prisma.ObservationWhereInput {
  const active = !filter.includeArchived;
  const indicator: Prisma.IndicatorWhereInput = {};
  if (filter.indicatorKeys) indicator.key = { in: [...filter.indicatorKeys] };
  // An archived indicator takes its observations out of the lists with it.
  if (active) indicator.archivedAt = null;
  const area: Prisma.AreaWhereInput = {};
  if (filter.areaCodes) area.code = { in: [...filter.areaCodes] };
  if (filter.level) area.level = filter.level;
  const referenceDate: Prisma.DateTimeFilter = {};
  if (filter.referenceDate) referenceDate.equals = toDbDate(filter.referenceDate);
  if (filter.from) referenceDate.gte = toDbDate(filter.from);
  if (filter.to) referenceDate.lte = toDbDate(filter.to);
  return {
    archivedAt: active ? null : undefined,
    indicator: Object.keys(indicator).length > 0 ? indicator : undefined,
    area: Object.keys(area).length > 0 ? area : undefined,
    referenceDate: Object.keys(referenceDate).length > 0 ? referenceDate : undefined,
  };
}

export async function listObservations(
  db: Database,
  filter: ObservationFilter,
  page: PageArgs,
): Promise<Connection<ObservationRow>> {
  const where = observationWhere(filter);
  return paginate(
    page,
    (p) => {
      const { take, skip, cursor } = cursorArgs(p);
      return db.prisma.observation.findMany({ where, orderBy: listOrder, take, skip, cursor });
    },
    () => db.prisma.observation.count({ where }),
  );
}

export async function getObservation(db: Database, id: string): Promise<ObservationRow> {
  const observation = await db.prisma.observation.findUnique({ where: { id: assertId("Observation", id) } });
  if (!observation) throw notFound("Observation", id);
  return observation;
}

/** Active observations of several areas (one statement), for the `Area.observations` loader. */
export async function findObservationsOfAreas(
  db: Database,
  areaIds: readonly string[],
  options: { indicatorKeys: readonly string[] | null; referenceDate: string | null },
): Promise<ObservationRow[]> {
  return db.prisma.observation.findMany({
    where: {
      areaId: { in: [...areaIds] },
      archivedAt: null,
      indicator: {
        archivedAt: null,
        key: options.indicatorKeys ? { in: [...options.indicatorKeys] } : undefined,
      },
      referenceDate: options.referenceDate ? toDbDate(options.referenceDate) : undefined,
    },
    orderBy: [{ indicator: { key: "asc" } }, { referenceDate: "asc" }, { id: "asc" }],
  });
}

/** Active observations of several indicators (one statement), for `Indicator.observations`. */
export async function findObservationsOfIndicators(
  db: Database,
  indicatorIds: readonly string[],
  options: { areaCodes: readonly string[] | null; referenceDate: string | null },
): Promise<ObservationRow[]> {
  return db.prisma.observation.findMany({
    where: {
      indicatorId: { in: [...indicatorIds] },
      archivedAt: null,
      area: options.areaCodes ? { code: { in: [...options.areaCodes] } } : undefined,
      referenceDate: options.referenceDate ? toDbDate(options.referenceDate) : undefined,
    },
    orderBy: [{ area: { code: "asc" } }, { referenceDate: "asc" }, { id: "asc" }],
  });
}

/** The distinct Stichtage of active observations per indicator, oldest first: one statement. */
export async function findReferenceDatesOfIndicators(db: Database, indicatorIds: readonly string[]): Promise<Date[][]> {
  const rows = await db.prisma.observation.groupBy({
    by: ["indicatorId", "referenceDate"],
    where: { indicatorId: { in: [...indicatorIds] }, archivedAt: null },
    orderBy: [{ referenceDate: "asc" }],
  });
  const byIndicator = new Map<string, Date[]>();
  for (const row of rows)
    byIndicator.set(row.indicatorId, [...(byIndicator.get(row.indicatorId) ?? []), row.referenceDate]);
  return indicatorIds.map((id) => byIndicator.get(id) ?? []);
}

/** An observation as a map needs it, with its area's code and residents (disclosure control). */
export interface MapValueRow {
  indicatorId: string;
  areaCode: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  missingReason: string | null;
  suppressed: boolean;
  population: number | null;
}

/**
 * The active observations of indicators at one Stichtag with their areas' codes and residents,
 * ordered by area code: one statement however many areas and indicators.
 */
export async function findMapValues(
  db: Database,
  indicatorIds: readonly string[],
  referenceDate: string,
): Promise<MapValueRow[]> {
  // Plain equality and ANY(uuid[]) keep the (indicatorId, referenceDate) index usable; the
  // residents come from the same index in a CTE instead of a join per row.
  return db.prisma.$queryRawUnsafe<MapValueRow[]>(
    `WITH population AS (
       SELECT p."areaId", p.value FROM "Observation" p
        WHERE p."indicatorId" = (SELECT id FROM "Indicator" WHERE key = $3)
          AND p."referenceDate" = $2::date AND p."archivedAt" IS NULL)
     SELECT o."indicatorId"::text AS "indicatorId", a.code AS "areaCode", o.value, o.numerator, o.denominator,
            o."missingReason", o.suppressed, population.value AS population
       FROM "Observation" o
       JOIN "Area" a ON a.id = o."areaId"
       LEFT JOIN population ON population."areaId" = o."areaId"
      WHERE o."indicatorId" = ANY(string_to_array($1, ',')::uuid[])
        AND o."referenceDate" = $2::date AND o."archivedAt" IS NULL
      ORDER BY a.code`,
    indicatorIds.join(","),
    referenceDate,
    populationIndicatorKey,
  );
}

/**
 * Residents (indicator `ew`) of areas at Stichtage, for keys "areaId|YYYY-MM-DD": one statement
 * for any number of keys (the combinations of their areas and dates, narrowed in memory).
 * Unknown residents are null.
 */
export async function findPopulations(db: Database, keys: readonly string[]): Promise<Array<number | null>> {
  const pairs = keys.map((key) => key.split("|") as [string, string]);
  const rows = await db.prisma.observation.findMany({
    where: {
      indicator: { key: populationIndicatorKey },
      archivedAt: null,
      areaId: { in: [...new Set(pairs.map(([areaId]) => areaId))] },
      referenceDate: { in: [...new Set(pairs.map(([, date]) => date))].map(toDbDate) },
    },
    select: { areaId: true, referenceDate: true, value: true },
  });
  const byKey = new Map(
    rows.map((row) => [`${row.areaId}|${row.referenceDate.toISOString().slice(0, 10)}`, row.value]),
  );
  return keys.map((key) => byKey.get(key) ?? null);
}

// ---------------------------------------------------------------------------------------
// Writing

/** A validated input row with its indicator and area resolved. */
interface ResolvedObservation extends ObservationInput {
  indicatorId: string;
  areaId: string;
}

/** The stored facts of an observation in plain values (keys, codes, dates): what the change log compares. */
type ObservationSnapshot = ObservationInput;

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

function snapshotOfRow(row: ObservationRow, indicatorKey: string, areaCode: string): ObservationSnapshot {
  return {
    indicatorKey,
    areaCode,
    referenceDate: day(row.referenceDate) ?? "",
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    missingReason: row.missingReason,
    provisional: row.provisional,
    estimated: row.estimated,
    suppressed: row.suppressed,
    breakInSeries: row.breakInSeries,
    source: row.source,
    extractedAt: day(row.extractedAt),
  };
}

function snapshotOfInput(input: ResolvedObservation): ObservationSnapshot {
  const { indicatorId: _indicatorId, areaId: _areaId, ...facts } = input;
  return facts;
}

const tripleOf = (row: { indicatorId: string; areaId: string; referenceDate: string }) =>
  `${row.indicatorId}|${row.areaId}|${row.referenceDate}`;

/** At most this many field errors are listed; a wrong column in a large file would flood the answer. */
const maxFieldErrors = 200;

function throwIfProblems(problems: FieldError[]): void {
  if (problems.length === 0) return;
  const listed = problems.slice(0, maxFieldErrors);
  if (problems.length > maxFieldErrors) {
    listed.push({ field: "rows", message: `… and ${problems.length - maxFieldErrors} more problems` });
  }
  throw invalidInput(listed);
}

/**
 * Validates rows and resolves their indicator keys and area codes in two statements. Field
 * errors are prefixed with `prefixOf(index)` ("" for a single input, "rows.12." in bulk).
 * Throws BAD_USER_INPUT listing every problem; returns the rows only when all are valid.
 */
async function resolveRows(
  db: Database,
  inputs: readonly unknown[],
  prefixOf: (index: number) => string,
): Promise<ResolvedObservation[]> {
  const problems: Array<FieldError & { row: number }> = [];
  const parsed: Array<ObservationInput | null> = inputs.map((input, index) => {
    const result = observationInputSchema.safeParse(input);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      problems.push({
        row: index,
        field: `${prefixOf(index)}${issue.path.map(String).join(".") || "input"}`,
        message: issue.message,
      });
    }
    return null;
  });
  const valid = parsed.filter((row): row is ObservationInput => row !== null);
  const keys = [...new Set(valid.map((row) => row.indicatorKey))];
  const codes = [...new Set(valid.map((row) => row.areaCode))];
  const [indicators, areas] = await Promise.all([
    db.prisma.indicator.findMany({
      where: { key: { in: keys } },
      select: { id: true, key: true, unit: true, archivedAt: true },
    }),
    db.prisma.area.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } }),
  ]);
  const indicatorByKey = new Map(indicators.map((indicator) => [indicator.key, indicator]));
  const areaIdByCode = new Map(areas.map((area) => [area.code, area.id]));

  const resolved: ResolvedObservation[] = [];
  const firstRowOfTriple = new Map<string, number>();
  parsed.forEach((row, index) => {
    if (row === null) return;
    const prefix = prefixOf(index);
    const indicator = indicatorByKey.get(row.indicatorKey);
    const areaId = areaIdByCode.get(row.areaCode);
    if (!indicator)
      problems.push({
        row: index,
        field: `${prefix}indicatorKey`,
        message: `unknown indicator key ${row.indicatorKey}`,
      });
    else if (indicator.archivedAt) {
      problems.push({
        row: index,
        field: `${prefix}indicatorKey`,
        message: `indicator ${row.indicatorKey} is archived: restore it first`,
      });
    }
    if (!areaId)
      problems.push({ row: index, field: `${prefix}areaCode`, message: `unknown area code ${row.areaCode}` });
    if (!indicator || !areaId) return;
    for (const problem of checkObservationForIndicator(row, indicator)) {
      problems.push({ row: index, field: `${prefix}${problem.field}`, message: problem.message });
    }
    const candidate = { ...row, indicatorId: indicator.id, areaId };
    const triple = tripleOf(candidate);
    const first = firstRowOfTriple.get(triple);
    if (first !== undefined) {
      problems.push({
        row: index,
        field: `${prefix}referenceDate`,
        message: `row ${first} already has ${row.indicatorKey} for ${row.areaCode} on ${row.referenceDate}`,
      });
      return;
    }
    firstRowOfTriple.set(triple, index);
    resolved.push(candidate);
  });
  // By row, as a planner reads the file; sort is stable, so fields keep their order.
  throwIfProblems(problems.sort((a, b) => a.row - b.row).map(({ field, message }) => ({ field, message })));
  return resolved;
}

function rowData(row: ResolvedObservation) {
  return {
    indicatorId: row.indicatorId,
    areaId: row.areaId,
    referenceDate: toDbDate(row.referenceDate),
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    missingReason: row.missingReason,
    provisional: row.provisional,
    estimated: row.estimated,
    suppressed: row.suppressed,
    breakInSeries: row.breakInSeries,
    source: row.source,
    extractedAt: row.extractedAt ? toDbDate(row.extractedAt) : null,
  };
}

function duplicateError(row: ResolvedObservation, existing: { archivedAt: Date | null }, prefix = ""): FieldError {
  const what = `an observation of ${row.indicatorKey} for ${row.areaCode} on ${row.referenceDate}`;
  return {
    field: `${prefix}referenceDate`,
    message: existing.archivedAt ? `${what} exists but is archived: restore it first` : `${what} already exists`,
  };
}

const sameTriple = (row: ResolvedObservation) => ({
  indicatorId_areaId_referenceDate: {
    indicatorId: row.indicatorId,
    areaId: row.areaId,
    referenceDate: toDbDate(row.referenceDate),
  },
});

export async function createObservation(db: Database, actor: string, input: unknown): Promise<ObservationRow> {
  const [row] = await resolveRows(db, [input], () => "");
  if (!row) throw new Error("resolveRows returned no row for one valid input");
  try {
    return await db.prisma.$transaction(async (tx) => {
      const existing = await tx.observation.findUnique({ where: sameTriple(row), select: { archivedAt: true } });
      if (existing) throw invalidInput([duplicateError(row, existing)]);
      const created = await tx.observation.create({ data: { ...rowData(row), createdBy: actor, updatedBy: actor } });
      await recordChange(tx, {
        actor,
        entity: "Observation",
        entityId: created.id,
        action: "CREATE",
        after: snapshotOfInput(row),
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalidInput([duplicateError(row, { archivedAt: null })]);
    throw error;
  }
}

export async function updateObservation(
  db: Database,
  actor: string,
  id: string,
  input: unknown,
): Promise<ObservationRow> {
  const before = await db.prisma.observation.findUnique({
    where: { id: assertId("Observation", id) },
    include: { indicator: { select: { key: true } }, area: { select: { code: true } } },
  });
  if (!before) throw notFound("Observation", id);
  if (before.archivedAt) throw new DomainError("CONFLICT", `Observation ${id} is archived: restore it first`);
  const [row] = await resolveRows(db, [input], () => "");
  if (!row) throw new Error("resolveRows returned no row for one valid input");
  try {
    return await db.prisma.$transaction(async (tx) => {
      const existing = await tx.observation.findUnique({
        where: sameTriple(row),
        select: { id: true, archivedAt: true },
      });
      if (existing && existing.id !== id) throw invalidInput([duplicateError(row, existing)]);
      const updated = await tx.observation.update({ where: { id }, data: { ...rowData(row), updatedBy: actor } });
      await recordChange(tx, {
        actor,
        entity: "Observation",
        entityId: id,
        action: "UPDATE",
        before: snapshotOfRow(before, before.indicator.key, before.area.code),
        after: snapshotOfInput(row),
      });
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalidInput([duplicateError(row, { archivedAt: null })]);
    throw error;
  }
}

export async function archiveObservation(db: Database, actor: string, id: string): Promise<ObservationRow> {
  const before = await getObservation(db, id);
  if (before.archivedAt) throw new DomainError("CONFLICT", `Observation ${id} is already archived`);
  return db.prisma.$transaction(async (tx) => {
    const row = await tx.observation.update({
      where: { id },
      data: { archivedAt: new Date(), archivedBy: actor, updatedBy: actor },
    });
    await recordChange(tx, {
      actor,
      entity: "Observation",
      entityId: id,
      action: "ARCHIVE",
      after: { archivedAt: row.archivedAt, archivedBy: actor },
    });
    return row;
  });
}

export async function restoreObservation(db: Database, actor: string, id: string): Promise<ObservationRow> {
  const before = await getObservation(db, id);
  if (!before.archivedAt) throw new DomainError("CONFLICT", `Observation ${id} is not archived`);
  return db.prisma.$transaction(async (tx) => {
    const row = await tx.observation.update({
      where: { id },
      data: { archivedAt: null, archivedBy: null, updatedBy: actor },
    });
    await recordChange(tx, { actor, entity: "Observation", entityId: id, action: "RESTORE" });
    return row;
  });
}

export interface UpsertObservationsResult {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Creates or updates observations by (indicator key, area code, Stichtag): the write behind
 * imports and the demo seed. Every row is validated and resolved first; any problem throws
 * BAD_USER_INPUT with field errors "rows.<index from 0>.<field>" and nothing is written.
 * Then one transaction runs a fixed number of set-based statements, whatever the row count:
 * read the stored rows, upsert new and changed rows, write their change log entries.
 * Rows equal to the stored ones are not touched (a repeated import changes nothing).
 */
export async function upsertObservations(
  db: Database,
  actor: string,
  inputs: readonly unknown[],
): Promise<UpsertObservationsResult> {
  const rows = await resolveRows(db, inputs, (index) => `rows.${index}.`);
  if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  // resolveRows returns only when every row is valid, so `rows[i]` is still the caller's row i.

  return db.prisma.$transaction(
    async (tx) => {
      // A superset of the stored rows (every combination of the ids and dates), narrowed in memory.
      const stored = await tx.observation.findMany({
        where: {
          indicatorId: { in: [...new Set(rows.map((row) => row.indicatorId))] },
          areaId: { in: [...new Set(rows.map((row) => row.areaId))] },
          referenceDate: { in: [...new Set(rows.map((row) => row.referenceDate))].map(toDbDate) },
        },
      });
      const storedByTriple = new Map(
        stored.map((row) => [tripleOf({ ...row, referenceDate: day(row.referenceDate) ?? "" }), row]),
      );

      const problems: FieldError[] = [];
      const writes: ResolvedObservation[] = [];
      const updates = new Map<string, { id: string; changes: Record<string, { from: unknown; to: unknown }> }>();
      for (const [index, row] of rows.entries()) {
        const existing = storedByTriple.get(tripleOf(row));
        if (!existing) {
          writes.push(row);
          continue;
        }
        if (existing.archivedAt) {
          problems.push(duplicateError(row, existing, `rows.${index}.`));
          continue;
        }
        const changes = diffFields(snapshotOfRow(existing, row.indicatorKey, row.areaCode), snapshotOfInput(row));
        if (Object.keys(changes).length === 0) continue;
        writes.push(row);
        updates.set(tripleOf(row), { id: existing.id, changes });
      }
      throwIfProblems(problems);
      if (writes.length === 0) return { created: 0, updated: 0, unchanged: rows.length };

      const written = await tx.$queryRawUnsafe<Array<{ id: string; triple: string }>>(
        `INSERT INTO "Observation" ("indicatorId", "areaId", "referenceDate", value, numerator, denominator,
                                    "missingReason", provisional, estimated, suppressed, "breakInSeries",
                                    source, "extractedAt", "createdBy", "updatedBy", "updatedAt")
         SELECT r."indicatorId"::uuid, r."areaId"::uuid, r."referenceDate"::date, r.value, r.numerator, r.denominator,
                r."missingReason", coalesce(r.provisional, false), coalesce(r.estimated, false),
                coalesce(r.suppressed, false), coalesce(r."breakInSeries", false),
                r.source, r."extractedAt"::date, $2, $2, now()
         FROM jsonb_to_recordset($1::jsonb)
           AS r("indicatorId" text, "areaId" text, "referenceDate" text, value float8, numerator float8,
                denominator float8, "missingReason" text, provisional boolean, estimated boolean,
                suppressed boolean, "breakInSeries" boolean, source text, "extractedAt" text)
         ON CONFLICT ("indicatorId", "areaId", "referenceDate") DO UPDATE SET
           value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
           "missingReason" = excluded."missingReason", provisional = excluded.provisional,
           estimated = excluded.estimated, suppressed = excluded.suppressed,
           "breakInSeries" = excluded."breakInSeries", source = excluded.source,
           "extractedAt" = excluded."extractedAt", "updatedBy" = excluded."updatedBy", "updatedAt" = now()
         RETURNING id::text AS id,
                   "indicatorId"::text || '|' || "areaId"::text || '|' || to_char("referenceDate", 'YYYY-MM-DD') AS triple`,
        // Nulls and false flags are left out (absent keys read as NULL): a third of the payload.
        JSON.stringify(
          writes.map(({ indicatorKey: _k, areaCode: _c, ...row }) => row),
          (_, value) => (value === null || value === false ? undefined : value),
        ),
        actor,
      );

      const writtenId = new Map(written.map((row) => [row.triple, row.id]));
      const entries = writes.map((row) => {
        const update = updates.get(tripleOf(row));
        return update
          ? { entityId: update.id, action: "UPDATE", changes: update.changes }
          : { entityId: writtenId.get(tripleOf(row)) ?? "", action: "CREATE", changes: snapshotOfInput(row) };
      });
      await tx.$executeRawUnsafe(
        `INSERT INTO "ChangeLog" (actor, entity, "entityId", action, changes)
         SELECT $2, 'Observation', r."entityId", r.action::"ChangeAction", r.changes
         FROM jsonb_to_recordset($1::jsonb) AS r("entityId" text, action text, changes jsonb)`,
        JSON.stringify(entries),
        actor,
      );
      return { created: writes.length - updates.size, updated: updates.size, unchanged: rows.length - writes.length };
    },
    { timeout: 5 * 60_000 },
  );
}
