import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationType } from "../../generated/prisma/client.ts";
import { smallCity } from "../../test/factories.ts";
import { errorCodes, graphqlClient, type OperationResult } from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { upsertAreas } from "../area/area.service.ts";

const conferenceFields = `
  id title date location summary status reportStichtag
  areas { code }
  participants { name }
  workingGroups { name topic findings { description } }
  findings { kind category categoryLabel description area { code } workingGroup { name } recommendations { text } }
  recommendations { id text status finding { description } goals { title } }
  isExample createdBy updatedBy archivedAt archivedBy`;

const createMutation = `mutation($input: ConferenceInput!) { createConference(input: $input) { ${conferenceFields} } }`;
const updateMutation = `mutation($id: ID!, $input: ConferenceInput!) { updateConference(id: $id, input: $input) { ${conferenceFields} } }`;
const statusMutation = `mutation($id: ID!, $status: RecommendationStatus!) {
  setRecommendationStatus(id: $id, status: $status) { id status text conference { updatedBy } } }`;
const changeLogQuery = `query($id: ID!) { changeLog(entity: "Conference", entityId: $id) { action actor changes } }`;

interface ConferenceResult {
  id: string;
  title: string;
  status: string;
  areas: Array<{ code: string }>;
  participants: Array<{ name: string }>;
  workingGroups: Array<{ name: string; findings: Array<{ description: string }> }>;
  findings: Array<{
    category: string;
    categoryLabel: string;
    description: string;
    area: { code: string } | null;
    workingGroup: { name: string } | null;
    recommendations: Array<{ text: string }>;
  }>;
  recommendations: Array<{
    id: string;
    text: string;
    status: string;
    finding: { description: string } | null;
    goals: Array<{ title: string }>;
  }>;
  createdBy: string;
  archivedAt: string | null;
}
type ChangeLog = { changeLog: Array<{ action: string; actor: string; changes: Record<string, unknown> }> };
type FieldErrors = Array<{ field: string; message: string }>;
const fieldErrorsOf = (result: OperationResult<unknown>): FieldErrors =>
  (result.errors?.[0]?.extensions?.fieldErrors as FieldErrors | undefined) ?? [];

async function organisation(db: TestDatabase, name: string, type: OrganisationType = "FREIER_TRAEGER") {
  return db.prisma.organisation.create({ data: { name, type } });
}

/** A measure (goal) in a catalogue, as the measure module would store it. */
async function goal(db: TestDatabase, title: string) {
  const catalogue = await db.prisma.measureCatalogue.create({
    data: { name: `Katalog für ${title}`, versions: { create: { number: 1 } } },
    include: { versions: true },
  });
  const versionId = catalogue.versions[0]?.id ?? "";
  return db.prisma.goal.create({ data: { versionId, level: "MASSNAHME", title } });
}

