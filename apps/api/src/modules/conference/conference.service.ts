import { randomUUID } from "node:crypto";
import { type ConferenceInput, conferenceInputSchema, type RecommendationStatus } from "@sozialatlas/domain/conference";
import type {
  ConferenceFinding as ConferenceFindingRow,
  ConferenceRecommendation as ConferenceRecommendationRow,
  Conference as ConferenceRow,
  ConferenceStatus,
  ConferenceWorkingGroup as ConferenceWorkingGroupRow,
  Goal as GoalRow,
  Organisation as OrganisationRow,
  Prisma,
} from "../../generated/prisma/client.ts";
import { recordChange } from "../../lib/change-log.ts";
import type { Database } from "../../lib/db.ts";
import { DomainError, notFound } from "../../lib/errors.ts";
import { assertId, isUuid } from "../../lib/ids.ts";
import { type Connection, cursorArgs, type PageArgs, paginate } from "../../lib/pagination.ts";
import { toDbDate } from "../../lib/scalars.ts";
import { type FieldError, invalidInput, parseInput } from "../../lib/validation.ts";
import type { AreaRow } from "../area/area.service.ts";
import { relatedAreaIds, relatedAreaIdsOf, selfAndAncestorIds } from "../area/related-areas.ts";

export type { ConferenceFindingRow, ConferenceRecommendationRow, ConferenceRow, ConferenceWorkingGroupRow };

type Tx = Prisma.TransactionClient;

export interface ConferenceFilter {
  areaCode?: string | null;
  status?: ConferenceStatus | null;
  from?: string | null;
  to?: string | null;
  organisationId?: string | null;
  includeArchived?: boolean | null;
}

export async function listConferences(
  db: Database,
  filter: ConferenceFilter | null | undefined,
  page: PageArgs,
): Promise<Connection<ConferenceRow>> {
  const where = await conferenceWhere(db, filter ?? {});
  return paginate(
    page,
    (slice) => {
      const args: Prisma.ConferenceFindManyArgs = {
        where,
        orderBy: [{ date: "desc" }, { id: "asc" }],
        ...cursorArgs(slice),
      };
      return db.prisma.conference.findMany(args);
    },
    () => db.prisma.conference.count({ where }),
  );
}

async function conferenceWhere(db: Database, filter: ConferenceFilter): Promise<Prisma.ConferenceWhereInput> {
  if (filter.from && filter.to && filter.to < filter.from) {
    throw invalidInput([{ field: "filter.to", message: `must not be before from (${filter.from})` }]);
  }
  const conditions: Prisma.ConferenceWhereInput[] = [];
  if (!filter.includeArchived) conditions.push({ archivedAt: null });
  if (filter.status) conditions.push({ status: filter.status });
  if (filter.from) conditions.push({ date: { gte: toDbDate(filter.from) } });
  if (filter.to) conditions.push({ date: { lte: toDbDate(filter.to) } });
  if (filter.areaCode != null) {
    const areaIds = await relatedAreaIds(db, filter.areaCode);
    conditions.push({ areas: { some: { areaId: { in: areaIds } } } });
  }
  if (filter.organisationId != null) {
    const organisationId = filter.organisationId;
    assertId("Organisation", organisationId);
    if ((await db.prisma.organisation.count({ where: { id: organisationId } })) === 0) {
      throw notFound("Organisation", organisationId);
    }
    conditions.push({ participants: { some: { organisationId } } });
  }
  return { AND: conditions };
}

export async function getConference(db: Database, id: string): Promise<ConferenceRow> {
  assertId("Conference", id);
  const conference = await db.prisma.conference.findUnique({ where: { id } });
  if (!conference) throw notFound("Conference", id);
  return conference;
}

// ---------------------------------------------------------------------------------------
// Writes

interface ResolvedReferences {
  areaIdByCode: Map<string, string>;
}

/**
 * Checks every referenced area, organisation and goal, and that a finding's area is one of
 * the conference's areas or lies inside one. Problems are field errors by list index.
 */
