import { randomUUID } from "node:crypto";
import { boundingBox, distanceKm, type GeoPoint } from "@sozialatlas/domain/geo";
import {
  canTakeStep,
  localTime,
  maxAge,
  type OfferInput,
  offerInputSchema,
  offerTimeZone,
  type PublicationStep,
  publicationSteps,
  reviewCommentSchema,
  verificationDueCutoff,
} from "@sozialatlas/domain/offer";
import type {
  ChangeAction,
  OfferCost,
  OfferLocation as OfferLocationRow,
  OfferPublication,
  Offer as OfferRow,
  OfferSchedule as OfferScheduleRow,
  OfferStatus,
  Prisma,
} from "../../generated/prisma/client.ts";
import { recordChange } from "../../lib/change-log.ts";
import type { Database } from "../../lib/db.ts";
import { DomainError, notFound } from "../../lib/errors.ts";
import { assertId, filterId } from "../../lib/ids.ts";
import {
  type Connection,
  cursorArgs,
  defaultPageSize,
  maxPageSize,
  type PageArgs,
  paginate,
} from "../../lib/pagination.ts";
import { toDbDate } from "../../lib/scalars.ts";
import { type FieldError, invalidInput, parseInput } from "../../lib/validation.ts";
import type { Viewer } from "../account/account.service.ts";
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
  publication?: OfferPublication[] | null;
  near?: GeoPoint | null;
  radiusKm?: number | null;
  /** ISO 8601 instant. */
  openAt?: string | null;
  verificationDue?: boolean | null;
}

/** Radius of a `near` search in kilometres: bounds and default. */
export const nearRadiusKm = { min: 0.1, max: 50, default: 2 } as const;

export interface OfferWriteOptions {
  /** Demo data: marks the row as an example (never set through the API). */
  isExample?: boolean;
  /** Demo data: when the information was last confirmed (the API sets this only in verifyOffer). */
  lastVerified?: { at: Date; by: string };
  /** Demo data: published at once (the API publishes only in publishOffer); otherwise a DRAFT. */
  published?: { at: Date; by: string };
}

// Visibility: the public and council staff see published offers in use; providers also every
// offer of their own organisations; planners and admins everything. Every read path applies
// this here, whatever its filter or authorization rule says.

const isPlanner = (viewer: Viewer | null) => viewer?.role === "PLANNER" || viewer?.role === "ADMIN";
const publishedInUse = { publication: "PUBLISHED", archivedAt: null } as const satisfies Prisma.OfferWhereInput;

/** The offers `viewer` may see at all, as a condition. */
export function visibleTo(viewer: Viewer | null): Prisma.OfferWhereInput {
  if (isPlanner(viewer)) return {};
  if (viewer?.role === "PROVIDER") {
    return { OR: [publishedInUse, { organisationId: { in: viewer.organisationIds } }] };
  }
  return publishedInUse;
}

/** Whether `viewer` sees the offers of this organisation in every publication state. */
export function seesEveryStateOf(viewer: Viewer | null, organisationId: string): boolean {
  return isPlanner(viewer) || (viewer?.role === "PROVIDER" && viewer.organisationIds.includes(organisationId));
}

