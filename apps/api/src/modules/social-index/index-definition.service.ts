import {
  type DynamicsThresholds,
  type IndexDefinition,
  type IndexPolarity,
  indexDefinitionSchema,
  type StatusThresholds,
} from "@sozialatlas/domain/social-index";
import type {
  Area as AreaRow,
  IndexDefinition as IndexDefinitionRow,
  Indicator as IndicatorRow,
  Prisma,
} from "../../generated/prisma/client.ts";
import { recordChange } from "../../lib/change-log.ts";
import type { Database } from "../../lib/db.ts";
import { DomainError, notFound } from "../../lib/errors.ts";
import { assertId } from "../../lib/ids.ts";
import { type Connection, cursorArgs, type PageArgs, paginate } from "../../lib/pagination.ts";
import { type FieldError, invalidInput } from "../../lib/validation.ts";

export type { IndexDefinitionRow };

/** What `spec` stores: the parsed definition without key and name, which are columns. */
type IndexSpec = Omit<IndexDefinition, "key" | "name">;

const parsedDefinitions = new WeakMap<object, IndexDefinition>();

/** Parses stored JSON (a definition's spec with its key and name, or a run's snapshot) once per row object. */
function parseStored(owner: object, stored: unknown): IndexDefinition {
  const cached = parsedDefinitions.get(owner);
  if (cached) return cached;
  // Stored specs were validated on write; a failure here means a damaged row, not bad input.
  const definition = indexDefinitionSchema.parse(stored);
  parsedDefinitions.set(owner, definition);
  return definition;
}

/** The engine's definition of a stored row. */
export function definitionOf(row: IndexDefinitionRow): IndexDefinition {
  return parseStored(row, { ...(row.spec as Record<string, unknown>), key: row.key, name: row.name });
}

/** The definition a run was computed with (its snapshot). */
export function snapshotOf(run: { definitionSnapshot: Prisma.JsonValue }): IndexDefinition {
  return parseStored(run, run.definitionSnapshot);
}

function specOf(definition: IndexDefinition): IndexSpec {
  const { key: _key, name: _name, ...spec } = definition;
  return spec;
}

// ---------------------------------------------------------------------------------------
// Reads

export interface IndexDefinitionFilter {
  search?: string | null;
  includeArchived?: boolean | null;
}

export async function listIndexDefinitions(
  db: Database,
  filter: IndexDefinitionFilter,
  page: PageArgs,
): Promise<Connection<IndexDefinitionRow>> {
  const search = filter.search?.trim();
  const contains = { contains: search ?? "", mode: "insensitive" as const };
  const where: Prisma.IndexDefinitionWhereInput = {
    archivedAt: filter.includeArchived ? undefined : null,
    OR: search ? [{ key: contains }, { name: contains }, { description: contains }] : undefined,
  };
  return paginate(
    page,
    (slice) =>
      db.prisma.indexDefinition.findMany({ where, orderBy: [{ key: "asc" }, { id: "asc" }], ...cursorArgs(slice) }),
    () => db.prisma.indexDefinition.count({ where }),
  );
}

export async function getIndexDefinition(db: Database, id: string): Promise<IndexDefinitionRow> {
  const row = await db.prisma.indexDefinition.findUnique({ where: { id: assertId("Index definition", id) } });
  if (!row) throw notFound("Index definition", id);
  return row;
}

export async function findIndexDefinitionRowByKey(db: Database, key: string): Promise<IndexDefinitionRow | null> {
  return db.prisma.indexDefinition.findUnique({ where: { key } });
}

/** A stored definition by key; an unknown key is NOT_FOUND naming the keys there are. */
export async function getIndexDefinitionRowByKey(db: Database, key: string): Promise<IndexDefinitionRow> {
  const row = await findIndexDefinitionRowByKey(db, key);
  if (row) return row;
  const available = await db.prisma.indexDefinition.findMany({
    where: { archivedAt: null },
    orderBy: { key: "asc" },
    select: { key: true },
  });
  const known = available.length > 0 ? available.map((definition) => definition.key).join(", ") : "none";
  throw new DomainError("NOT_FOUND", `Index definition ${key} not found (available: ${known})`, {
    entity: "Index definition",
    key,
  });
}

export async function findIndexDefinitionsByIds(db: Database, ids: readonly string[]): Promise<IndexDefinitionRow[]> {
  return db.prisma.indexDefinition.findMany({ where: { id: { in: [...ids] } } });
}