async function resolveReferences(db: Database, input: ConferenceInput): Promise<ResolvedReferences> {
  const errors: FieldError[] = [];
  const findingCodes = input.findings.flatMap((finding) => (finding.areaCode ? [finding.areaCode] : []));
  const areas = await db.prisma.area.findMany({
    where: { code: { in: [...new Set([...input.areaCodes, ...findingCodes])] } },
    select: { id: true, code: true },
  });
  const areaIdByCode = new Map(areas.map((area) => [area.code, area.id]));
  input.areaCodes.forEach((code, index) => {
    if (!areaIdByCode.has(code)) errors.push({ field: `areaCodes.${index}`, message: `unknown area code ${code}` });
  });

  const conferenceAreaIds = new Set(input.areaCodes.flatMap((code) => areaIdByCode.get(code) ?? []));
  const findingAreaIds = findingCodes.flatMap((code) => areaIdByCode.get(code) ?? []);
  const ancestors = await selfAndAncestorIds(db, [...new Set(findingAreaIds)]);
  input.findings.forEach((finding, index) => {
    if (!finding.areaCode) return;
    const areaId = areaIdByCode.get(finding.areaCode);
    if (!areaId) {
      errors.push({ field: `findings.${index}.areaCode`, message: `unknown area code ${finding.areaCode}` });
    } else if (
      conferenceAreaIds.size > 0 &&
      ![...(ancestors.get(areaId) ?? [])].some((ancestorId) => conferenceAreaIds.has(ancestorId))
    ) {
      errors.push({
        field: `findings.${index}.areaCode`,
        message: `area ${finding.areaCode} is neither one of the conference's areas nor inside one`,
      });
    }
  });

  const knownOrganisations = await existingIds(db.prisma.organisation, input.participantOrganisationIds);
  input.participantOrganisationIds.forEach((id, index) => {
    if (!knownOrganisations.has(id)) {
      errors.push({ field: `participantOrganisationIds.${index}`, message: `unknown organisation ${id}` });
    }
  });

  const knownGoals = await existingIds(
    db.prisma.goal,
    input.recommendations.flatMap((recommendation) => recommendation.goalIds),
  );
  input.recommendations.forEach((recommendation, index) => {
    recommendation.goalIds.forEach((goalId, goalIndex) => {
      if (!knownGoals.has(goalId)) {
        errors.push({ field: `recommendations.${index}.goalIds.${goalIndex}`, message: `unknown goal ${goalId}` });
      }
    });
  });
  if (errors.length > 0) throw invalidInput(errors);
  return { areaIdByCode };
}