describe("conferences over GraphQL", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  let kirche: { id: string };
  let wohnungsbau: { id: string };
  let koordinierung: { id: string };

  const sozialraumkonferenz = () => ({
    title: "Sozialraumkonferenz Am Park",
    date: "2021-11-10",
    location: "Gemeindesaal",
    status: "DOCUMENTED",
    reportStichtag: "2021-12-31",
    areaCodes: ["011001"],
    participantOrganisationIds: [wohnungsbau.id, kirche.id],
    workingGroups: [
      { name: "Kinder und Familie", topic: "Betreuung, Schule, Freizeit" },
      { name: "Engagement und Nachbarschaft" },
    ],
    findings: [
      {
        kind: "GAP",
        category: "Kinderbetreuung",
        description: "Betreuungsplätze fehlen in Planungsraum 01",
        areaCode: "01100101",
        workingGroupIndex: 0,
      },
      { kind: "STRENGTH", category: "ehrenamt", description: "Aktive Kirchengemeinde", workingGroupIndex: 1 },
      { kind: "NEED", category: "sport-vereine", description: "Mehr Sportangebote für Mädchen" },
    ],
    recommendations: [
      { text: "Kita-Plätze im Planungsraum 01 ausbauen", findingIndex: 0, status: "IN_PROGRESS" },
      { text: "Koordinierungsstelle einrichten", goalIds: [koordinierung.id] },
    ],
  });

  async function create(input: Record<string, unknown>): Promise<ConferenceResult> {
    const result = await client.execute<{ createConference: ConferenceResult }>(createMutation, { input });
    expect(result.errors).toBeUndefined();
    if (!result.data) throw new Error("no data");
    return result.data.createConference;
  }

  async function rowCounts() {
    return {
      conferences: await db.prisma.conference.count(),
      areas: await db.prisma.conferenceArea.count(),
      participants: await db.prisma.conferenceParticipant.count(),
      workingGroups: await db.prisma.conferenceWorkingGroup.count(),
      findings: await db.prisma.conferenceFinding.count(),
      recommendations: await db.prisma.conferenceRecommendation.count(),
      goals: await db.prisma.recommendationGoal.count(),
      changes: await db.prisma.changeLog.count(),
    };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, smallCity(3));
    client = graphqlClient(db);
    kirche = await organisation(db, "Kirchengemeinde am Park", "GLAUBENSGEMEINSCHAFT");
    wohnungsbau = await organisation(db, "Wohnungsbaugesellschaft Nord", "WOHNUNGSGESELLSCHAFT");
    koordinierung = await goal(db, "Koordinierungsstelle für Angebote");
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("creates a conference whose findings and recommendations refer to each other by position", async () => {
    const conference = await create(sozialraumkonferenz());
    expect(conference).toMatchObject({
      title: "Sozialraumkonferenz Am Park",
      status: "DOCUMENTED",
      areas: [{ code: "011001" }],
      participants: [{ name: "Kirchengemeinde am Park" }, { name: "Wohnungsbaugesellschaft Nord" }],
      workingGroups: [
        { name: "Kinder und Familie", findings: [{ description: "Betreuungsplätze fehlen in Planungsraum 01" }] },
        { name: "Engagement und Nachbarschaft", findings: [{ description: "Aktive Kirchengemeinde" }] },
      ],
      findings: [
        {
          category: "kinderbetreuung",
          categoryLabel: "Kinderbetreuung",
          area: { code: "01100101" },
          workingGroup: { name: "Kinder und Familie" },
          recommendations: [{ text: "Kita-Plätze im Planungsraum 01 ausbauen" }],
        },
        { category: "ehrenamt", area: null, workingGroup: { name: "Engagement und Nachbarschaft" } },
        { category: "sport-vereine", categoryLabel: "sport-vereine", workingGroup: null, recommendations: [] },
      ],
      recommendations: [
        { status: "IN_PROGRESS", finding: { description: "Betreuungsplätze fehlen in Planungsraum 01" }, goals: [] },
        { status: "OPEN", finding: null, goals: [{ title: "Koordinierungsstelle für Angebote" }] },
      ],
      createdBy: "test-planner",
      archivedAt: null,
    });
    const log = await client.execute<ChangeLog>(changeLogQuery, { id: conference.id });
    expect(log.data?.changeLog).toHaveLength(1);
    expect(log.data?.changeLog[0]?.changes.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ areaCode: "01100101", workingGroupIndex: 0 })]),
    );
  });

  it("answers one conference by id, and NOT_FOUND for unknown and malformed ids", async () => {
    const { id } = await create({ title: "Planungstreffen", date: "2022-03-01" });
    const found = await client.execute<{ conference: { title: string; status: string } }>(
      `query($id: ID!) { conference(id: $id) { title status } }`,
      { id },
    );
    expect(found.data?.conference).toEqual({ title: "Planungstreffen", status: "PLANNED" });
    for (const missing of [randomUUID(), "12"]) {
      const result = await client.execute(`query($id: ID!) { conference(id: $id) { title } }`, { id: missing });
      expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
    }
  });

  it("lists the suggested finding categories", async () => {
    const result = await client.execute<{ findingCategories: Array<{ key: string; label: string }> }>(
      `{ findingCategories { key label description } }`,
    );
    expect(result.data?.findingCategories.map((category) => category.key)).toEqual(
      expect.arrayContaining(["kinderbetreuung", "oepnv", "ehrenamt", "koordination"]),
    );
  });

  it("rejects bad values, positions and references with field errors and writes nothing", async () => {
    const before = await rowCounts();
    const missingDate = await client.execute(createMutation, { input: { title: "Ohne Datum" } });
    expect(errorCodes(missingDate)).toEqual(["BAD_USER_INPUT"]);

    const base = sozialraumkonferenz();
    const badValues = await client.execute(createMutation, {
      input: {
        ...base,
        title: "",
        findings: [
          { ...base.findings[0], category: "Kitas sind voll", workingGroupIndex: 5 },
          { kind: "GAP", category: "oepnv", description: "  " },
        ],
        recommendations: [{ text: "x", findingIndex: 2 }],
      },
    });
    expect(errorCodes(badValues)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldErrorsOf(badValues).map((error) => error.field)).toEqual([
      "title",
      "findings.0.category",
      "findings.1.description",
      "findings.0.workingGroupIndex",
      "recommendations.0.findingIndex",
    ]);

    const unknownReferences = await client.execute(createMutation, {
      input: {
        ...base,
        areaCodes: ["011001", "nope"],
        participantOrganisationIds: [kirche.id, randomUUID().replace(/./, "0"), "x"],
        findings: [
          { ...base.findings[0], areaCode: "01" },
          { ...base.findings[1], areaCode: "00000000" },
        ],
        recommendations: [{ text: "y", goalIds: [koordinierung.id, "00000000-0000-4000-8000-000000000009"] }],
      },
    });
    expect(fieldErrorsOf(unknownReferences)).toEqual([
      { field: "areaCodes.1", message: "unknown area code nope" },
      { field: "findings.0.areaCode", message: "area 01 is neither one of the conference's areas nor inside one" },
      { field: "findings.1.areaCode", message: "unknown area code 00000000" },
      { field: "participantOrganisationIds.1", message: expect.stringMatching(/^unknown organisation /) },
      { field: "participantOrganisationIds.2", message: "unknown organisation x" },
      { field: "recommendations.0.goalIds.1", message: "unknown goal 00000000-0000-4000-8000-000000000009" },
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it("replaces the lists on update, keeps the positions and logs the changes old → new", async () => {
    const conference = await create(sozialraumkonferenz());
    const base = sozialraumkonferenz();
    const input = {
      ...base,
      summary: "Drei Arbeitsgruppen, zwölf Institutionen",
      workingGroups: [...base.workingGroups, { name: "Mobilität und Nahversorgung" }],
      findings: [
        ...base.findings,
        { kind: "GAP", category: "oepnv", description: "Bus fährt abends selten", workingGroupIndex: 2 },
      ],
      recommendations: [...base.recommendations, { text: "Taktverdichtung beantragen", findingIndex: 3 }],
    };
    const result = await client.execute<{ updateConference: ConferenceResult }>(updateMutation, {
      id: conference.id,
      input,
    });
    expect(result.errors).toBeUndefined();
    const updated = result.data?.updateConference;
    expect(updated?.workingGroups.map((group) => group.name)).toEqual([
      "Kinder und Familie",
      "Engagement und Nachbarschaft",
      "Mobilität und Nahversorgung",
    ]);
    expect(updated?.recommendations[2]).toMatchObject({
      text: "Taktverdichtung beantragen",
      finding: { description: "Bus fährt abends selten" },
    });
    expect(await db.prisma.conferenceFinding.count({ where: { conferenceId: conference.id } })).toBe(4);

    const log = await client.execute<ChangeLog>(changeLogQuery, { id: conference.id });
    const [update] = log.data?.changeLog ?? [];
    expect(update?.action).toBe("UPDATE");
    expect(Object.keys(update?.changes ?? {}).sort()).toEqual([
      "findings",
      "recommendations",
      "summary",
      "workingGroups",
    ]);
    expect(update?.changes.summary).toEqual({ from: null, to: "Drei Arbeitsgruppen, zwölf Institutionen" });
  });

  it("keeps the stored conference when an update has one invalid finding", async () => {
    const conference = await create(sozialraumkonferenz());
    const before = await rowCounts();
    const base = sozialraumkonferenz();
    const result = await client.execute(updateMutation, {
      id: conference.id,
      input: { ...base, title: "Neu", findings: [base.findings[0], { ...base.findings[1], areaCode: "01100199" }] },
    });
    expect(fieldErrorsOf(result)).toEqual([{ field: "findings.1.areaCode", message: "unknown area code 01100199" }]);
    expect(await rowCounts()).toEqual(before);
    expect((await db.prisma.conference.findUniqueOrThrow({ where: { id: conference.id } })).title).toBe(
      "Sozialraumkonferenz Am Park",
    );
    const unknown = await client.execute(updateMutation, { id: randomUUID(), input: base });
    expect(errorCodes(unknown)).toEqual(["NOT_FOUND"]);
  });

  it("changes one recommendation's status and records it on the conference", async () => {
    const conference = await create(sozialraumkonferenz());
    const recommendation = conference.recommendations[1];
    const result = await client.execute<{ setRecommendationStatus: { status: string; conference: unknown } }>(
      statusMutation,
      { id: recommendation?.id, status: "IMPLEMENTED" },
    );
    expect(result.data?.setRecommendationStatus).toMatchObject({
      status: "IMPLEMENTED",
      conference: { updatedBy: "test-planner" },
    });
    const again = await client.execute(statusMutation, { id: recommendation?.id, status: "IMPLEMENTED" });
    expect(again.errors).toBeUndefined();

    const log = await client.execute<ChangeLog>(changeLogQuery, { id: conference.id });
    expect(log.data?.changeLog.map((entry) => entry.action)).toEqual(["UPDATE", "CREATE"]);
    expect(log.data?.changeLog[0]).toEqual({
      action: "UPDATE",
      actor: "test-planner",
      changes: { "recommendations.1.status": { from: "OPEN", to: "IMPLEMENTED" } },
    });

    const unknown = await client.execute(statusMutation, { id: randomUUID(), status: "OPEN" });
    expect(errorCodes(unknown)).toEqual(["NOT_FOUND"]);
    const badStatus = await client.execute(statusMutation, { id: recommendation?.id, status: "DONE" });
    expect(errorCodes(badStatus)).toEqual(["BAD_USER_INPUT"]);
  });

  it("archives and restores, refusing to change an archived conference", async () => {
    const conference = await create({ ...sozialraumkonferenz(), title: "Archivkonferenz" });
    const archive = await client.execute<{ archiveConference: { archivedBy: string } }>(
      `mutation($id: ID!) { archiveConference(id: $id) { archivedBy archivedAt } }`,
      { id: conference.id },
    );
    expect(archive.data?.archiveConference.archivedBy).toBe("test-planner");
    const count = `query($all: Boolean) { conferences(filter: { includeArchived: $all }) { edges { node { title } } } }`;
    const titles = async (all: boolean) =>
      (
        await client.execute<{ conferences: { edges: Array<{ node: { title: string } }> } }>(count, { all })
      ).data?.conferences.edges.map((edge) => edge.node.title);
    expect(await titles(false)).not.toContain("Archivkonferenz");
    expect(await titles(true)).toContain("Archivkonferenz");

    expect(
      errorCodes(await client.execute(updateMutation, { id: conference.id, input: sozialraumkonferenz() })),
    ).toEqual(["CONFLICT"]);
    expect(
      errorCodes(await client.execute(statusMutation, { id: conference.recommendations[0]?.id, status: "REJECTED" })),
    ).toEqual(["CONFLICT"]);
    expect(
      errorCodes(
        await client.execute(`mutation($id: ID!) { archiveConference(id: $id) { id } }`, { id: conference.id }),
      ),
    ).toEqual(["CONFLICT"]);

    const restore = await client.execute<{ restoreConference: { archivedAt: null } }>(
      `mutation($id: ID!) { restoreConference(id: $id) { archivedAt } }`,
      { id: conference.id },
    );
    expect(restore.data?.restoreConference).toEqual({ archivedAt: null });
    expect(
      errorCodes(
        await client.execute(`mutation($id: ID!) { restoreConference(id: $id) { id } }`, { id: conference.id }),
      ),
    ).toEqual(["CONFLICT"]);
    const log = await client.execute<ChangeLog>(changeLogQuery, { id: conference.id });
    expect(log.data?.changeLog.map((entry) => entry.action)).toEqual(["RESTORE", "ARCHIVE", "CREATE"]);
  });
});

describe("finding conferences and findings by area", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  let jugendamt: { id: string };

  const titles = async (filter: Record<string, unknown>) => {
    const result = await client.execute<{ conferences: { edges: Array<{ node: { title: string } }> } }>(
      `query($filter: ConferenceFilter) { conferences(filter: $filter) { edges { node { title } } } }`,
      { filter },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.conferences.edges.map((edge) => edge.node.title);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, smallCity(3));
    client = graphqlClient(db);
    jugendamt = await organisation(db, "Jugendamt", "JUGENDAMT");
    const conferences = [
      {
        title: "Konferenz 2019",
        date: "2019-05-01",
        status: "DOCUMENTED",
        areaCodes: ["01100101"],
        findings: [{ kind: "GAP", category: "oepnv", description: "Keine Busanbindung" }],
      },
      {
        title: "Konferenz 2021",
        date: "2021-11-10",
        status: "HELD",
        areaCodes: ["011001"],
        participantOrganisationIds: [jugendamt.id],
        findings: [
          { kind: "GAP", category: "kinderbetreuung", description: "Kitaplätze fehlen", areaCode: "01100102" },
          { kind: "NEED", category: "koordination", description: "Angebote besser abstimmen" },
        ],
      },
      { title: "Konferenz 2023", date: "2023-09-01", areaCodes: ["01100103"] },
    ];
    for (const input of conferences) {
      const result = await client.execute(createMutation, { input });
      expect(result.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("lists newest first and filters by status, dates and participant", async () => {
    expect(await titles({})).toEqual(["Konferenz 2023", "Konferenz 2021", "Konferenz 2019"]);
    expect(await titles({ status: "PLANNED" })).toEqual(["Konferenz 2023"]);
    expect(await titles({ from: "2019-05-01", to: "2021-11-10" })).toEqual(["Konferenz 2021", "Konferenz 2019"]);
    expect(await titles({ organisationId: jugendamt.id })).toEqual(["Konferenz 2021"]);
    const reversed = await client.execute(
      `{ conferences(filter: { from: "2022-01-01", to: "2021-01-01" }) { totalCount } }`,
    );
    expect(fieldErrorsOf(reversed)).toEqual([{ field: "filter.to", message: "must not be before from (2022-01-01)" }]);
    const unknown = await client.execute(
      `query($id: ID!) { conferences(filter: { organisationId: $id }) { totalCount } }`,
      {
        id: randomUUID(),
      },
    );
    expect(errorCodes(unknown)).toEqual(["NOT_FOUND"]);
  });

  it("finds conferences about an area, an area containing it or one inside it", async () => {
    expect(await titles({ areaCode: "01100102" })).toEqual(["Konferenz 2021"]);
    expect(await titles({ areaCode: "01100101" })).toEqual(["Konferenz 2021", "Konferenz 2019"]);
    expect(await titles({ areaCode: "01" })).toEqual(["Konferenz 2023", "Konferenz 2021", "Konferenz 2019"]);
    expect(errorCodes(await client.execute(`{ conferences(filter: { areaCode: "x" }) { totalCount } }`))).toEqual([
      "NOT_FOUND",
    ]);
  });

  it("shows each area the findings about it, using the conference's areas for findings without one", async () => {
    const result = await client.execute<{
      areas: Array<{ code: string; conferenceFindings: Array<{ description: string; conference: { title: string } }> }>;
    }>(`{ areas(parentCode: "011001") { code conferenceFindings { description conference { title } } } }`);
    expect(result.data?.areas.map((area) => [area.code, area.conferenceFindings.map((f) => f.description)])).toEqual([
      ["01100101", ["Angebote besser abstimmen", "Keine Busanbindung"]],
      ["01100102", ["Kitaplätze fehlen", "Angebote besser abstimmen"]],
      ["01100103", ["Angebote besser abstimmen"]],
    ]);
    const region = await client.execute<{ area: { conferenceFindings: unknown[] } }>(
      `{ area(code: "011001") { conferenceFindings { description } } }`,
    );
    expect(region.data?.area.conferenceFindings).toHaveLength(3);
  });
});

describe("conference lists without N+1", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;

  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, smallCity(3));
    client = graphqlClient(db);
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  /** Conferences with an area, a participant, a working group, a finding and a recommendation with a goal. */
  async function addConferences(from: number, to: number) {
    const area = await db.prisma.area.findUniqueOrThrow({ where: { code: "01100101" } });
    const measure = await goal(db, `Maßnahme ${from}`);
    const rows = Array.from({ length: to - from }, (_, i) => ({
      n: from + i,
      conferenceId: randomUUID(),
      organisationId: randomUUID(),
      workingGroupId: randomUUID(),
      findingId: randomUUID(),
      recommendationId: randomUUID(),
    }));
    await db.prisma.organisation.createMany({
      data: rows.map(({ n, organisationId }) => ({ id: organisationId, name: `Träger ${n}`, type: "FREIER_TRAEGER" })),
    });
    await db.prisma.conference.createMany({
      data: rows.map(({ n, conferenceId }) => ({
        id: conferenceId,
        title: `Konferenz ${n}`,
        date: new Date(Date.UTC(2000, 0, 1 + n)),
      })),
    });
    await db.prisma.conferenceArea.createMany({
      data: rows.map(({ conferenceId }) => ({ conferenceId, areaId: area.id })),
    });
    await db.prisma.conferenceParticipant.createMany({
      data: rows.map(({ conferenceId, organisationId }) => ({ conferenceId, organisationId })),
    });
    await db.prisma.conferenceWorkingGroup.createMany({
      data: rows.map(({ conferenceId, workingGroupId }) => ({ id: workingGroupId, conferenceId, name: "AG" })),
    });
    await db.prisma.conferenceFinding.createMany({
      data: rows.map(({ conferenceId, workingGroupId, findingId }) => ({
        id: findingId,
        conferenceId,
        workingGroupId,
        kind: "GAP",
        category: "kinderbetreuung",
        areaId: area.id,
        description: "Kitaplätze fehlen",
      })),
    });
    await db.prisma.conferenceRecommendation.createMany({
      data: rows.map(({ conferenceId, findingId, recommendationId }) => ({
        id: recommendationId,
        conferenceId,
        findingId,
        text: "Ausbauen",
      })),
    });
    await db.prisma.recommendationGoal.createMany({
      data: rows.map(({ recommendationId }) => ({ recommendationId, goalId: measure.id })),
    });
  }

  it("issues the same number of statements for 10 and for 500 conferences", async () => {
    // `first` as a variable: the static cost limit would refuse a literal 500 with this many nested fields.
    const query = `query($first: Int) { conferences(first: $first) { totalCount edges { node {
      title areas { code } participants { name } workingGroups { name findings { category } }
      findings { description area { code } workingGroup { name } conference { title } recommendations { text } }
      recommendations { status finding { category } goals { title } }
    } } } }`;
    await addConferences(0, 10);
    db.resetQueryLog();
    const ten = await client.execute<{ conferences: { totalCount: number } }>(query, { first: 500 });
    expect(ten.errors).toBeUndefined();
    expect(ten.data?.conferences.totalCount).toBe(10);
    const statementsForTen = db.queries.length;

    await addConferences(10, 500);
    db.resetQueryLog();
    const fiveHundred = await client.execute<{ conferences: { totalCount: number } }>(query, { first: 500 });
    expect(fiveHundred.data?.conferences.totalCount).toBe(500);
    expect(db.queries.length).toBe(statementsForTen);
  });

  it("issues the same number of statements for the findings of 10 and of 500 areas", async () => {
    if ((await db.prisma.conference.count()) === 0) await addConferences(0, 500);
    const query = `{ areas(level: PLANUNGSRAUM) { code conferenceFindings { description conference { title } } } }`;
    await upsertAreas(db, smallCity(10));
    db.resetQueryLog();
    const ten = await client.execute<{ areas: Array<{ conferenceFindings: unknown[] }> }>(query);
    expect(ten.data?.areas).toHaveLength(10);
    expect(ten.data?.areas[0]?.conferenceFindings).toHaveLength(500);
    const statementsForTen = db.queries.length;

    await upsertAreas(db, smallCity(500));
    db.resetQueryLog();
    const fiveHundred = await client.execute<{ areas: unknown[] }>(query);
    expect(fiveHundred.data?.areas).toHaveLength(500);
    expect(db.queries.length).toBe(statementsForTen);
  });
});