export async function findIndicatorsByKeys(db: Database, keys: readonly string[]): Promise<IndicatorRow[]> {
  return db.prisma.indicator.findMany({ where: { key: { in: [...keys] } } });
}

export async function findAreasByCodes(db: Database, codes: readonly string[]): Promise<AreaRow[]> {
  return db.prisma.area.findMany({ where: { code: { in: [...codes] } } });
}

// ---------------------------------------------------------------------------------------
// Writes

interface IndexIndicatorInput {
  indicatorKey: string;
  weight?: number | null;
  polarity: IndexPolarity;
}

/** A definition as GraphQL delivers it (IndexDefinitionInput): optional fields may be null. */
export interface IndexDefinitionInput {
  key: string;
  name: string;
  description?: string | null;
  status: { indicators: readonly IndexIndicatorInput[]; thresholds?: StatusThresholds | null };
  dynamics?: { indicators: readonly IndexIndicatorInput[]; thresholds?: DynamicsThresholds | null } | null;
  standardisation?: "SAME_DATE" | "BASE_DATE" | null;
  baseDate?: string | null;
  minPopulation?: number | null;
  excludedAreaCodes?: readonly string[] | null;
}

const descriptionMax = 4000;

const part = (input: { indicators: readonly IndexIndicatorInput[]; thresholds?: object | null }) => ({
  indicators: input.indicators.map((indicator) => ({
    indicatorKey: indicator.indicatorKey,
    weight: indicator.weight ?? undefined,
    polarity: indicator.polarity,
  })),
  thresholds: input.thresholds ?? undefined,
});

/** Syntax with the domain schema, then the references: indicators, areas and the key's uniqueness. */
async function validate(
  db: Database,
  input: IndexDefinitionInput,
  exceptId?: string,
): Promise<{ definition: IndexDefinition; description: string }> {
  const errors: FieldError[] = [];
  const basis = input.standardisation ?? "SAME_DATE";
  if (basis === "BASE_DATE" && !input.baseDate) {
    errors.push({ field: "baseDate", message: "choose the base date of the BASE_DATE standardisation" });
  }
  if (basis === "SAME_DATE" && input.baseDate) {
    errors.push({ field: "baseDate", message: "a base date is used only with standardisation BASE_DATE" });
  }
  const description = (input.description ?? "").trim();
  if (description.length > descriptionMax) {
    errors.push({ field: "description", message: `use at most ${descriptionMax} characters` });
  }
  const parsed = indexDefinitionSchema.safeParse({
    key: input.key,
    name: input.name,
    status: part(input.status),
    dynamics: input.dynamics ? part(input.dynamics) : null,
    standardisation: basis === "BASE_DATE" ? { baseDate: input.baseDate ?? "" } : "sameDate",
    minPopulation: input.minPopulation ?? undefined,
    excludedAreaCodes: input.excludedAreaCodes ?? undefined,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join(".") || "input";
      if (field === "standardisation.baseDate" && errors.some((error) => error.field === "baseDate")) continue;
      errors.push({ field: field === "standardisation.baseDate" ? "baseDate" : field, message: issue.message });
    }
  }
  if (!parsed.success || errors.length > 0) throw invalidInput(errors);
  const definition = parsed.data;

  const parts = [
    ["status", definition.status.indicators],
    ["dynamics", definition.dynamics?.indicators ?? []],
  ] as const;
  const indicators = new Map(
    (
      await findIndicatorsByKeys(
        db,
        parts.flatMap(([, list]) => list.map((i) => i.indicatorKey)),
      )
    ).map((row) => [row.key, row]),
  );
  for (const [name, list] of parts) {
    list.forEach(({ indicatorKey }, index) => {
      const indicator = indicators.get(indicatorKey);
      const field = `${name}.indicators.${index}.indicatorKey`;
      if (!indicator) errors.push({ field, message: `no indicator has the key ${indicatorKey}` });
      else if (indicator.archivedAt) errors.push({ field, message: `indicator ${indicatorKey} is archived` });
    });
  }
  const areaCodes = new Set((await findAreasByCodes(db, definition.excludedAreaCodes)).map((area) => area.code));
  definition.excludedAreaCodes.forEach((code, index) => {
    if (!areaCodes.has(code))
      errors.push({ field: `excludedAreaCodes.${index}`, message: `unknown area code ${code}` });
  });
  const holder = await db.prisma.indexDefinition.findUnique({ where: { key: definition.key }, select: { id: true } });
  if (holder && holder.id !== exceptId) errors.push(keyTakenError(definition.key));
  if (errors.length > 0) throw invalidInput(errors);
  return { definition, description };
}

