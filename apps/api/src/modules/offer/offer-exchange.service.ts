// Exchange of an organisation's offers as files (CSV, Open Referral HSDS 3.0 JSON) and the
// public HSDS read API. The pure mapping lives in packages/domain (hsds.ts, offer-csv.ts);
// this service adds what only the database knows (which offers exist and whose they are)
// and writes an accepted file in one transaction (offer.service.ts: writeImportedOffers).
import {
  type ExchangeOffer,
  type ExchangeOrganisation,
  type ExchangeProblem,
  formatHsdsServices,
  type HsdsService,
  hsdsProfile,
  hsdsVersion,
  parseHsdsServices,
  toHsdsService,
} from "@sozialatlas/domain/hsds";
import { formatOfferCsv, offerExchangeFileName, parseOfferCsv } from "@sozialatlas/domain/offer-csv";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Database } from "../../lib/db.ts";
import { notFound } from "../../lib/errors.ts";
import { assertId } from "../../lib/ids.ts";
import { invalidInput } from "../../lib/validation.ts";
import type { OfferLocationRow, OfferRow, OfferScheduleRow } from "./offer.service.ts";
import { writeImportedOffers } from "./offer.service.ts";

export type OfferExchangeFormat = "CSV" | "HSDS_JSON";

/** Largest import file (the content string, UTF-8). */
/** Under the 1 MB request limit of /graphql (server.ts), with room for the rest of the request. */
export const importLimitBytes = 900 * 1024;

export interface OfferExportFile {
  filename: string;
  mediaType: string;
  content: string;
  offerCount: number;
}

export interface OfferImportReport {
  created: number;
  updated: number;
  problems: ExchangeProblem[];
  applied: boolean;
}

type OfferWithLists = OfferRow & { locations: OfferLocationRow[]; schedules: OfferScheduleRow[] };

const withLists = {
  locations: { orderBy: [{ position: "asc" }, { id: "asc" }] },
  schedules: { orderBy: [{ weekday: "asc" }, { opensAt: "asc" }, { id: "asc" }] },
} as const satisfies Prisma.OfferInclude;
const byName = [{ name: "asc" }, { id: "asc" }] as const satisfies Prisma.OfferOrderByWithRelationInput[];

const day = (value: Date | null) => value?.toISOString().slice(0, 10) ?? null;

/** A stored offer in the shape of the input, as the file mappings take it. */
function toExchangeOffer(row: OfferWithLists): ExchangeOffer {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    description: row.description,
    categories: row.categories,
    targetGroups: row.targetGroups,
    minAge: row.minAge,
    maxAge: row.maxAge,
    languages: row.languages,
    eligibility: row.eligibility,
    cost: row.cost,
    costDescription: row.costDescription,
    acceptedSocialPasses: row.acceptedSocialPasses,
    stepFree: row.stepFree,
    accessibleToilet: row.accessibleToilet,
    inductionLoop: row.inductionLoop,
    easyLanguage: row.easyLanguage,
    accessibilityNote: row.accessibilityNote,
    capacityAvailable: row.capacityAvailable,
    capacityMax: row.capacityMax,
    status: row.status,
    url: row.url,
    email: row.email,
    phone: row.phone,
    locations: row.locations.map(({ name, street, postalCode, city, latitude, longitude }) => ({
      name,
      street,
      postalCode,
      city,
      latitude,
      longitude,
    })),
    schedules: row.schedules.map(({ weekday, opensAt, closesAt, validFrom, validUntil, note }) => ({
      weekday,
      opensAt,
      closesAt,
      validFrom: day(validFrom),
      validUntil: day(validUntil),
      note,
    })),
  };
}

async function findOrganisation(db: Database, organisationId: string) {
  const organisation = await db.prisma.organisation.findUnique({
    where: { id: assertId("Organisation", organisationId) },
    select: { id: true, name: true, description: true, archivedAt: true },
  });
  if (!organisation) throw notFound("Organisation", organisationId);
  return organisation;
}

