import { fundingSourceTypes, type ProgrammeInput, programmeInputSchema } from "@sozialatlas/domain/programme";
import type {
  Prisma,
  ProgrammeBudgetLine as ProgrammeBudgetLineRow,
  ProgrammeFamily,
  ProgrammePartner as ProgrammePartnerRow,
  ProgrammeResult as ProgrammeResultRow,
  Programme as ProgrammeRow,
} from "../../generated/prisma/client.ts";
import { recordChange } from "../../lib/change-log.ts";
import type { Database } from "../../lib/db.ts";
import { DomainError, notFound } from "../../lib/errors.ts";
import { assertId, isUuid } from "../../lib/ids.ts";
import { type Connection, cursorArgs, type PageArgs, paginate } from "../../lib/pagination.ts";
import { toDbDate } from "../../lib/scalars.ts";
import { type FieldError, invalidInput, parseInput } from "../../lib/validation.ts";
import type { AreaRow } from "../area/area.service.ts";
import { relatedAreaIds, relatedAreaIdsOf } from "../area/related-areas.ts";

export type { ProgrammeBudgetLineRow, ProgrammePartnerRow, ProgrammeResultRow, ProgrammeRow };

type Tx = Prisma.TransactionClient;

export interface ProgrammeFilter {
  family?: ProgrammeFamily | null;
  areaCode?: string | null;
  organisationId?: string | null;
  activeOn?: string | null;
  search?: string | null;
  includeArchived?: boolean | null;
}

export async function listProgrammes(
  db: Database,
  filter: ProgrammeFilter | null | undefined,
  page: PageArgs,
): Promise<Connection<ProgrammeRow>> {
  const where = await programmeWhere(db, filter ?? {});
  return paginate(
    page,
    (slice) => {
      const args: Prisma.ProgrammeFindManyArgs = {
        where,
        orderBy: [{ name: "asc" }, { id: "asc" }],
        ...cursorArgs(slice),
      };
      return db.prisma.programme.findMany(args);
    },
    () => db.prisma.programme.count({ where }),
  );
}

async function programmeWhere(db: Database, filter: ProgrammeFilter): Promise<Prisma.ProgrammeWhereInput> {
  const conditions: Prisma.ProgrammeWhereInput[] = [];
  if (!filter.includeArchived) conditions.push({ archivedAt: null });
  if (filter.family) conditions.push({ family: filter.family });
  if (filter.areaCode != null) {
    const areaIds = await relatedAreaIds(db, filter.areaCode);
    conditions.push({ areas: { some: { areaId: { in: areaIds } } } });
  }
  if (filter.organisationId != null) {
    const organisationId = await assertOrganisationExists(db, filter.organisationId);
    conditions.push({
      OR: [{ leadOrganisationId: organisationId }, { partners: { some: { organisationId } } }],
    });
  }
  if (filter.activeOn) {
    const day = toDbDate(filter.activeOn);
    conditions.push({ OR: [{ startDate: null }, { startDate: { lte: day } }] });
    conditions.push({ OR: [{ endDate: null }, { endDate: { gte: day } }] });
  }
  const search = filter.search?.trim();
  if (search) {
    const contains = { contains: search, mode: "insensitive" as const };
    conditions.push({
      OR: [{ name: contains }, { description: contains }, { legalBasis: contains }, { round: contains }],
    });
  }
  return { AND: conditions };
}

async function assertOrganisationExists(db: Database, id: string): Promise<string> {
  assertId("Organisation", id);
  if ((await db.prisma.organisation.count({ where: { id } })) === 0) throw notFound("Organisation", id);
  return id;
}

export async function getProgramme(db: Database, id: string): Promise<ProgrammeRow> {
  assertId("Programme", id);
  const programme = await db.prisma.programme.findUnique({ where: { id } });
  if (!programme) throw notFound("Programme", id);
  return programme;
}

// ---------------------------------------------------------------------------------------
// Writes

interface ResolvedReferences {
  areaIdByCode: Map<string, string>;
}

/** Checks every referenced area and organisation; unknown ones are field errors by list index. */
async function resolveReferences(db: Database, input: ProgrammeInput): Promise<ResolvedReferences> {
  const errors: FieldError[] = [];
  const areas = await db.prisma.area.findMany({
    where: { code: { in: input.areaCodes } },
    select: { id: true, code: true },
  });
  const areaIdByCode = new Map(areas.map((area) => [area.code, area.id]));
  input.areaCodes.forEach((code, index) => {
    if (!areaIdByCode.has(code)) errors.push({ field: `areaCodes.${index}`, message: `unknown area code ${code}` });
  });

  const organisationIds = [input.leadOrganisationId, ...input.partners.map((partner) => partner.organisationId)];
  const known = new Set(
    (
      await db.prisma.organisation.findMany({
        where: { id: { in: organisationIds.filter((id): id is string => id !== null && isUuid(id)) } },
        select: { id: true },
      })
    ).map((organisation) => organisation.id),
  );
  if (input.leadOrganisationId !== null && !known.has(input.leadOrganisationId)) {
    errors.push({ field: "leadOrganisationId", message: `unknown organisation ${input.leadOrganisationId}` });
  }
  input.partners.forEach((partner, index) => {
    if (!known.has(partner.organisationId)) {
      errors.push({
        field: `partners.${index}.organisationId`,
        message: `unknown organisation ${partner.organisationId}`,
      });
    }
  });
  if (errors.length > 0) throw invalidInput(errors);
  return { areaIdByCode };
}