const keyTakenError = (key: string): FieldError => ({
  field: "key",
  message: `an index definition with key ${key} already exists`,
});

/** A concurrent write took the key between the check and the insert (Prisma P2002). */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** What the change log compares: every editable field, the spec in the schema's key order. */
function snapshot(row: IndexDefinitionRow) {
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    version: row.version,
    spec: specOf(definitionOf(row)),
  };
}

const toJson = (value: unknown) => value as Prisma.InputJsonValue;

export async function createIndexDefinition(
  db: Database,
  actor: string,
  input: IndexDefinitionInput,
): Promise<IndexDefinitionRow> {
  const { definition, description } = await validate(db, input);
  try {
    return await db.prisma.$transaction(async (tx) => {
      const row = await tx.indexDefinition.create({
        data: {
          key: definition.key,
          name: definition.name,
          description,
          spec: toJson(specOf(definition)),
          createdBy: actor,
          updatedBy: actor,
        },
      });
      await recordChange(tx, {
        actor,
        entity: "IndexDefinition",
        entityId: row.id,
        action: "CREATE",
        after: snapshot(row),
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalidInput([keyTakenError(definition.key)]);
    throw error;
  }
}

/**
 * Replaces every field. Any change raises the version by 1, so that runs name the version
 * they used; an update that changes nothing writes nothing and keeps the version.
 */
export async function updateIndexDefinition(
  db: Database,
  actor: string,
  id: string,
  input: IndexDefinitionInput,
): Promise<IndexDefinitionRow> {
  const before = await getIndexDefinition(db, id);
  if (before.archivedAt) {
    throw new DomainError("CONFLICT", `Index definition ${before.key} is archived: restore it first`);
  }
  const { definition, description } = await validate(db, input, id);
  const unchanged =
    before.key === definition.key &&
    before.name === definition.name &&
    before.description === description &&
    JSON.stringify(specOf(definitionOf(before))) === JSON.stringify(specOf(definition));
  if (unchanged) return before;
  try {
    return await db.prisma.$transaction(async (tx) => {
      const row = await tx.indexDefinition.update({
        // Guarded by the version read above: a concurrent update makes this one fail instead of being lost.
        where: { id, version: before.version },
        data: {
          key: definition.key,
          name: definition.name,
          description,
          spec: toJson(specOf(definition)),
          version: { increment: 1 },
          updatedBy: actor,
        },
      });
      await recordChange(tx, {
        actor,
        entity: "IndexDefinition",
        entityId: id,
        action: "UPDATE",
        before: snapshot(before),
        after: snapshot(row),
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalidInput([keyTakenError(definition.key)]);
    if (isRecordNotFound(error)) {
      throw new DomainError("CONFLICT", `Index definition ${before.key} was changed meanwhile: load it again`);
    }
    throw error;
  }
}

/** Prisma's P2025: the row of an update's `where` was not there (here: another version). */
function isRecordNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2025";
}

/** Archiving hides the definition from lists and stops new runs; its runs stay. */
export async function archiveIndexDefinition(db: Database, actor: string, id: string): Promise<IndexDefinitionRow> {
  const before = await getIndexDefinition(db, id);
  if (before.archivedAt) throw new DomainError("CONFLICT", `Index definition ${before.key} is already archived`);
  return db.prisma.$transaction(async (tx) => {
    const row = await tx.indexDefinition.update({
      where: { id },
      data: { archivedAt: new Date(), archivedBy: actor, updatedBy: actor },
    });
    await recordChange(tx, {
      actor,
      entity: "IndexDefinition",
      entityId: id,
      action: "ARCHIVE",
      after: { archivedAt: row.archivedAt, archivedBy: actor },
    });
    return row;
  });
}

export async function restoreIndexDefinition(db: Database, actor: string, id: string): Promise<IndexDefinitionRow> {
  const before = await getIndexDefinition(db, id);
  if (!before.archivedAt) throw new DomainError("CONFLICT", `Index definition ${before.key} is not archived`);
  return db.prisma.$transaction(async (tx) => {
    const row = await tx.indexDefinition.update({
      where: { id },
      data: { archivedAt: null, archivedBy: null, updatedBy: actor },
    });
    await recordChange(tx, { actor, entity: "IndexDefinition", entityId: id, action: "RESTORE" });
    return row;
  });
}
