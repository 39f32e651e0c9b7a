import { randomUUID } from "node:crypto";
import { maxAge, type OfferInput, offerInputSchema } from "@sozialatlas/domain/offer";
import type {
  OfferCost,
  OfferLocation as OfferLocationRow,
  Offer as OfferRow,
  OfferSchedule as OfferScheduleRow,
  OfferStatus,
  Prisma,
} from "../../generated/prisma/client.ts";
import { recordChange } from "../../lib/change-log.ts";
import type { Database } from "../../lib/db.ts";
import { DomainError, notFound } from "../../lib/errors.ts";
import { assertId, filterId } from "../../lib/ids.ts";
import { type Connection, cursorArgs, maxPageSize, type PageArgs, paginate } from "../../lib/pagination.ts";
import { toDbDate } from "../../lib/scalars.ts";
import { type FieldError, invalidInput, parseInput } from "../../lib/validation.ts";
import { findAreaContaining } from "../area/area.service.ts";

export type { OfferLocationRow, OfferRow, OfferScheduleRow };

type OfferWithLists = OfferRow & { locations: OfferLocationRow[]; schedules: OfferScheduleRow[] };

const entity = "Offer";
const withLists = {
  locations: { orderBy: [{ position: "asc" }, { id: "asc" }] },
  schedules: { orderBy: [{ weekday: "asc" }, { opensAt: "asc" }, { id: "asc" }] },
} as const satisfies Prisma.OfferInclude;
const byName = [{ name: "asc" }, { id: "asc" }] as const satisfies Prisma.OfferOrderByWithRelationInput[];

export interface OfferFilter {
  search?: string | null;
  organisationId?: string | null;
  categories?: string[] | null;
  targetGroups?: string[] | null;
  age?: number | null;
  languages?: string[] | null;
  cost?: OfferCost[] | null;
  socialPass?: string | null;
  areaCode?: string | null;
  status?: OfferStatus[] | null;
  stepFree?: boolean | null;
  accessibleToilet?: boolean | null;
  inductionLoop?: boolean | null;
  easyLanguage?: boolean | null;
  includeArchived?: boolean | null;
}

export interface OfferWriteOptions {
  /** Demo data: marks the row as an example (never set through the API). */
  isExample?: boolean;
  /** Demo data: when the information was last confirmed (the API sets this only in verifyOffer). */
  lastVerified?: { at: Date; by: string };
}

/** Ids of the area with this code and of every area below it, by the parent links. */
async function areaWithDescendants(db: Database, code: string): Promise<string[]> {
  const rows = await db.prisma.$queryRaw<Array<{ id: string }>>`
    WITH RECURSIVE tree (id) AS (
      SELECT id FROM "Area" WHERE code = ${code}
      UNION ALL
      SELECT a.id FROM "Area" a JOIN tree ON a."parentId" = tree.id
    )
    SELECT id::text AS id FROM tree`;
  return rows.map((row) => row.id);
}

async function offerWhere(db: Database, filter: OfferFilter): Promise<Prisma.OfferWhereInput> {
  const conditions: Prisma.OfferWhereInput[] = [];
  if (!filter.includeArchived) conditions.push({ archivedAt: null });
  const search = filter.search?.trim();
  if (search) {
    conditions.push({
      OR: [
        { name: { contains: search, mode: "insensitive" } },
        { description: { contains: search, mode: "insensitive" } },
      ],
    });
  }
  const organisationId = filterId("filter.organisationId", filter.organisationId, "organisation");
  if (organisationId) conditions.push({ organisationId });
  if (filter.categories?.length) conditions.push({ categories: { hasSome: filter.categories } });
  if (filter.targetGroups?.length) conditions.push({ targetGroups: { hasSome: filter.targetGroups } });
  if (filter.languages?.length) conditions.push({ languages: { hasSome: filter.languages } });
  if (filter.cost?.length) conditions.push({ cost: { in: filter.cost } });
  if (filter.status?.length) conditions.push({ status: { in: filter.status } });
  if (filter.socialPass?.trim()) conditions.push({ acceptedSocialPasses: { has: filter.socialPass.trim() } });
  if (filter.age != null) {
    if (filter.age < 0 || filter.age > maxAge) {
      throw invalidInput([{ field: "filter.age", message: `must be between 0 and ${maxAge}` }]);
    }
    conditions.push(
      { OR: [{ minAge: null }, { minAge: { lte: filter.age } }] },
      { OR: [{ maxAge: null }, { maxAge: { gte: filter.age } }] },
    );
  }
  for (const flag of ["stepFree", "accessibleToilet", "inductionLoop", "easyLanguage"] as const) {
    const value = filter[flag];
    if (value != null) conditions.push({ [flag]: value });
  }
  if (filter.areaCode != null) {
    const areaIds = await areaWithDescendants(db, filter.areaCode);
    if (areaIds.length === 0) throw invalidInput([{ field: "filter.areaCode", message: "no area with this code" }]);
    conditions.push({ locations: { some: { areaId: { in: areaIds } } } });
  }
  return { AND: conditions };
}

