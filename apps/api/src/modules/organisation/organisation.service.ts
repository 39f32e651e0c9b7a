import { type OrganisationInput, organisationInputSchema, parentProblem } from "@sozialatlas/domain/organisation";
import type {
  OrganisationContact as OrganisationContactRow,
  Organisation as OrganisationRow,
  OrganisationType,
  Prisma,
} from "../../generated/prisma/client.ts";
import { recordChange } from "../../lib/change-log.ts";
import type { Database } from "../../lib/db.ts";
import { DomainError, notFound } from "../../lib/errors.ts";
import { assertId, filterId } from "../../lib/ids.ts";
import { type Connection, cursorArgs, type PageArgs, paginate } from "../../lib/pagination.ts";
import { invalidInput, parseInput } from "../../lib/validation.ts";

export type { OrganisationContactRow, OrganisationRow };

type OrganisationWithContacts = OrganisationRow & { contacts: OrganisationContactRow[] };

const entity = "Organisation";
const withContacts = { contacts: { orderBy: { position: "asc" } } } as const;
const byName = [{ name: "asc" }, { id: "asc" }] as const satisfies Prisma.OrganisationOrderByWithRelationInput[];

export interface OrganisationFilter {
  type?: OrganisationType[] | null;
  search?: string | null;
  parentId?: string | null;
  includeArchived?: boolean | null;
}

export interface WriteOptions {
  /** Demo data: marks the row as an example (never set through the API). */
  isExample?: boolean;
}

function organisationWhere(filter: OrganisationFilter): Prisma.OrganisationWhereInput {
  const search = filter.search?.trim();
  return {
    archivedAt: filter.includeArchived ? undefined : null,
    type: filter.type?.length ? { in: filter.type } : undefined,
    name: search ? { contains: search, mode: "insensitive" } : undefined,
    parentId: filterId("filter.parentId", filter.parentId, "organisation"),
  };
}

export async function listOrganisations(
  db: Database,
  filter: OrganisationFilter,
  page: PageArgs,
): Promise<Connection<OrganisationRow>> {
  const where = organisationWhere(filter);
  return paginate(
    page,
    (p) => db.prisma.organisation.findMany({ where, orderBy: [...byName], ...cursorArgs(p) }),
    () => db.prisma.organisation.count({ where }),
  );
}

export async function getOrganisation(db: Database, id: string): Promise<OrganisationRow> {
  const organisation = await db.prisma.organisation.findUnique({ where: { id: assertId(entity, id) } });
  if (!organisation) throw notFound(entity, id);
  return organisation;
}

async function getWithContacts(db: Database, id: string): Promise<OrganisationWithContacts> {
  const organisation = await db.prisma.organisation.findUnique({
    where: { id: assertId(entity, id) },
    include: withContacts,
  });
  if (!organisation) throw notFound(entity, id);
  return organisation;
}

/** The organisation with this id, then its parent, grandparent, … (ids). */
async function ancestryOf(db: Database, id: string): Promise<string[]> {
  // The depth limit only guards against a cycle that should never exist.
  const rows = await db.prisma.$queryRaw<Array<{ id: string }>>`
    WITH RECURSIVE chain (id, "parentId", depth) AS (
      SELECT id, "parentId", 0 FROM "Organisation" WHERE id = ${id}::uuid
      UNION ALL
      SELECT o.id, o."parentId", chain.depth + 1
      FROM "Organisation" o JOIN chain ON o.id = chain."parentId"
      WHERE chain.depth < 50
    )
    SELECT id::text AS id FROM chain ORDER BY depth`;
  return rows.map((row) => row.id);
}

/** The parent must exist, be in use, and not be the organisation itself or one below it. */
async function checkParent(db: Database, id: string | null, parentId: string | null): Promise<void> {
  if (parentId === null) return;
  const parent = await db.prisma.organisation.findUnique({ where: { id: parentId }, select: { archivedAt: true } });
  if (!parent) throw invalidInput([{ field: "parentId", message: "no organisation with this id" }]);
  if (parent.archivedAt) {
    throw invalidInput([{ field: "parentId", message: "this organisation is archived; restore it first" }]);
  }
  if (id === null) return;
  const problem = parentProblem(id, parentId, await ancestryOf(db, parentId));
  if (problem) throw invalidInput([{ field: "parentId", message: problem }]);
}

function columns(input: OrganisationInput) {
  const { contacts: _contacts, ...fields } = input;
  return fields;
}