/** The organisation's offers that are not archived, in every publication state, as one file. */
export async function exportOffers(
  db: Database,
  organisationId: string,
  format: OfferExchangeFormat,
): Promise<OfferExportFile> {
  const organisation = await findOrganisation(db, organisationId);
  const rows = await db.prisma.offer.findMany({
    where: { organisationId: organisation.id, archivedAt: null },
    orderBy: [...byName],
    include: withLists,
  });
  const offers = rows.map(toExchangeOffer);
  return format === "CSV"
    ? {
        filename: offerExchangeFileName(organisation.name, "csv"),
        mediaType: "text/csv",
        content: formatOfferCsv(offers),
        offerCount: offers.length,
      }
    : {
        filename: offerExchangeFileName(organisation.name, "json"),
        mediaType: "application/json",
        content: formatHsdsServices(offers, organisation),
        offerCount: offers.length,
      };
}

/**
 * Imports a file of offers into one organisation. Every row is validated with the API's rules;
 * a row's id must name a not-archived offer of this organisation (rows without id are new).
 * With any problem, or with dryRun, nothing is written; otherwise one transaction creates
 * (DRAFT) and updates (publication state kept).
 */
export async function importOffers(
  db: Database,
  actor: string,
  args: { organisationId: string; format: OfferExchangeFormat; content: string; dryRun?: boolean | null },
): Promise<OfferImportReport> {
  if (Buffer.byteLength(args.content, "utf8") > importLimitBytes) {
    throw invalidInput([{ field: "content", message: "the file is larger than 900 KB; split it into several files" }]);
  }
  const organisation = await findOrganisation(db, args.organisationId);
  if (organisation.archivedAt) {
    throw invalidInput([{ field: "organisationId", message: "this organisation is archived; restore it first" }]);
  }
  const parsed =
    args.format === "CSV"
      ? parseOfferCsv(args.content, organisation.id)
      : parseHsdsServices(args.content, organisation.id);
  const problems = [...parsed.problems];

  const ids = parsed.offers.flatMap((offer) => (offer.id === null ? [] : [offer.id]));
  const stored =
    ids.length === 0
      ? []
      : await db.prisma.offer.findMany({
          where: { id: { in: ids } },
          select: { id: true, organisationId: true, archivedAt: true },
        });
  const storedById = new Map(stored.map((offer) => [offer.id, offer]));
  const firstLineOf = new Map<string, number>();
  for (const offer of parsed.offers) {
    if (offer.id === null) continue;
    const earlier = firstLineOf.get(offer.id);
    const row = storedById.get(offer.id);
    if (earlier !== undefined) {
      problems.push({
        line: offer.line,
        field: "id",
        message: `the same offer is already in the file (line ${earlier})`,
      });
    } else if (!row || row.organisationId !== organisation.id) {
      // Same answer whether the id is unknown or another organisation's: ids are not probed.
      problems.push({
        line: offer.line,
        field: "id",
        message: "no offer of this organisation has this id (leave the id empty to create a new offer)",
      });
    } else if (row.archivedAt) {
      problems.push({ line: offer.line, field: "id", message: "this offer is archived; restore it first" });
    }
    if (earlier === undefined) firstLineOf.set(offer.id, offer.line);
  }
  if (problems.length > 0) {
    return { created: 0, updated: 0, problems: problems.sort((a, b) => a.line - b.line), applied: false };
  }
  const creates = parsed.offers.filter((offer) => offer.id === null).map((offer) => offer.input);
  const updates = parsed.offers.flatMap((offer) => (offer.id === null ? [] : [{ id: offer.id, input: offer.input }]));
  if (!args.dryRun) await writeImportedOffers(db, actor, creates, updates);
  return { created: creates.length, updated: updates.length, problems: [], applied: !args.dryRun };
}

// ---------------------------------------------------------------------------------------
// HSDS read API (public): only published offers that are not archived

const publicOffer = { publication: "PUBLISHED", archivedAt: null } as const satisfies Prisma.OfferWhereInput;
const organisationFields = { id: true, name: true, description: true } as const;

/** Largest HSDS page. */
export const hsdsMaxPageSize = 100;
export const hsdsDefaultPageSize = 50;

