import type { IndexAreaResult } from "@sozialatlas/domain/social-index";
import type {
  AreaLevel,
  IndexResult as IndexResultRow,
  IndexRun as IndexRunRow,
  Prisma,
} from "../../generated/prisma/client.ts";
import { recordChange } from "../../lib/change-log.ts";
import type { Database } from "../../lib/db.ts";
import { DomainError, notFound } from "../../lib/errors.ts";
import { assertId, filterId } from "../../lib/ids.ts";
import { type Connection, cursorArgs, type PageArgs, paginate } from "../../lib/pagination.ts";
import { toDbDate } from "../../lib/scalars.ts";
import { invalidInput } from "../../lib/validation.ts";
import { classChangesBetween, type IndexClassChangeRecord } from "./class-changes.ts";
import { type DynamicsClassName, dynamicsClassesOf, type StatusClassName, statusClassesOf } from "./index-classes.ts";
import { definitionOf, getIndexDefinition } from "./index-definition.service.ts";
import { runIndex } from "./social-index.service.ts";

export type { IndexResultRow, IndexRunRow };

/** Newest first: by Stichtag, then by time of computation (id only to make the order total). */
const newestFirst: Prisma.IndexRunOrderByWithRelationInput[] = [
  { referenceDate: "desc" },
  { createdAt: "desc" },
  { id: "desc" },
];

// ---------------------------------------------------------------------------------------
// Runs

export interface IndexRunFilter {
  definitionId?: string | null;
  level?: AreaLevel | null;
  referenceDate?: string | null;
}

export async function listIndexRuns(
  db: Database,
  filter: IndexRunFilter,
  page: PageArgs,
): Promise<Connection<IndexRunRow>> {
  const where: Prisma.IndexRunWhereInput = {
    definitionId: filterId("filter.definitionId", filter.definitionId, "index definition"),
    level: filter.level ?? undefined,
    referenceDate: filter.referenceDate ? toDbDate(filter.referenceDate) : undefined,
  };
  return paginate(
    page,
    (slice) => db.prisma.indexRun.findMany({ where, orderBy: newestFirst, ...cursorArgs(slice) }),
    () => db.prisma.indexRun.count({ where }),
  );
}

export async function getIndexRun(db: Database, id: string): Promise<IndexRunRow> {
  const run = await db.prisma.indexRun.findUnique({ where: { id: assertId("Index run", id) } });
  if (!run) throw notFound("Index run", id);
  return run;
}

export async function findIndexRunsByIds(db: Database, ids: readonly string[]): Promise<IndexRunRow[]> {
  return db.prisma.indexRun.findMany({ where: { id: { in: [...ids] } } });
}

/** Every run of these definitions, newest first (runs are few: a handful per definition and year). */
export async function findRunsOfDefinitions(db: Database, definitionIds: readonly string[]): Promise<IndexRunRow[]> {
  return db.prisma.indexRun.findMany({ where: { definitionId: { in: [...definitionIds] } }, orderBy: newestFirst });
}

/**
 * The latest earlier run of the same definition and level — an earlier Stichtag, or the same
 * Stichtag computed before — from the definition's runs ordered newest first.
 */
export function previousRunOf(run: IndexRunRow, runsNewestFirst: readonly IndexRunRow[]): IndexRunRow | null {
  const sameLevel = runsNewestFirst.filter((candidate) => candidate.level === run.level);
  const position = sameLevel.findIndex((candidate) => candidate.id === run.id);
  return position === -1 ? null : (sameLevel[position + 1] ?? null);
}

export interface RunIndexArgs {
  definitionId: string;
  level: AreaLevel;
  referenceDate: string;
  label?: string | null;
}

const labelMax = 200;

/**
 * Computes a definition with its stored spec and stores the run (with the definition as it
 * was, its version and the statistics) and the result of every area in one transaction.
 */
export async function createIndexRun(db: Database, actor: string, args: RunIndexArgs): Promise<IndexRunRow> {
  const label = args.label?.trim() || null;
  if (label !== null && label.length > labelMax) {
    throw invalidInput([{ field: "label", message: `use at most ${labelMax} characters` }]);
  }
  const definitionRow = await getIndexDefinition(db, args.definitionId);
  if (definitionRow.archivedAt) {
    throw new DomainError("CONFLICT", `Index definition ${definitionRow.key} is archived: restore it first`);
  }
  const definition = definitionOf(definitionRow);
  const { run, areaIds } = await runIndex(db, definition, args.level, args.referenceDate);
  return db.prisma.$transaction(async (tx) => {
    const stored = await tx.indexRun.create({
      data: {
        definitionId: definitionRow.id,
        definitionVersion: definitionRow.version,
        definitionSnapshot: definition as unknown as Prisma.InputJsonValue,
        level: args.level,
        referenceDate: toDbDate(args.referenceDate),
        statistics: run.statistics as unknown as Prisma.InputJsonValue,
        validCount: run.validCount,
        excludedCount: run.excludedCount,
        label,
        createdBy: actor,
      },
    });
    await tx.indexResult.createMany({
      data: run.areas.map((area) => resultRow(stored.id, areaIdOf(areaIds, area), area)),
    });
    await recordChange(tx, {
      actor,
      entity: "IndexRun",
      entityId: stored.id,
      action: "CREATE",
      after: {
        definitionKey: definition.key,
        definitionVersion: definitionRow.version,
        level: args.level,
        referenceDate: args.referenceDate,
        label,
        validCount: run.validCount,
        excludedCount: run.excludedCount,
      },
    });
    return stored;
  });
}