function isVisibleTo(viewer: Viewer | null, offer: OfferRow): boolean {
  return (
    (offer.publication === "PUBLISHED" && offer.archivedAt === null) || seesEveryStateOf(viewer, offer.organisationId)
  );
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

function checkPoint(field: string, point: GeoPoint): GeoPoint {
  const problems: FieldError[] = [];
  if (!(Math.abs(point.latitude) <= 90)) {
    problems.push({ field: `${field}.latitude`, message: "must be between -90 and 90" });
  }
  if (!(Math.abs(point.longitude) <= 180)) {
    problems.push({ field: `${field}.longitude`, message: "must be between -180 and 180" });
  }
  if (problems.length > 0) throw invalidInput(problems);
  return point;
}

/** The `near` search of a filter, checked; null without `near`. */
function nearSearch(filter: OfferFilter): { centre: GeoPoint; radiusKm: number } | null {
  const radiusKm = filter.radiusKm ?? nearRadiusKm.default;
  if (!(radiusKm >= nearRadiusKm.min && radiusKm <= nearRadiusKm.max)) {
    throw invalidInput([
      { field: "filter.radiusKm", message: `must be between ${nearRadiusKm.min} and ${nearRadiusKm.max} km` },
    ]);
  }
  return filter.near ? { centre: checkPoint("filter.near", filter.near), radiusKm } : null;
}

/** Offers with a schedule span that includes the instant in local (Berlin) time; see isOpenAt. */
function openAtCondition(instant: string): Prisma.OfferWhereInput {
  const local = localTime(new Date(instant), offerTimeZone);
  const day = toDbDate(local.date);
  // "HH:MM" strings are zero-padded and "24:00" sorts after every other time, so they compare as times.
  return {
    schedules: {
      some: {
        weekday: local.weekday,
        opensAt: { lte: local.time },
        closesAt: { gt: local.time },
        AND: [
          { OR: [{ validFrom: null }, { validFrom: { lte: day } }] },
          { OR: [{ validUntil: null }, { validUntil: { gte: day } }] },
        ],
      },
    },
  };
}

async function offerWhere(db: Database, viewer: Viewer | null, filter: OfferFilter): Promise<Prisma.OfferWhereInput> {
  const conditions: Prisma.OfferWhereInput[] = [visibleTo(viewer)];
  if (!filter.includeArchived) conditions.push({ archivedAt: null });
  if (filter.publication?.length) conditions.push({ publication: { in: filter.publication } });
  if (filter.verificationDue != null) {
    const cutoff = verificationDueCutoff(new Date());
    conditions.push(
      filter.verificationDue
        ? { OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lte: cutoff } }] }
        : { lastVerifiedAt: { gt: cutoff } },
    );
  }
  if (filter.openAt != null) conditions.push(openAtCondition(filter.openAt));
  const near = nearSearch(filter);
  if (near) {
    // A cheap pre-filter in SQL; the exact distance is computed for the candidates.
    const box = boundingBox(near.centre, near.radiusKm);
    conditions.push({
      locations: {
        some: {
          latitude: { gte: box.minLatitude, lte: box.maxLatitude },
          longitude: { gte: box.minLongitude, lte: box.maxLongitude },
        },
      },
    });
  }
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

/**
 * Offers the viewer may see that match the filter: by name, or with `near` by distance to
 * the nearest location, then name (see listNear for its cursors).
 */
export async function listOffers(
  db: Database,
  viewer: Viewer | null,
  filter: OfferFilter,
  page: PageArgs,
): Promise<Connection<OfferRow>> {
  const where = await offerWhere(db, viewer, filter);
  const near = nearSearch(filter);
  if (near) return listNear(db, where, near, page);
  return paginate(
    page,
    (p) => db.prisma.offer.findMany({ where, orderBy: [...byName], ...cursorArgs(p) }),
    () => db.prisma.offer.count({ where }),
  );
}

/** Where an offer stands in a distance-ordered list: the cursor of `near` searches. */
interface NearKey {
  distanceKm: number;
  name: string;
  id: string;
}

const nameOrder = new Intl.Collator("de", { sensitivity: "variant" });
const compareNear = (a: NearKey, b: NearKey) =>
  a.distanceKm - b.distanceKm || nameOrder.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const encodeNearCursor = (key: NearKey) =>
  Buffer.from(`near:${JSON.stringify([key.distanceKm, key.name, key.id])}`, "utf8").toString("base64url");

function decodeNearCursor(cursor: string): NearKey {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  try {
    const [distance, name, id] = JSON.parse(decoded.slice("near:".length)) as unknown[];
    if (decoded.startsWith("near:") && typeof distance === "number" && typeof name === "string") {
      if (typeof id === "string") return { distanceKm: distance, name, id };
    }
  } catch {
    // falls through to the field error
  }
  throw invalidInput([{ field: "after", message: "is not a cursor of this distance search (start again without it)" }]);
}

/**
 * A `near` search: every candidate of the bounding box with its exact distance to its nearest
 * location, kept within the radius and ordered by distance, name and id. The cursor carries
 * that key, so the next page starts strictly after it even when offers changed in between.
 */
