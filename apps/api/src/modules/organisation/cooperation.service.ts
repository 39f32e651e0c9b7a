import { type CooperationAgreementInput, cooperationAgreementInputSchema } from "@sozialatlas/domain/organisation";
import type {
  CooperationAgreement as CooperationAgreementRow,
  CooperationPartner as CooperationPartnerRow,
  CooperationProject as CooperationProjectRow,
  Prisma,
} from "../../generated/prisma/client.ts";
import { recordChange } from "../../lib/change-log.ts";
import type { Database } from "../../lib/db.ts";
import { DomainError, notFound } from "../../lib/errors.ts";
import { assertId, filterId } from "../../lib/ids.ts";
import { type Connection, cursorArgs, type PageArgs, paginate } from "../../lib/pagination.ts";
import { toDbDate } from "../../lib/scalars.ts";
import { type FieldError, invalidInput, parseInput } from "../../lib/validation.ts";
import type { WriteOptions } from "./organisation.service.ts";

export type { CooperationAgreementRow, CooperationPartnerRow, CooperationProjectRow };

type AgreementWithLists = CooperationAgreementRow & {
  partners: CooperationPartnerRow[];
  projects: CooperationProjectRow[];
};

const entity = "CooperationAgreement";
const withLists = {
  partners: { orderBy: { organisationId: "asc" } },
  projects: { orderBy: { position: "asc" } },
} as const;
const byTitle = [
  { title: "asc" },
  { id: "asc" },
] as const satisfies Prisma.CooperationAgreementOrderByWithRelationInput[];

export interface CooperationAgreementFilter {
  organisationId?: string | null;
  includeArchived?: boolean | null;
}

export async function listCooperationAgreements(
  db: Database,
  filter: CooperationAgreementFilter,
  page: PageArgs,
): Promise<Connection<CooperationAgreementRow>> {
  const organisationId = filterId("filter.organisationId", filter.organisationId, "organisation");
  const where: Prisma.CooperationAgreementWhereInput = {
    archivedAt: filter.includeArchived ? undefined : null,
    partners: organisationId ? { some: { organisationId } } : undefined,
  };
  return paginate(
    page,
    (p) => db.prisma.cooperationAgreement.findMany({ where, orderBy: [...byTitle], ...cursorArgs(p) }),
    () => db.prisma.cooperationAgreement.count({ where }),
  );
}

export async function getCooperationAgreement(db: Database, id: string): Promise<CooperationAgreementRow> {
  const agreement = await db.prisma.cooperationAgreement.findUnique({ where: { id: assertId(entity, id) } });
  if (!agreement) throw notFound(entity, id);
  return agreement;
}

async function getWithLists(db: Database, id: string): Promise<AgreementWithLists> {
  const agreement = await db.prisma.cooperationAgreement.findUnique({
    where: { id: assertId(entity, id) },
    include: withLists,
  });
  if (!agreement) throw notFound(entity, id);
  return agreement;
}

/**
 * Partner organisations and programmes must exist; a partner newly added must not be
 * archived (one that was a partner before may stay, so old agreements remain editable).
 */
async function checkReferences(
  db: Database,
  input: CooperationAgreementInput,
  previousPartnerIds: ReadonlySet<string> = new Set(),
): Promise<void> {
  const organisationIds = input.partners.map((partner) => partner.organisationId);
  const programmeIds = input.projects.flatMap((project) => (project.programmeId ? [project.programmeId] : []));
  const [organisations, programmes] = await Promise.all([
    db.prisma.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, archivedAt: true } }),
    programmeIds.length > 0
      ? db.prisma.programme.findMany({ where: { id: { in: programmeIds } }, select: { id: true } })
      : Promise.resolve([]),
  ]);
  const archivedById = new Map(
    organisations.map((organisation) => [organisation.id, organisation.archivedAt !== null]),
  );
  const knownProgrammes = new Set(programmes.map((programme) => programme.id));
  const problems: FieldError[] = [];
  input.partners.forEach(({ organisationId }, index) => {
    const archived = archivedById.get(organisationId);
    const field = `partners.${index}.organisationId`;
    if (archived === undefined) problems.push({ field, message: "no organisation with this id" });
    else if (archived && !previousPartnerIds.has(organisationId)) {
      problems.push({ field, message: "this organisation is archived; restore it first" });
    }
  });
  input.projects.forEach(({ programmeId }, index) => {
    if (programmeId && !knownProgrammes.has(programmeId)) {
      problems.push({ field: `projects.${index}.programmeId`, message: "no programme with this id" });
    }
  });
  if (problems.length > 0) throw invalidInput(problems);
}

const dateOrNull = (value: string | null) => (value === null ? null : toDbDate(value));
const dayOrNull = (value: Date | null) => value?.toISOString().slice(0, 10) ?? null;

function columns(input: CooperationAgreementInput) {
  return {
    title: input.title,
    description: input.description,
    signedOn: dateOrNull(input.signedOn),
    validFrom: dateOrNull(input.validFrom),
    validUntil: dateOrNull(input.validUntil),
  };
}