export interface HsdsPageArgs {
  page: number;
  perPage: number;
}

/** An HSDS 3 API page ("Page" in the HSDS OpenAPI): counts, position and the contents. */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

function toPage<T>(contents: T[], total: number, { page, perPage }: HsdsPageArgs): HsdsPage<T> {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: perPage,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** API metadata for GET /hsds/. */
export function hsdsMetadata() {
  return { version: hsdsVersion, profile: hsdsProfile, openapi_url: null };
}

type PublicOfferRow = OfferWithLists & { organisation: ExchangeOrganisation };

const toService = (row: PublicOfferRow): HsdsService => toHsdsService(toExchangeOffer(row), row.organisation);

/** Published offers as HSDS services by name, optionally only those whose name or description contains `search`. */
export async function listHsdsServices(
  db: Database,
  args: HsdsPageArgs & { search?: string; organisationId?: string },
): Promise<HsdsPage<HsdsService>> {
  const search = args.search?.trim();
  const where: Prisma.OfferWhereInput = {
    ...publicOffer,
    ...(args.organisationId ? { organisationId: args.organisationId } : {}),
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: "insensitive" } },
            { description: { contains: search, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.prisma.offer.count({ where }),
    db.prisma.offer.findMany({
      where,
      orderBy: [...byName],
      skip: (args.page - 1) * args.perPage,
      take: args.perPage,
      include: { ...withLists, organisation: { select: organisationFields } },
    }),
  ]);
  return toPage(rows.map(toService), total, args);
}

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** One published offer as an HSDS service; null when unknown, not published or archived. */
export async function getHsdsService(db: Database, id: string): Promise<HsdsService | null> {
  if (!isUuid(id)) return null;
  const row = await db.prisma.offer.findFirst({
    where: { id: id.toLowerCase(), ...publicOffer },
    include: { ...withLists, organisation: { select: organisationFields } },
  });
  return row ? toService(row) : null;
}

/** An HSDS organization: what we publish of an organisation that runs published offers. */
export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  phones: Array<{ id: string; number: string }>;
  services?: HsdsService[];
}

const organisationsWithPublicOffers = {
  archivedAt: null,
  offers: { some: publicOffer },
} as const satisfies Prisma.OrganisationWhereInput;

function toOrganization(row: {
  id: string;
  name: string;
  description: string | null;
  email: string | null;
  website: string | null;
  phone: string | null;
}): HsdsOrganization {
  return {
    id: row.id,
    name: row.name,
    description: row.description ?? "",
    ...(row.email ? { email: row.email } : {}),
    ...(row.website ? { website: row.website } : {}),
    phones: row.phone ? [{ id: row.id, number: row.phone }] : [],
  };
}

const organizationFields = {
  id: true,
  name: true,
  description: true,
  email: true,
  website: true,
  phone: true,
} as const;

/** Organisations (not archived) that run at least one published offer, by name. */
export async function listHsdsOrganizations(db: Database, args: HsdsPageArgs): Promise<HsdsPage<HsdsOrganization>> {
  const [total, rows] = await Promise.all([
    db.prisma.organisation.count({ where: organisationsWithPublicOffers }),
    db.prisma.organisation.findMany({
      where: organisationsWithPublicOffers,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (args.page - 1) * args.perPage,
      take: args.perPage,
      select: organizationFields,
    }),
  ]);
  return toPage(rows.map(toOrganization), total, args);
}

/** One organisation with its published services; null unless it runs a published offer. */
export async function getHsdsOrganization(db: Database, id: string): Promise<HsdsOrganization | null> {
  if (!isUuid(id)) return null;
  const row = await db.prisma.organisation.findFirst({
    where: { id: id.toLowerCase(), ...organisationsWithPublicOffers },
    select: organizationFields,
  });
  if (!row) return null;
  const services = await db.prisma.offer.findMany({
    where: { organisationId: row.id, ...publicOffer },
    orderBy: [...byName],
    include: withLists,
  });
  return { ...toOrganization(row), services: services.map((offer) => toHsdsService(toExchangeOffer(offer), row)) };
}