async function existingIds(
  model: { findMany(args: { where: { id: { in: string[] } }; select: { id: true } }): Promise<Array<{ id: string }>> },
  ids: readonly string[],
): Promise<Set<string>> {
  const rows = await model.findMany({ where: { id: { in: ids.filter(isUuid) } }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

function scalarData(input: ConferenceInput) {
  return {
    title: input.title,
    date: toDbDate(input.date),
    location: input.location,
    summary: input.summary,
    status: input.status,
    reportStichtag: input.reportStichtag ? toDbDate(input.reportStichtag) : null,
  };
}

async function writeChildren(tx: Tx, conferenceId: string, input: ConferenceInput, refs: ResolvedReferences) {
  const areaId = (code: string) => refs.areaIdByCode.get(code) ?? "";
  // Ids made here so that findings and recommendations can point at rows of the same input.
  const workingGroupIds = input.workingGroups.map(() => randomUUID());
  const findingIds = input.findings.map(() => randomUUID());
  const recommendationIds = input.recommendations.map(() => randomUUID());
  const byIndex = (ids: string[], index: number | null) => (index === null ? null : (ids[index] ?? null));

  await tx.conferenceArea.createMany({ data: input.areaCodes.map((code) => ({ conferenceId, areaId: areaId(code) })) });
  await tx.conferenceParticipant.createMany({
    data: input.participantOrganisationIds.map((organisationId) => ({ conferenceId, organisationId })),
  });
  await tx.conferenceWorkingGroup.createMany({
    data: input.workingGroups.map((group, position) => ({
      id: workingGroupIds[position],
      conferenceId,
      name: group.name,
      topic: group.topic,
      position,
    })),
  });
  await tx.conferenceFinding.createMany({
    data: input.findings.map((finding, position) => ({
      id: findingIds[position],
      conferenceId,
      kind: finding.kind,
      category: finding.category,
      description: finding.description,
      areaId: finding.areaCode ? areaId(finding.areaCode) : null,
      workingGroupId: byIndex(workingGroupIds, finding.workingGroupIndex),
      position,
    })),
  });
  await tx.conferenceRecommendation.createMany({
    data: input.recommendations.map((recommendation, position) => ({
      id: recommendationIds[position],
      conferenceId,
      text: recommendation.text,
      status: recommendation.status,
      findingId: byIndex(findingIds, recommendation.findingIndex),
      position,
    })),
  });
  await tx.recommendationGoal.createMany({
    data: input.recommendations.flatMap((recommendation, position) =>
      recommendation.goalIds.map((goalId) => ({ recommendationId: recommendationIds[position] ?? "", goalId })),
    ),
  });
}

async function deleteChildren(tx: Tx, conferenceId: string) {
  await tx.conferenceRecommendation.deleteMany({ where: { conferenceId } });
  await tx.conferenceFinding.deleteMany({ where: { conferenceId } });
  await tx.conferenceWorkingGroup.deleteMany({ where: { conferenceId } });
  await tx.conferenceArea.deleteMany({ where: { conferenceId } });
  await tx.conferenceParticipant.deleteMany({ where: { conferenceId } });
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/**
 * The conference with its lists as plain values for the change log. References between the
 * lists are positions, as in the input: row ids change on every update and would otherwise
 * show up as changes. Statements run one after the other (see the programme snapshot).
 */
async function snapshot(tx: Tx, id: string): Promise<Record<string, unknown>> {
  const conference = await tx.conference.findUniqueOrThrow({ where: { id } });
  const areas = await tx.area.findMany({
    where: { conferences: { some: { conferenceId: id } } },
    select: { code: true },
  });
  const participants = await tx.conferenceParticipant.findMany({
    where: { conferenceId: id },
    orderBy: { organisationId: "asc" },
  });
  const workingGroups = await tx.conferenceWorkingGroup.findMany({
    where: { conferenceId: id },
    orderBy: { position: "asc" },
  });
  const findings = await tx.conferenceFinding.findMany({ where: { conferenceId: id }, orderBy: { position: "asc" } });
  const findingAreas = await tx.area.findMany({
    where: { id: { in: findings.flatMap((finding) => finding.areaId ?? []) } },
    select: { id: true, code: true },
  });
  const recommendations = await tx.conferenceRecommendation.findMany({
    where: { conferenceId: id },
    orderBy: { position: "asc" },
  });
  const goals = await tx.recommendationGoal.findMany({
    where: { recommendationId: { in: recommendations.map((recommendation) => recommendation.id) } },
    orderBy: { goalId: "asc" },
  });
  const codeOf = new Map(findingAreas.map((area) => [area.id, area.code]));
  const positionOf = (rows: Array<{ id: string; position: number }>, rowId: string | null) =>
    rows.find((row) => row.id === rowId)?.position ?? null;
  return {
    title: conference.title,
    date: day(conference.date),
    location: conference.location,
    summary: conference.summary,
    status: conference.status,
    reportStichtag: day(conference.reportStichtag),
    areaCodes: areas.map((area) => area.code).sort(),
    participantOrganisationIds: participants.map((participant) => participant.organisationId),
    workingGroups: workingGroups.map(({ name, topic }) => ({ name, topic })),
    findings: findings.map((finding) => ({
      kind: finding.kind,
      category: finding.category,
      description: finding.description,
      areaCode: finding.areaId ? (codeOf.get(finding.areaId) ?? null) : null,
      workingGroupIndex: positionOf(workingGroups, finding.workingGroupId),
    })),
    recommendations: recommendations.map((recommendation) => ({
      text: recommendation.text,
      status: recommendation.status,
      findingIndex: positionOf(findings, recommendation.findingId),
      goalIds: goals.filter((goal) => goal.recommendationId === recommendation.id).map((goal) => goal.goalId),
    })),
  };
}

/** Creates a conference with its lists. `isExample` is set only by the demo seed. */
export async function createConference(
  db: Database,
  actor: string,
  rawInput: unknown,
  options: { isExample?: boolean } = {},
): Promise<ConferenceRow> {
  const input = parseInput(conferenceInputSchema, rawInput);
  const refs = await resolveReferences(db, input);
  return db.prisma.$transaction(async (tx) => {
    const conference = await tx.conference.create({
      data: { ...scalarData(input), isExample: options.isExample ?? false, createdBy: actor, updatedBy: actor },
    });
    await writeChildren(tx, conference.id, input, refs);
    await recordChange(tx, {
      actor,
      entity: "Conference",
      entityId: conference.id,
      action: "CREATE",
      after: await snapshot(tx, conference.id),
    });
    return conference;
  });
}

/** Replaces a conference's fields and lists as a whole (the list rows get new ids). */
export async function updateConference(
  db: Database,
  actor: string,
  id: string,
  rawInput: unknown,
): Promise<ConferenceRow> {
  const existing = await getConference(db, id);
  if (existing.archivedAt) {
    throw new DomainError("CONFLICT", `Conference ${id} is archived; restore it first`, { entity: "Conference", id });
  }
  const input = parseInput(conferenceInputSchema, rawInput);
  const refs = await resolveReferences(db, input);
  return db.prisma.$transaction(async (tx) => {
    const before = await snapshot(tx, id);
    await deleteChildren(tx, id);
    const conference = await tx.conference.update({ where: { id }, data: { ...scalarData(input), updatedBy: actor } });
    await writeChildren(tx, id, input, refs);
    await recordChange(tx, {
      actor,
      entity: "Conference",
      entityId: id,
      action: "UPDATE",
      before,
      after: await snapshot(tx, id),
    });
    return conference;
  });
}

export async function archiveConference(db: Database, actor: string, id: string): Promise<ConferenceRow> {
  const existing = await getConference(db, id);
  if (existing.archivedAt) throw new DomainError("CONFLICT", `Conference ${id} is already archived`, { id });
  return db.prisma.$transaction(async (tx) => {
    const conference = await tx.conference.update({
      where: { id },
      data: { archivedAt: new Date(), archivedBy: actor, updatedBy: actor },
    });
    await recordChange(tx, {
      actor,
      entity: "Conference",
      entityId: id,
      action: "ARCHIVE",
      after: { archivedAt: conference.archivedAt, archivedBy: actor },
    });
    return conference;
  });
}

export async function restoreConference(db: Database, actor: string, id: string): Promise<ConferenceRow> {
  const existing = await getConference(db, id);
  if (!existing.archivedAt) throw new DomainError("CONFLICT", `Conference ${id} is not archived`, { id });
  return db.prisma.$transaction(async (tx) => {
    const conference = await tx.conference.update({
      where: { id },
      data: { archivedAt: null, archivedBy: null, updatedBy: actor },
    });
    await recordChange(tx, { actor, entity: "Conference", entityId: id, action: "RESTORE" });
    return conference;
  });
}

/**
 * Changes one recommendation's status. The change is logged on the conference (the
 * aggregate a planner looks at; recommendation ids change with every update) under
 * `recommendations.<position>.status`. Setting the current status again changes nothing.
 */
export async function setRecommendationStatus(
  db: Database,
  actor: string,
  id: string,
  status: RecommendationStatus,
): Promise<ConferenceRecommendationRow> {
  assertId("ConferenceRecommendation", id);
  const recommendation = await db.prisma.conferenceRecommendation.findUnique({
    where: { id },
    include: { conference: { select: { archivedAt: true } } },
  });
  if (!recommendation) throw notFound("ConferenceRecommendation", id);
  if (recommendation.conference.archivedAt) {
    throw new DomainError("CONFLICT", `The conference of recommendation ${id} is archived; restore it first`, { id });
  }
  if (recommendation.status === status) {
    const { conference: _, ...unchanged } = recommendation;
    return unchanged;
  }
  const field = `recommendations.${recommendation.position}.status`;
  return db.prisma.$transaction(async (tx) => {
    const updated = await tx.conferenceRecommendation.update({ where: { id }, data: { status } });
    await tx.conference.update({ where: { id: recommendation.conferenceId }, data: { updatedBy: actor } });
    await recordChange(tx, {
      actor,
      entity: "Conference",
      entityId: recommendation.conferenceId,
      action: "UPDATE",
      before: { [field]: recommendation.status },
      after: { [field]: status },
    });
    return updated;
  });
}

// ---------------------------------------------------------------------------------------
// Batched reads for the loaders: a fixed number of statements, whatever the number of rows.

export function findConferencesByIds(db: Database, ids: readonly string[]) {
  return db.prisma.conference.findMany({ where: { id: { in: [...ids] } } });
}

export async function findConferenceAreas(
  db: Database,
  conferenceIds: readonly string[],
): Promise<Array<{ conferenceId: string; area: AreaRow }>> {
  return db.prisma.conferenceArea.findMany({
    where: { conferenceId: { in: [...conferenceIds] } },
    include: { area: true },
  });
}

export async function findParticipants(
  db: Database,
  conferenceIds: readonly string[],
): Promise<Array<{ conferenceId: string; organisation: OrganisationRow }>> {
  return db.prisma.conferenceParticipant.findMany({
    where: { conferenceId: { in: [...conferenceIds] } },
    include: { organisation: true },
  });
}

export function findWorkingGroups(db: Database, where: Prisma.ConferenceWorkingGroupWhereInput) {
  return db.prisma.conferenceWorkingGroup.findMany({ where, orderBy: [{ conferenceId: "asc" }, { position: "asc" }] });
}

export function findFindings(db: Database, where: Prisma.ConferenceFindingWhereInput) {
  return db.prisma.conferenceFinding.findMany({ where, orderBy: [{ conferenceId: "asc" }, { position: "asc" }] });
}

export function findRecommendations(db: Database, where: Prisma.ConferenceRecommendationWhereInput) {
  return db.prisma.conferenceRecommendation.findMany({
    where,
    orderBy: [{ conferenceId: "asc" }, { position: "asc" }],
  });
}

export async function findGoalsOfRecommendations(
  db: Database,
  recommendationIds: readonly string[],
): Promise<Array<{ recommendationId: string; goal: GoalRow }>> {
  return db.prisma.recommendationGoal.findMany({
    where: { recommendationId: { in: [...recommendationIds] } },
    include: { goal: true },
  });
}

/**
 * Findings of active conferences per area by the related-areas rule, applied to the
 * finding's own area or, when it has none, to its conference's areas. Newest conference first.
 */
export async function findFindingsOfAreas(
  db: Database,
  areaIds: readonly string[],
): Promise<Map<string, ConferenceFindingRow[]>> {
  const related = await relatedAreaIdsOf(db, areaIds);
  const allRelated = [...new Set([...related.values()].flatMap((ids) => [...ids]))];
  const findings = await db.prisma.conferenceFinding.findMany({
    where: {
      conference: { archivedAt: null },
      OR: [
        { areaId: { in: allRelated } },
        { areaId: null, conference: { areas: { some: { areaId: { in: allRelated } } } } },
      ],
    },
    orderBy: [{ conference: { date: "desc" } }, { conferenceId: "asc" }, { position: "asc" }],
  });
  const conferenceAreas = await db.prisma.conferenceArea.findMany({
    where: { conferenceId: { in: [...new Set(findings.map((finding) => finding.conferenceId))] } },
  });
  const areasOfConference = new Map<string, string[]>();
  for (const link of conferenceAreas) {
    areasOfConference.set(link.conferenceId, [...(areasOfConference.get(link.conferenceId) ?? []), link.areaId]);
  }
  const byArea = new Map<string, ConferenceFindingRow[]>();
  for (const [areaId, relatedIds] of related) {
    byArea.set(
      areaId,
      findings.filter((finding) => {
        const findingAreas = finding.areaId ? [finding.areaId] : (areasOfConference.get(finding.conferenceId) ?? []);
        return findingAreas.some((id) => relatedIds.has(id));
      }),
    );
  }
  return byArea;
}