function scalarData(input: ProgrammeInput) {
  return {
    name: input.name,
    family: input.family,
    legalBasis: input.legalBasis,
    description: input.description,
    startDate: input.startDate ? toDbDate(input.startDate) : null,
    endDate: input.endDate ? toDbDate(input.endDate) : null,
    round: input.round,
    targetGroups: input.targetGroups,
    leadOrganisationId: input.leadOrganisationId,
    placesPlanned: input.placesPlanned,
    placesFilled: input.placesFilled,
    participants: input.participants,
  };
}

async function writeChildren(tx: Tx, programmeId: string, input: ProgrammeInput, refs: ResolvedReferences) {
  await tx.programmeBudgetLine.createMany({ data: input.budgetLines.map((line) => ({ programmeId, ...line })) });
  await tx.programmeArea.createMany({
    data: input.areaCodes.map((code) => ({ programmeId, areaId: refs.areaIdByCode.get(code) ?? "" })),
  });
  await tx.programmePartner.createMany({ data: input.partners.map((partner) => ({ programmeId, ...partner })) });
  await tx.programmeResult.createMany({
    data: input.results.map((result, position) => ({
      programmeId,
      ...result,
      asOf: result.asOf ? toDbDate(result.asOf) : null,
      position,
    })),
  });
}

async function deleteChildren(tx: Tx, programmeId: string) {
  await tx.programmeBudgetLine.deleteMany({ where: { programmeId } });
  await tx.programmeArea.deleteMany({ where: { programmeId } });
  await tx.programmePartner.deleteMany({ where: { programmeId } });
  await tx.programmeResult.deleteMany({ where: { programmeId } });
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** The programme with its lists as plain values, in a fixed order: what the change log compares. */
async function snapshot(tx: Tx, id: string): Promise<Record<string, unknown>> {
  // One statement after the other: an `include` inside an interactive transaction makes
  // Prisma send the relation queries concurrently on the one connection, which pg deprecates.
  const programme = await tx.programme.findUniqueOrThrow({ where: { id } });
  const budgetLines = await tx.programmeBudgetLine.findMany({ where: { programmeId: id } });
  const areas = await tx.area.findMany({
    where: { programmes: { some: { programmeId: id } } },
    select: { code: true },
  });
  const partners = await tx.programmePartner.findMany({
    where: { programmeId: id },
    orderBy: { organisationId: "asc" },
  });
  const results = await tx.programmeResult.findMany({ where: { programmeId: id }, orderBy: { position: "asc" } });
  return {
    name: programme.name,
    family: programme.family,
    legalBasis: programme.legalBasis,
    description: programme.description,
    startDate: day(programme.startDate),
    endDate: day(programme.endDate),
    round: programme.round,
    targetGroups: programme.targetGroups,
    leadOrganisationId: programme.leadOrganisationId,
    placesPlanned: programme.placesPlanned,
    placesFilled: programme.placesFilled,
    participants: programme.participants,
    budgetLines: sortBudgetLines(budgetLines).map(({ year, sourceType, sourceName, amount }) => ({
      year,
      sourceType,
      sourceName,
      amount,
    })),
    areaCodes: areas.map((area) => area.code).sort(),
    partners: partners.map(({ organisationId, role }) => ({ organisationId, role })),
    results: results.map(({ kind, label, value, unit, asOf }) => ({
      kind,
      label,
      value,
      unit,
      asOf: day(asOf),
    })),
  };
}

/** Budget lines by year, source type (declaration order) and source name. */
export function sortBudgetLines<Line extends Pick<ProgrammeBudgetLineRow, "year" | "sourceType" | "sourceName">>(
  lines: readonly Line[],
): Line[] {
  return [...lines].sort(
    (a, b) =>
      a.year - b.year ||
      fundingSourceTypes.indexOf(a.sourceType) - fundingSourceTypes.indexOf(b.sourceType) ||
      a.sourceName.localeCompare(b.sourceName, "de"),
  );
}

/** Creates a programme with its lists. `isExample` is set only by the demo seed. */
export async function createProgramme(
  db: Database,
  actor: string,
  rawInput: unknown,
  options: { isExample?: boolean } = {},
): Promise<ProgrammeRow> {
  const input = parseInput(programmeInputSchema, rawInput);
  const refs = await resolveReferences(db, input);
  return db.prisma.$transaction(async (tx) => {
    const programme = await tx.programme.create({
      data: { ...scalarData(input), isExample: options.isExample ?? false, createdBy: actor, updatedBy: actor },
    });
    await writeChildren(tx, programme.id, input, refs);
    await recordChange(tx, {
      actor,
      entity: "Programme",
      entityId: programme.id,
      action: "CREATE",
      after: await snapshot(tx, programme.id),
    });
    return programme;
  });
}

/** Replaces a programme's fields and lists as a whole. */
export async function updateProgramme(
  db: Database,
  actor: string,
  id: string,
  rawInput: unknown,
): Promise<ProgrammeRow> {
  const existing = await getProgramme(db, id);
  if (existing.archivedAt) {
    throw new DomainError("CONFLICT", `Programme ${id} is archived; restore it first`, { entity: "Programme", id });
  }
  const input = parseInput(programmeInputSchema, rawInput);
  const refs = await resolveReferences(db, input);
  return db.prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, id);
    await deleteChildren(tx, id);
    const programme = await tx.programme.update({ where: { id }, data: { ...scalarData(input), updatedBy: actor } });
    await writeChildren(tx, id, input, refs);
    await recordChange(tx, {
      actor,
      entity: "Programme",
      entityId: id,
      action: "UPDATE",
      before,
      after: await snapshot(tx, id),
    });
    return programme;
  });
}