export async function listOffers(db: Database, filter: OfferFilter, page: PageArgs): Promise<Connection<OfferRow>> {
  const where = await offerWhere(db, filter);
  return paginate(
    page,
    (p) => db.prisma.offer.findMany({ where, orderBy: [...byName], ...cursorArgs(p) }),
    () => db.prisma.offer.count({ where }),
  );
}

export async function getOffer(db: Database, id: string): Promise<OfferRow> {
  const offer = await db.prisma.offer.findUnique({ where: { id: assertId(entity, id) } });
  if (!offer) throw notFound(entity, id);
  return offer;
}

async function getWithLists(db: Database, id: string): Promise<OfferWithLists> {
  const offer = await db.prisma.offer.findUnique({ where: { id: assertId(entity, id) }, include: withLists });
  if (!offer) throw notFound(entity, id);
  return offer;
}

/** The organisation must exist; a newly chosen one must not be archived. */
async function checkOrganisation(db: Database, organisationId: string, previousId?: string): Promise<void> {
  const organisation = await db.prisma.organisation.findUnique({
    where: { id: organisationId },
    select: { archivedAt: true },
  });
  if (!organisation) throw invalidInput([{ field: "organisationId", message: "no organisation with this id" }]);
  if (organisation.archivedAt && organisationId !== previousId) {
    throw invalidInput([{ field: "organisationId", message: "this organisation is archived; restore it first" }]);
  }
}

/** The Planungsraum of every location (null outside every area), in the order of the input. */
async function areasOfLocations(db: Database, input: OfferInput): Promise<Array<string | null>> {
  return Promise.all(
    input.locations.map(
      async (location) => (await findAreaContaining(db, location.longitude, location.latitude))?.id ?? null,
    ),
  );
}

const dateOrNull = (value: string | null) => (value === null ? null : toDbDate(value));
const dayOrNull = (value: Date | null) => value?.toISOString().slice(0, 10) ?? null;

function columns(input: OfferInput) {
  const { locations: _locations, schedules: _schedules, ...fields } = input;
  return fields;
}

function childRows(input: OfferInput, areaIds: Array<string | null>) {
  return {
    locations: {
      create: input.locations.map((location, position) => ({
        ...location,
        areaId: areaIds[position] ?? null,
        position,
      })),
    },
    schedules: {
      create: input.schedules.map((schedule) => ({
        ...schedule,
        validFrom: dateOrNull(schedule.validFrom),
        validUntil: dateOrNull(schedule.validUntil),
      })),
    },
  };
}

/** What the change log records of an offer: its fields, locations (with area) and opening hours. */
function audited(offer: OfferWithLists): Record<string, unknown> {
  const {
    id: _id,
    isExample: _isExample,
    createdAt: _createdAt,
    createdBy: _createdBy,
    updatedAt: _updatedAt,
    updatedBy: _updatedBy,
    archivedAt: _archivedAt,
    archivedBy: _archivedBy,
    lastVerifiedAt: _lastVerifiedAt,
    lastVerifiedBy: _lastVerifiedBy,
    locations,
    schedules,
    ...fields
  } = offer;
  return {
    ...fields,
    locations: locations.map(({ name, street, postalCode, city, latitude, longitude, areaId }) => ({
      name,
      street,
      postalCode,
      city,
      latitude,
      longitude,
      areaId,
    })),
    schedules: schedules.map(({ weekday, opensAt, closesAt, validFrom, validUntil, note }) => ({
      weekday,
      opensAt,
      closesAt,
      validFrom: dayOrNull(validFrom),
      validUntil: dayOrNull(validUntil),
      note,
    })),
  };
}