async function listNear(
  db: Database,
  where: Prisma.OfferWhereInput,
  near: { centre: GeoPoint; radiusKm: number },
  page: PageArgs,
): Promise<Connection<OfferRow>> {
  const first = page.first ?? defaultPageSize;
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw invalidInput([{ field: "first", message: `must be between 0 and ${maxPageSize}` }]);
  }
  const after = page.after ? decodeNearCursor(page.after) : null;
  const candidates = await db.prisma.offer.findMany({
    where,
    select: { id: true, name: true, locations: { select: { latitude: true, longitude: true } } },
  });
  const matches = candidates
    .map(({ id, name, locations }) => ({
      id,
      name,
      distanceKm: Math.min(...locations.map((location) => distanceKm(near.centre, location))),
    }))
    .filter((key) => key.distanceKm <= near.radiusKm)
    .sort(compareNear);
  const rest = after ? matches.filter((key) => compareNear(key, after) > 0) : matches;
  const keys = rest.slice(0, first);
  const rows = keys.length > 0 ? await db.prisma.offer.findMany({ where: { id: { in: keys.map((k) => k.id) } } }) : [];
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const edges = keys.flatMap((key) => {
    const node = rowById.get(key.id);
    return node ? [{ cursor: encodeNearCursor(key), node }] : [];
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: rest.length > first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: matches.length,
  };
}

/** An offer by id for internal checks (policies, services): every state, no visibility rule. */
export async function getOffer(db: Database, id: string): Promise<OfferRow> {
  const offer = await db.prisma.offer.findUnique({ where: { id: assertId(entity, id) } });
  if (!offer) throw notFound(entity, id);
  return offer;
}

/** An offer by id as `viewer` may see it; one they may not see is NOT_FOUND, as if it did not exist. */
export async function getVisibleOffer(db: Database, viewer: Viewer | null, id: string): Promise<OfferRow> {
  const offer = await getOffer(db, id);
  if (!isVisibleTo(viewer, offer)) throw notFound(entity, id);
  return offer;
}