function childRows(input: CooperationAgreementInput) {
  return {
    partners: { create: input.partners.map(({ organisationId, role }) => ({ organisationId, role })) },
    projects: { create: input.projects.map((project, position) => ({ ...project, position })) },
  };
}

/** What the change log records: the fields, the partners and the projects. */
function audited(agreement: AgreementWithLists): Record<string, unknown> {
  return {
    title: agreement.title,
    description: agreement.description,
    signedOn: dayOrNull(agreement.signedOn),
    validFrom: dayOrNull(agreement.validFrom),
    validUntil: dayOrNull(agreement.validUntil),
    partners: agreement.partners.map(({ organisationId, role }) => ({ organisationId, role })),
    projects: agreement.projects.map(({ name, description, programmeId }) => ({ name, description, programmeId })),
  };
}

export async function createCooperationAgreement(
  db: Database,
  actor: string,
  rawInput: unknown,
  options: WriteOptions = {},
): Promise<CooperationAgreementRow> {
  const input = parseInput(cooperationAgreementInputSchema, rawInput);
  await checkReferences(db, input);
  return db.prisma.$transaction(async (tx) => {
    const created = await tx.cooperationAgreement.create({
      data: {
        ...columns(input),
        ...childRows(input),
        isExample: options.isExample ?? false,
        createdBy: actor,
        updatedBy: actor,
      },
      include: withLists,
    });
    await recordChange(tx, { actor, entity, entityId: created.id, action: "CREATE", after: audited(created) });
    return created;
  });
}

export async function updateCooperationAgreement(
  db: Database,
  actor: string,
  id: string,
  rawInput: unknown,
): Promise<CooperationAgreementRow> {
  const before = await getWithLists(db, id);
  if (before.archivedAt) throw new DomainError("CONFLICT", `Cooperation agreement ${id} is archived; restore it first`);
  const input = parseInput(cooperationAgreementInputSchema, rawInput);
  await checkReferences(db, input, new Set(before.partners.map((partner) => partner.organisationId)));
  return db.prisma.$transaction(async (tx) => {
    await tx.cooperationPartner.deleteMany({ where: { agreementId: id } });
    await tx.cooperationProject.deleteMany({ where: { agreementId: id } });
    const after = await tx.cooperationAgreement.update({
      where: { id },
      data: { ...columns(input), ...childRows(input), updatedBy: actor },
      include: withLists,
    });
    await recordChange(tx, {
      actor,
      entity,
      entityId: id,
      action: "UPDATE",
      before: audited(before),
      after: audited(after),
    });
    return after;
  });
}

/** Archives an agreement; archiving twice changes nothing. */
export async function archiveCooperationAgreement(
  db: Database,
  actor: string,
  id: string,
): Promise<CooperationAgreementRow> {
  const agreement = await getCooperationAgreement(db, id);
  if (agreement.archivedAt) return agreement;
  return db.prisma.$transaction(async (tx) => {
    const archived = await tx.cooperationAgreement.update({
      where: { id },
      data: { archivedAt: new Date(), archivedBy: actor, updatedBy: actor },
    });
    await recordChange(tx, {
      actor,
      entity,
      entityId: id,
      action: "ARCHIVE",
      after: { archivedAt: archived.archivedAt },
    });
    return archived;
  });
}

/** Brings an archived agreement back; restoring one in use changes nothing. */
export async function restoreCooperationAgreement(
  db: Database,
  actor: string,
  id: string,
): Promise<CooperationAgreementRow> {
  const agreement = await getCooperationAgreement(db, id);
  if (!agreement.archivedAt) return agreement;
  return db.prisma.$transaction(async (tx) => {
    const restored = await tx.cooperationAgreement.update({
      where: { id },
      data: { archivedAt: null, archivedBy: null, updatedBy: actor },
    });
    await recordChange(tx, {
      actor,
      entity,
      entityId: id,
      action: "RESTORE",
      after: { archivedAt: null, previouslyArchivedAt: agreement.archivedAt },
    });
    return restored;
  });
}

// Batch look-ups for the DataLoaders.

/** Agreements in use that any of the organisations is a partner of, with the partner's id. */
export async function findAgreementsOfOrganisations(
  db: Database,
  organisationIds: readonly string[],
): Promise<Array<{ organisationId: string; agreement: CooperationAgreementRow }>> {
  return db.prisma.cooperationPartner.findMany({
    where: { organisationId: { in: [...organisationIds] }, agreement: { archivedAt: null } },
    select: { organisationId: true, agreement: true },
    orderBy: [{ agreement: { title: "asc" } }, { agreementId: "asc" }],
  });
}

export async function findPartnersOf(db: Database, agreementIds: readonly string[]): Promise<CooperationPartnerRow[]> {
  return db.prisma.cooperationPartner.findMany({
    where: { agreementId: { in: [...agreementIds] } },
    orderBy: [{ organisation: { name: "asc" } }, { organisationId: "asc" }],
  });
}

export async function findProjectsOf(db: Database, agreementIds: readonly string[]): Promise<CooperationProjectRow[]> {
  return db.prisma.cooperationProject.findMany({
    where: { agreementId: { in: [...agreementIds] } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
}