export async function createOffer(
  db: Database,
  actor: string,
  rawInput: unknown,
  options: OfferWriteOptions = {},
): Promise<OfferRow> {
  const input = parseInput(offerInputSchema, rawInput);
  await checkOrganisation(db, input.organisationId);
  const areaIds = await areasOfLocations(db, input);
  return db.prisma.$transaction(async (tx) => {
    const created = await tx.offer.create({
      data: {
        ...columns(input),
        ...childRows(input, areaIds),
        isExample: options.isExample ?? false,
        lastVerifiedAt: options.lastVerified?.at,
        lastVerifiedBy: options.lastVerified?.by,
        createdBy: actor,
        updatedBy: actor,
      },
      include: withLists,
    });
    await recordChange(tx, { actor, entity, entityId: created.id, action: "CREATE", after: audited(created) });
    return created;
  });
}

/**
 * Creates many offers at once (imports, demo data). Every input is validated and every
 * organisation checked before one transaction writes them set-based; field errors carry the
 * input's index ("3.locations.0.latitude"). Nothing is written when any input is invalid.
 */
export async function createOffers(
  db: Database,
  actor: string,
  items: ReadonlyArray<{ input: unknown } & OfferWriteOptions>,
): Promise<number> {
  const problems: FieldError[] = [];
  const inputs: OfferInput[] = [];
  items.forEach((item, index) => {
    const parsed = offerInputSchema.safeParse(item.input);
    if (parsed.success) inputs.push(parsed.data);
    else {
      for (const issue of parsed.error.issues) {
        problems.push({ field: [index, ...issue.path.map(String)].join("."), message: issue.message });
      }
    }
  });
  if (problems.length > 0) throw invalidInput(problems);
  const organisations = await db.prisma.organisation.findMany({
    where: { id: { in: [...new Set(inputs.map((input) => input.organisationId))] } },
    select: { id: true, archivedAt: true },
  });
  const archivedById = new Map(
    organisations.map((organisation) => [organisation.id, organisation.archivedAt !== null]),
  );
  inputs.forEach((input, index) => {
    const archived = archivedById.get(input.organisationId);
    const field = `${index}.organisationId`;
    if (archived === undefined) problems.push({ field, message: "no organisation with this id" });
    else if (archived) problems.push({ field, message: "this organisation is archived; restore it first" });
  });
  if (problems.length > 0) throw invalidInput(problems);
  const areaIds = await Promise.all(inputs.map((input) => areasOfLocations(db, input)));

  const ids = inputs.map(() => randomUUID());
  await db.prisma.$transaction(
    async (tx) => {
      await tx.offer.createMany({
        data: inputs.map((input, index) => ({
          id: ids[index],
          ...columns(input),
          isExample: items[index]?.isExample ?? false,
          lastVerifiedAt: items[index]?.lastVerified?.at,
          lastVerifiedBy: items[index]?.lastVerified?.by,
          createdBy: actor,
          updatedBy: actor,
        })),
      });
      const children = inputs.map((input, index) => childRows(input, areaIds[index] ?? []));
      await tx.offerLocation.createMany({
        data: children.flatMap((child, index) =>
          child.locations.create.map((row) => ({ ...row, offerId: ids[index] ?? "" })),
        ),
      });
      await tx.offerSchedule.createMany({
        data: children.flatMap((child, index) =>
          child.schedules.create.map((row) => ({ ...row, offerId: ids[index] ?? "" })),
        ),
      });
      const created = await tx.offer.findMany({ where: { id: { in: ids } }, include: withLists });
      for (const offer of created) {
        await recordChange(tx, { actor, entity, entityId: offer.id, action: "CREATE", after: audited(offer) });
      }
    },
    { timeout: 60_000 },
  );
  return ids.length;
}