function contactRows(input: OrganisationInput) {
  return input.contacts.map((contact, position) => ({ ...contact, position }));
}

/** What the change log records of an organisation: its fields and its contact list. */
function audited(organisation: OrganisationWithContacts): Record<string, unknown> {
  return {
    name: organisation.name,
    type: organisation.type,
    description: organisation.description,
    parentId: organisation.parentId,
    website: organisation.website,
    email: organisation.email,
    phone: organisation.phone,
    address: organisation.address,
    contacts: organisation.contacts.map(({ name, role, email, phone }) => ({ name, role, email, phone })),
  };
}

export async function createOrganisation(
  db: Database,
  actor: string,
  rawInput: unknown,
  options: WriteOptions = {},
): Promise<OrganisationRow> {
  const input = parseInput(organisationInputSchema, rawInput);
  await checkParent(db, null, input.parentId);
  return db.prisma.$transaction(async (tx) => {
    const created = await tx.organisation.create({
      data: {
        ...columns(input),
        isExample: options.isExample ?? false,
        createdBy: actor,
        updatedBy: actor,
        contacts: { create: contactRows(input) },
      },
      include: withContacts,
    });
    await recordChange(tx, { actor, entity, entityId: created.id, action: "CREATE", after: audited(created) });
    return created;
  });
}

export async function updateOrganisation(
  db: Database,
  actor: string,
  id: string,
  rawInput: unknown,
): Promise<OrganisationRow> {
  const before = await getWithContacts(db, id);
  if (before.archivedAt) throw new DomainError("CONFLICT", `Organisation ${id} is archived; restore it first`);
  const input = parseInput(organisationInputSchema, rawInput);
  // An unchanged parent stays acceptable even if it has been archived in the meantime.
  if (input.parentId !== before.parentId) await checkParent(db, id, input.parentId);
  return db.prisma.$transaction(async (tx) => {
    await tx.organisationContact.deleteMany({ where: { organisationId: id } });
    const after = await tx.organisation.update({
      where: { id },
      data: { ...columns(input), updatedBy: actor, contacts: { create: contactRows(input) } },
      include: withContacts,
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

/**
 * Archives an organisation unless offers that are not archived still point to it (they would
 * show up in lists under a hidden organisation). Archiving twice changes nothing.
 */
export async function archiveOrganisation(db: Database, actor: string, id: string): Promise<OrganisationRow> {
  const organisation = await getOrganisation(db, id);
  if (organisation.archivedAt) return organisation;
  return db.prisma.$transaction(async (tx) => {
    const openOffers = await tx.offer.count({ where: { organisationId: id, archivedAt: null } });
    if (openOffers > 0) {
      throw new DomainError(
        "CONFLICT",
        `${organisation.name} still has ${openOffers} offer${openOffers === 1 ? "" : "s"} that ${openOffers === 1 ? "is" : "are"} not archived; archive ${openOffers === 1 ? "it" : "them"} first`,
        { openOfferCount: openOffers },
      );
    }
    const archived = await tx.organisation.update({
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

/** Brings an archived organisation back; restoring one in use changes nothing. */
export async function restoreOrganisation(db: Database, actor: string, id: string): Promise<OrganisationRow> {
  const organisation = await getOrganisation(db, id);
  if (!organisation.archivedAt) return organisation;
  return db.prisma.$transaction(async (tx) => {
    const restored = await tx.organisation.update({
      where: { id },
      data: { archivedAt: null, archivedBy: null, updatedBy: actor },
    });
    await recordChange(tx, {
      actor,
      entity,
      entityId: id,
      action: "RESTORE",
      after: { archivedAt: null, previouslyArchivedAt: organisation.archivedAt },
    });
    return restored;
  });
}

// Batch look-ups for the DataLoaders.

export async function findOrganisationsByIds(db: Database, ids: readonly string[]): Promise<OrganisationRow[]> {
  return db.prisma.organisation.findMany({ where: { id: { in: [...ids] } } });
}

export async function findChildOrganisations(db: Database, parentIds: readonly string[]): Promise<OrganisationRow[]> {
  return db.prisma.organisation.findMany({
    where: { parentId: { in: [...parentIds] }, archivedAt: null },
    orderBy: [...byName],
  });
}

export async function findContactsOf(
  db: Database,
  organisationIds: readonly string[],
): Promise<OrganisationContactRow[]> {
  return db.prisma.organisationContact.findMany({
    where: { organisationId: { in: [...organisationIds] } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
}