function areaIdOf(areaIds: ReadonlyMap<string, string>, area: IndexAreaResult): string {
  const id = areaIds.get(area.areaCode);
  if (id === undefined) throw new Error(`area ${area.areaCode} of the computation has no id`);
  return id;
}

const resultRow = (runId: string, areaId: string, area: IndexAreaResult): Prisma.IndexResultCreateManyInput => ({
  runId,
  areaId,
  statusSum: area.statusSum,
  statusIndex: area.statusIndex,
  statusClass: area.statusClass,
  dynamicsSum: area.dynamicsSum,
  dynamicsIndex: area.dynamicsIndex,
  dynamicsClass: area.dynamicsClass,
  combinedCode: area.combinedCode,
  rank: area.rank,
  excludedReason: area.excludedReason,
});

// ---------------------------------------------------------------------------------------
// Results

export interface IndexResultFilter {
  statusClasses?: readonly StatusClassName[] | null;
  dynamicsClasses?: readonly DynamicsClassName[] | null;
  excluded?: boolean | null;
  areaCodes?: readonly string[] | null;
}

export type IndexResultOrder = "RANK" | "AREA_CODE";

/** A result with its area id as the id its page cursor is made of (unique within a run). */
export type IndexResultNode = IndexResultRow & { id: string };

export async function listRunResults(
  db: Database,
  runId: string,
  filter: IndexResultFilter,
  order: IndexResultOrder,
  page: PageArgs,
): Promise<Connection<IndexResultNode>> {
  const where: Prisma.IndexResultWhereInput = {
    runId,
    statusClass: filter.statusClasses ? { in: statusClassesOf(filter.statusClasses) } : undefined,
    dynamicsClass: filter.dynamicsClasses ? { in: dynamicsClassesOf(filter.dynamicsClasses) } : undefined,
    excludedReason: filter.excluded === true ? { not: null } : filter.excluded === false ? null : undefined,
    area: filter.areaCodes ? { code: { in: [...filter.areaCodes] } } : undefined,
  };
  // Area codes are unique, so both orders are total within a run.
  const orderBy: Prisma.IndexResultOrderByWithRelationInput[] =
    order === "RANK"
      ? [{ rank: { sort: "asc", nulls: "last" } }, { area: { code: "asc" } }]
      : [{ area: { code: "asc" } }];
  return paginate(
    page,
    async (slice) => {
      const { take, skip, cursor } = cursorArgs(slice);
      const rows = await db.prisma.indexResult.findMany({
        where,
        orderBy,
        take,
        skip,
        cursor: cursor ? { runId_areaId: { runId, areaId: cursor.id } } : undefined,
      });
      return rows.map((row) => ({ ...row, id: row.areaId }));
    },
    () => db.prisma.indexResult.count({ where }),
  );
}

export type IndexResultWithCode = IndexResultRow & { area: { code: string } };

/** All results of these runs with their area codes (for class changes). */
export async function findResultsOfRuns(db: Database, runIds: readonly string[]): Promise<IndexResultWithCode[]> {
  return db.prisma.indexResult.findMany({
    where: { runId: { in: [...runIds] } },
    include: { area: { select: { code: true } } },
  });
}

export interface AreaIndexResultsArgs {
  definitionKey: string;
  level: AreaLevel | null;
}

/** The results of these areas in every run of one definition, oldest run first, with their runs. */
export async function findResultsOfAreas(
  db: Database,
  areaIds: readonly string[],
  args: AreaIndexResultsArgs,
): Promise<Array<IndexResultRow & { run: IndexRunRow }>> {
  return db.prisma.indexResult.findMany({
    where: {
      areaId: { in: [...areaIds] },
      run: { definition: { key: args.definitionKey }, level: args.level ?? undefined },
    },
    include: { run: true },
    orderBy: [{ run: { referenceDate: "asc" } }, { run: { createdAt: "asc" } }, { runId: "asc" }],
  });
}

// ---------------------------------------------------------------------------------------
// Class changes

/** The attention list between two runs of the same area level. */
export async function indexClassChanges(
  db: Database,
  fromRunId: string,
  toRunId: string,
): Promise<IndexClassChangeRecord[]> {
  const [from, to] = await Promise.all([getIndexRun(db, fromRunId), getIndexRun(db, toRunId)]);
  if (from.level !== to.level) {
    throw invalidInput([
      {
        field: "toRunId",
        message: `runs of different area levels (${from.level}, ${to.level}) have no areas in common`,
      },
    ]);
  }
  const results = await findResultsOfRuns(db, [from.id, to.id]);
  return classChangesBetween(
    results.filter((result) => result.runId === from.id),
    results.filter((result) => result.runId === to.id),
  );
}