export async function updateOffer(db: Database, actor: string, id: string, rawInput: unknown): Promise<OfferRow> {
  const before = await getWithLists(db, id);
  if (before.archivedAt) throw new DomainError("CONFLICT", `Offer ${id} is archived; restore it first`);
  const input = parseInput(offerInputSchema, rawInput);
  await checkOrganisation(db, input.organisationId, before.organisationId);
  const areaIds = await areasOfLocations(db, input);
  return db.prisma.$transaction(async (tx) => {
    await tx.offerLocation.deleteMany({ where: { offerId: id } });
    await tx.offerSchedule.deleteMany({ where: { offerId: id } });
    const after = await tx.offer.update({
      where: { id },
      data: { ...columns(input), ...childRows(input, areaIds), updatedBy: actor },
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

/** Archives an offer; archiving twice changes nothing. */
export async function archiveOffer(db: Database, actor: string, id: string): Promise<OfferRow> {
  const offer = await getOffer(db, id);
  if (offer.archivedAt) return offer;
  return db.prisma.$transaction(async (tx) => {
    const archived = await tx.offer.update({
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

/** Brings an archived offer back, unless its organisation is archived; restoring one in use changes nothing. */
export async function restoreOffer(db: Database, actor: string, id: string): Promise<OfferRow> {
  const offer = await getOffer(db, id);
  if (!offer.archivedAt) return offer;
  const organisation = await db.prisma.organisation.findUniqueOrThrow({ where: { id: offer.organisationId } });
  if (organisation.archivedAt) {
    throw new DomainError("CONFLICT", `The organisation ${organisation.name} is archived; restore it first`);
  }
  return db.prisma.$transaction(async (tx) => {
    const restored = await tx.offer.update({
      where: { id },
      data: { archivedAt: null, archivedBy: null, updatedBy: actor },
    });
    await recordChange(tx, {
      actor,
      entity,
      entityId: id,
      action: "RESTORE",
      after: { archivedAt: null, previouslyArchivedAt: offer.archivedAt },
    });
    return restored;
  });
}

/** Records that `actor` confirmed the offer's information now. */
export async function verifyOffer(db: Database, actor: string, id: string): Promise<OfferRow> {
  const offer = await getOffer(db, id);
  if (offer.archivedAt) throw new DomainError("CONFLICT", `Offer ${id} is archived; restore it first`);
  return db.prisma.$transaction(async (tx) => {
    const verified = await tx.offer.update({
      where: { id },
      data: { lastVerifiedAt: new Date(), lastVerifiedBy: actor, updatedBy: actor },
    });
    await recordChange(tx, {
      actor,
      entity,
      entityId: id,
      action: "VERIFY",
      after: {
        lastVerifiedAt: verified.lastVerifiedAt,
        lastVerifiedBy: verified.lastVerifiedBy,
        previouslyVerifiedAt: offer.lastVerifiedAt,
      },
    });
    return verified;
  });
}

// Batch look-ups for the DataLoaders.

/** The first `first` offers (by name) in use of each organisation, in two statements. */
export async function findOffersOfOrganisations(
  db: Database,
  organisationIds: readonly string[],
  first: number,
): Promise<OfferRow[]> {
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw invalidInput([{ field: "first", message: `must be between 0 and ${maxPageSize}` }]);
  }
  if (first === 0 || organisationIds.length === 0) return [];
  // Keys are ids of loaded organisation rows, so joining them into one text parameter is safe.
  const ranked = await db.prisma.$queryRaw<Array<{ id: string }>>`
    SELECT id::text AS id FROM (
      SELECT id, row_number() OVER (PARTITION BY "organisationId" ORDER BY name, id) AS rank
      FROM "Offer"
      WHERE "organisationId" = ANY (string_to_array(${organisationIds.join(",")}, ',')::uuid[])
        AND "archivedAt" IS NULL
    ) ranked
    WHERE rank <= ${first}`;
  if (ranked.length === 0) return [];
  return db.prisma.offer.findMany({ where: { id: { in: ranked.map((row) => row.id) } }, orderBy: [...byName] });
}

export async function findLocationsOf(db: Database, offerIds: readonly string[]): Promise<OfferLocationRow[]> {
  return db.prisma.offerLocation.findMany({
    where: { offerId: { in: [...offerIds] } },
    orderBy: withLists.locations.orderBy,
  });
}

export async function findSchedulesOf(db: Database, offerIds: readonly string[]): Promise<OfferScheduleRow[]> {
  return db.prisma.offerSchedule.findMany({
    where: { offerId: { in: [...offerIds] } },
    orderBy: withLists.schedules.orderBy,
  });
}