export async function archiveProgramme(db: Database, actor: string, id: string): Promise<ProgrammeRow> {
  const existing = await getProgramme(db, id);
  if (existing.archivedAt) throw new DomainError("CONFLICT", `Programme ${id} is already archived`, { id });
  return db.prisma.$transaction(async (tx) => {
    const programme = await tx.programme.update({
      where: { id },
      data: { archivedAt: new Date(), archivedBy: actor, updatedBy: actor },
    });
    await recordChange(tx, {
      actor,
      entity: "Programme",
      entityId: id,
      action: "ARCHIVE",
      after: { archivedAt: programme.archivedAt, archivedBy: actor },
    });
    return programme;
  });
}

export async function restoreProgramme(db: Database, actor: string, id: string): Promise<ProgrammeRow> {
  const existing = await getProgramme(db, id);
  if (!existing.archivedAt) throw new DomainError("CONFLICT", `Programme ${id} is not archived`, { id });
  return db.prisma.$transaction(async (tx) => {
    const programme = await tx.programme.update({
      where: { id },
      data: { archivedAt: null, archivedBy: null, updatedBy: actor },
    });
    await recordChange(tx, { actor, entity: "Programme", entityId: id, action: "RESTORE" });
    return programme;
  });
}

// ---------------------------------------------------------------------------------------
// Batched reads for the loaders: one statement per call, whatever the number of programmes.

export function findBudgetLines(db: Database, programmeIds: readonly string[]) {
  return db.prisma.programmeBudgetLine.findMany({ where: { programmeId: { in: [...programmeIds] } } });
}

export function findResults(db: Database, programmeIds: readonly string[]) {
  return db.prisma.programmeResult.findMany({
    where: { programmeId: { in: [...programmeIds] } },
    orderBy: [{ programmeId: "asc" }, { position: "asc" }],
  });
}

/** Partners with the organisation's name (for ordering). */
export function findPartners(db: Database, programmeIds: readonly string[]) {
  return db.prisma.programmePartner.findMany({
    where: { programmeId: { in: [...programmeIds] } },
    include: { organisation: { select: { name: true } } },
  });
}

export async function findFundingAreas(
  db: Database,
  programmeIds: readonly string[],
): Promise<Array<{ programmeId: string; area: AreaRow }>> {
  return db.prisma.programmeArea.findMany({
    where: { programmeId: { in: [...programmeIds] } },
    include: { area: true },
  });
}

/** Active programmes per area by the related-areas rule, ordered by name (three statements). */
export async function findProgrammesOfAreas(
  db: Database,
  areaIds: readonly string[],
): Promise<Map<string, ProgrammeRow[]>> {
  const related = await relatedAreaIdsOf(db, areaIds);
  const allRelated = new Set([...related.values()].flatMap((ids) => [...ids]));
  const links = await db.prisma.programmeArea.findMany({
    where: { areaId: { in: [...allRelated] }, programme: { archivedAt: null } },
    select: { programmeId: true, areaId: true },
  });
  const programmes = await db.prisma.programme.findMany({
    where: { id: { in: [...new Set(links.map((link) => link.programmeId))] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  const byArea = new Map<string, ProgrammeRow[]>();
  for (const [areaId, relatedIds] of related) {
    const ids = new Set(links.filter((link) => relatedIds.has(link.areaId)).map((link) => link.programmeId));
    byArea.set(
      areaId,
      programmes.filter((programme) => ids.has(programme.id)),
    );
  }
  return byArea;
}