/** Straight-line distance from `from` to the nearest location; null without locations. */
export function nearestDistanceKm(locations: readonly GeoPoint[], from: GeoPoint): number | null {
  checkPoint("from", from);
  if (locations.length === 0) return null;
  return Math.min(...locations.map((location) => distanceKm(from, location)));
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
          ...(items[index]?.published && {
            publication: "PUBLISHED" as const,
            publishedAt: items[index]?.published?.at,
            publishedBy: items[index]?.published?.by,
          }),
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

/**
 * Writes an accepted import file in ONE transaction (offer-exchange.service.ts has validated
 * every input and checked that every id is an offer of the organisation, not archived):
 * `creates` become new offers (DRAFT, the column default), `updates` replace the fields,
 * locations and opening hours of existing ones and keep their publication state.
 */
export async function writeImportedOffers(
  db: Database,
  actor: string,
  creates: readonly OfferInput[],
  updates: ReadonlyArray<{ id: string; input: OfferInput }>,
): Promise<void> {
  const createAreas = await Promise.all(creates.map((input) => areasOfLocations(db, input)));
  const updateAreas = await Promise.all(updates.map(({ input }) => areasOfLocations(db, input)));
  const createIds = creates.map(() => randomUUID());
  const updateIds = updates.map(({ id }) => id);
  const children = [
    ...creates.map((input, index) => ({
      offerId: createIds[index] ?? "",
      rows: childRows(input, createAreas[index] ?? []),
    })),
    ...updates.map(({ id, input }, index) => ({ offerId: id, rows: childRows(input, updateAreas[index] ?? []) })),
  ];
  await db.prisma.$transaction(
    async (tx) => {
      const before = await tx.offer.findMany({ where: { id: { in: updateIds } }, include: withLists });
      await tx.offer.createMany({
        data: creates.map((input, index) => ({
          id: createIds[index],
          ...columns(input),
          createdBy: actor,
          updatedBy: actor,
        })),
      });
      await tx.offerLocation.deleteMany({ where: { offerId: { in: updateIds } } });
      await tx.offerSchedule.deleteMany({ where: { offerId: { in: updateIds } } });
      // Each update carries its own values: one statement per updated offer.
      for (const { id, input } of updates) {
        await tx.offer.update({ where: { id }, data: { ...columns(input), updatedBy: actor } });
      }
      await tx.offerLocation.createMany({
        data: children.flatMap(({ offerId, rows }) => rows.locations.create.map((row) => ({ ...row, offerId }))),
      });
      await tx.offerSchedule.createMany({
        data: children.flatMap(({ offerId, rows }) => rows.schedules.create.map((row) => ({ ...row, offerId }))),
      });
      const written = await tx.offer.findMany({
        where: { id: { in: [...createIds, ...updateIds] } },
        include: withLists,
      });
      const beforeById = new Map(before.map((offer) => [offer.id, offer]));
      for (const offer of written) {
        const previous = beforeById.get(offer.id);
        await recordChange(tx, {
          actor,
          entity,
          entityId: offer.id,
          action: previous ? "UPDATE" : "CREATE",
          ...(previous ? { before: audited(previous) } : {}),
          after: audited(offer),
        });
      }
    },
    { timeout: 60_000 },
  );
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

// Publication workflow: each step checks the state, changes it and logs it in one transaction.

const stepAction: Record<PublicationStep, ChangeAction> = { submit: "SUBMIT", publish: "PUBLISH", return: "RETURN" };
const stepWords: Record<PublicationStep, string> = {
  submit: "submitted (only drafts and returned offers can be)",
  publish: "published (it is published already)",
  return: "returned (only submitted or published offers can be)",
};

/**
 * Moves an offer one step of the workflow. The update is conditional on the state read, so
 * two people taking a step at the same time cannot both succeed: the second gets CONFLICT.
 */
async function takeStep(
  db: Database,
  actor: string,
  id: string,
  step: PublicationStep,
  data: (now: Date) => Prisma.OfferUpdateManyMutationInput,
  comment?: string,
): Promise<OfferRow> {
  const offer = await getOffer(db, id);
  if (offer.archivedAt) throw new DomainError("CONFLICT", `Offer ${id} is archived; restore it first`);
  if (!canTakeStep(step, offer.publication)) {
    throw new DomainError("CONFLICT", `Offer ${id} is ${offer.publication} and cannot be ${stepWords[step]}`, {
      publication: offer.publication,
    });
  }
  return db.prisma.$transaction(async (tx) => {
    const now = new Date();
    const changed = await tx.offer.updateMany({
      where: { id, archivedAt: null, publication: { in: [...publicationSteps[step]] } },
      data: { ...data(now), updatedBy: actor },
    });
    if (changed.count === 0) throw new DomainError("CONFLICT", `Offer ${id} was changed meanwhile; load it again`);
    const after = await tx.offer.findUniqueOrThrow({ where: { id } });
    await recordChange(tx, {
      actor,
      entity,
      entityId: id,
      action: stepAction[step],
      after: {
        publication: after.publication,
        previousPublication: offer.publication,
        ...(step === "submit" && { submittedAt: after.submittedAt }),
        ...(step === "publish" && { publishedAt: after.publishedAt, publishedBy: after.publishedBy }),
        ...(comment !== undefined && { reviewComment: comment }),
      },
    });
    return after;
  });
}

/** DRAFT or RETURNED → SUBMITTED: hands the offer in for review and clears the review comment. */
export function submitOffer(db: Database, actor: string, id: string): Promise<OfferRow> {
  return takeStep(db, actor, id, "submit", (now) => ({
    publication: "SUBMITTED",
    submittedAt: now,
    reviewComment: null,
  }));
}

/** Any unpublished state → PUBLISHED; publishing confirms the information, so it counts as verification. */
export function publishOffer(db: Database, actor: string, id: string): Promise<OfferRow> {
  return takeStep(db, actor, id, "publish", (now) => ({
    publication: "PUBLISHED",
    publishedAt: now,
    publishedBy: actor,
    lastVerifiedAt: now,
    lastVerifiedBy: actor,
    reviewComment: null,
  }));
}

/** SUBMITTED or PUBLISHED → RETURNED with a comment saying what to change (1–2000 characters, trimmed). */
export async function returnOffer(db: Database, actor: string, id: string, rawComment: unknown): Promise<OfferRow> {
  await getOffer(db, id); // NOT_FOUND before a field error
  const parsed = reviewCommentSchema.safeParse(rawComment);
  if (!parsed.success) {
    throw invalidInput(parsed.error.issues.map((issue) => ({ field: "comment", message: issue.message })));
  }
  const comment = parsed.data;
  return takeStep(db, actor, id, "return", () => ({ publication: "RETURNED", reviewComment: comment }), comment);
}

// Batch look-ups for the DataLoaders.

/**
 * The first `first` offers (by name) in use of each organisation, in two statements; with
 * `publishedOnly` only published ones (what the public sees of another organisation).
 */
export async function findOffersOfOrganisations(
  db: Database,
  organisationIds: readonly string[],
  first: number,
  publishedOnly: boolean,
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
        AND (NOT ${publishedOnly}::boolean OR publication = 'PUBLISHED')
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
