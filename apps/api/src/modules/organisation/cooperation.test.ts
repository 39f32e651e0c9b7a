import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphqlClient, type OperationResult } from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";

const agreementFields = `id title description signedOn validFrom validUntil isExample createdBy archivedAt archivedBy
  partners { role organisation { name } } projects { name description programmeId }`;

interface Agreement {
  id: string;
  title: string;
  partners: Array<{ role: string | null; organisation: { name: string } }>;
  projects: Array<{ name: string; description: string | null; programmeId: string | null }>;
  [field: string]: unknown;
}

function fieldErrorsOf(result: OperationResult<unknown>): Record<string, string> {
  const fieldErrors = (result.errors?.[0]?.extensions?.fieldErrors ?? []) as Array<{ field: string; message: string }>;
  return Object.fromEntries(fieldErrors.map((error) => [error.field, error.message]));
}

describe("cooperation agreements over GraphQL", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  const org: Record<"jobcenter" | "kammer" | "jugendamt" | "tafel" | "archived", string> = {
    jobcenter: "",
    kammer: "",
    jugendamt: "",
    tafel: "",
    archived: "",
  };
  let programmeId = "";
  const unknownId = "00000000-0000-4000-8000-000000000000";

  beforeAll(async () => {
    db = await createTestDatabase();
    client = graphqlClient(db);
    const rows = [
      ["jobcenter", "Jobcenter Mitte", "JOBCENTER"],
      ["kammer", "Handwerkskammer", "KAMMER"],
      ["jugendamt", "Jugendamt Mitte", "JUGENDAMT"],
      ["tafel", "Tafel Kiez", "FREIER_TRAEGER"],
      ["archived", "Alte Initiative", "INITIATIVE"],
    ] as const;
    for (const [key, name, type] of rows) {
      const created = await db.prisma.organisation.create({
        data: { name, type, archivedAt: key === "archived" ? new Date() : null },
      });
      org[key] = created.id;
    }
    programmeId = (await db.prisma.programme.create({ data: { name: "BIWAQ Mitte", family: "BIWAQ" } })).id;
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  const schoolToWork = () => ({
    title: "Kooperationsvereinbarung Übergang Schule–Beruf",
    description: "Gemeinsame Beratung junger Menschen ohne Anschluss",
    signedOn: "2023-09-01",
    validFrom: "2023-10-01",
    validUntil: "2026-12-31",
    partners: [
      { organisationId: org.jobcenter, role: "Federführung" },
      { organisationId: org.kammer, role: "Partner" },
      { organisationId: org.jugendamt, role: "Partner" },
    ],
    projects: [
      { name: "Sprechstunde an Schulen", programmeId },
      { name: "Praktikumsbörse Handwerk", description: "Praktika in Betrieben" },
    ],
  });
  async function create(input: Record<string, unknown>) {
    return client.execute<{ createCooperationAgreement: Agreement }>(
      `mutation($input: CooperationAgreementInput!) { createCooperationAgreement(input: $input) { ${agreementFields} } }`,
      { input },
    );
  }
  async function update(id: string, input: Record<string, unknown>) {
    return client.execute<{ updateCooperationAgreement: Agreement }>(
      `mutation($id: ID!, $input: CooperationAgreementInput!) {
        updateCooperationAgreement(id: $id, input: $input) { ${agreementFields} }
      }`,
      { id, input },
    );
  }
  const countRows = async () => ({
    agreements: await db.prisma.cooperationAgreement.count(),
    partners: await db.prisma.cooperationPartner.count(),
    projects: await db.prisma.cooperationProject.count(),
    changes: await db.prisma.changeLog.count(),
  });

  it("creates an agreement between three organisations with projects, visible from each partner", async () => {
    const result = await create(schoolToWork());
    expect(result.errors).toBeUndefined();
    const agreement = result.data?.createCooperationAgreement as Agreement;
    expect(agreement).toMatchObject({
      signedOn: "2023-09-01",
      validFrom: "2023-10-01",
      validUntil: "2026-12-31",
      isExample: false,
      createdBy: "test-planner",
      // Partners by organisation name.
      partners: [
        { role: "Partner", organisation: { name: "Handwerkskammer" } },
        { role: "Federführung", organisation: { name: "Jobcenter Mitte" } },
        { role: "Partner", organisation: { name: "Jugendamt Mitte" } },
      ],
      projects: [
        { name: "Sprechstunde an Schulen", description: null, programmeId },
        { name: "Praktikumsbörse Handwerk", description: "Praktika in Betrieben", programmeId: null },
      ],
    });
    const fromPartner = await client.execute<{ organisation: { cooperationAgreements: Array<{ title: string }> } }>(
      `query($id: ID!) { organisation(id: $id) { cooperationAgreements { title } } }`,
      { id: org.kammer },
    );
    expect(fromPartner.data?.organisation.cooperationAgreements).toEqual([
      { title: "Kooperationsvereinbarung Übergang Schule–Beruf" },
    ]);
    const log = await client.execute<{ changeLog: Array<{ action: string }> }>(
      `query($id: ID!) { changeLog(entity: "CooperationAgreement", entityId: $id) { action } }`,
      { id: agreement.id },
    );
    expect(log.data?.changeLog).toEqual([{ action: "CREATE" }]);
  });

  it("needs two distinct, existing partners and existing programmes; writes nothing otherwise", async () => {
    const before = await countRows();
    const onlyOne = await create({ ...schoolToWork(), partners: [{ organisationId: org.jobcenter }] });
    expect(errorCodes(onlyOne)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldErrorsOf(onlyOne)).toEqual({ partners: "an agreement needs at least two partner organisations" });

    const twice = await create({
      ...schoolToWork(),
      partners: [{ organisationId: org.jobcenter }, { organisationId: org.jobcenter, role: "Partner" }],
    });
    expect(fieldErrorsOf(twice)).toEqual({
      "partners.1.organisationId": "this organisation is already a partner of the agreement",
    });

    const unknown = await create({
      ...schoolToWork(),
      partners: [{ organisationId: org.jobcenter }, { organisationId: unknownId }, { organisationId: org.archived }],
      projects: [{ name: "Gut" }, { name: "Falsches Programm", programmeId: unknownId }],
    });
    expect(fieldErrorsOf(unknown)).toEqual({
      "partners.1.organisationId": "no organisation with this id",
      "partners.2.organisationId": "this organisation is archived; restore it first",
      "projects.1.programmeId": "no programme with this id",
    });

    const missing = await create({ description: "ohne Titel", validFrom: "2025-01-01", validUntil: "2024-12-31" });
    expect(fieldErrorsOf(missing)).toEqual({ title: "is required", partners: "is required" });
    const badPeriod = await create({ ...schoolToWork(), validFrom: "2025-01-01", validUntil: "2024-12-31" });
    expect(fieldErrorsOf(badPeriod)).toEqual({ validUntil: "must not be before validFrom (2025-01-01)" });

    expect(await countRows()).toEqual(before);
  });

  it("replaces partners and projects on update and logs what changed", async () => {
    const created = await create({
      title: "Armutsprävention im Kiez",
      partners: [{ organisationId: org.tafel }, { organisationId: org.jugendamt }],
      projects: [{ name: "Wärmestube" }],
    });
    const id = created.data?.createCooperationAgreement.id as string;
    const result = await update(id, {
      title: "Armutsprävention im Kiez",
      validFrom: "2025-01-01",
      partners: [{ organisationId: org.tafel, role: "Federführung" }, { organisationId: org.jobcenter }],
      projects: [],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateCooperationAgreement).toMatchObject({
      validFrom: "2025-01-01",
      partners: [
        { role: null, organisation: { name: "Jobcenter Mitte" } },
        { role: "Federführung", organisation: { name: "Tafel Kiez" } },
      ],
      projects: [],
    });
    expect(await db.prisma.cooperationPartner.count({ where: { agreementId: id } })).toBe(2);
    expect(await db.prisma.cooperationProject.count({ where: { agreementId: id } })).toBe(0);

    const log = await client.execute<{ changeLog: Array<{ action: string; changes: Record<string, unknown> }> }>(
      `query($id: ID!) { changeLog(entity: "CooperationAgreement", entityId: $id) { action changes } }`,
      { id },
    );
    const changes = log.data?.changeLog[0]?.changes ?? {};
    expect(Object.keys(changes).sort()).toEqual(["partners", "projects", "validFrom"]);
    expect(changes.validFrom).toEqual({ from: null, to: "2025-01-01" });
    expect(changes.projects).toEqual({ from: [{ name: "Wärmestube", description: null, programmeId: null }], to: [] });
  });

  it("lists agreements by title, filters by partner, archives and restores", async () => {
    const titles = async (filter: Record<string, unknown>) => {
      const result = await client.execute<{
        cooperationAgreements: { edges: Array<{ node: { title: string } }>; totalCount: number };
      }>(
        `query($f: CooperationAgreementFilter) {
          cooperationAgreements(filter: $f) { edges { node { title } } totalCount }
        }`,
        { f: filter },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.cooperationAgreements.edges.map((edge) => edge.node.title);
    };
    expect(await titles({})).toEqual(["Armutsprävention im Kiez", "Kooperationsvereinbarung Übergang Schule–Beruf"]);
    expect(await titles({ organisationId: org.kammer })).toEqual(["Kooperationsvereinbarung Übergang Schule–Beruf"]);
    expect(await titles({ organisationId: unknownId })).toEqual([]);

    const [agreement] = await db.prisma.cooperationAgreement.findMany({ where: { title: "Armutsprävention im Kiez" } });
    const id = agreement?.id as string;
    const archived = await client.execute<{ archiveCooperationAgreement: { archivedBy: string } }>(
      `mutation($id: ID!) { archiveCooperationAgreement(id: $id) { archivedBy } }`,
      { id },
    );
    expect(archived.data?.archiveCooperationAgreement.archivedBy).toBe("test-planner");
    expect(await titles({})).toEqual(["Kooperationsvereinbarung Übergang Schule–Beruf"]);
    expect(await titles({ includeArchived: true })).toHaveLength(2);
    const fromPartner = await client.execute<{ organisation: { cooperationAgreements: unknown[] } }>(
      `query($id: ID!) { organisation(id: $id) { cooperationAgreements { title } } }`,
      { id: org.tafel },
    );
    expect(fromPartner.data?.organisation.cooperationAgreements).toEqual([]);

    const blocked = await update(id, {
      title: "Neu",
      partners: [{ organisationId: org.tafel }, { organisationId: org.kammer }],
    });
    expect(errorCodes(blocked)).toEqual(["CONFLICT"]);

    await client.execute(`mutation($id: ID!) { restoreCooperationAgreement(id: $id) { id } }`, { id });
    expect(await titles({})).toHaveLength(2);
    const log = await client.execute<{ changeLog: Array<{ action: string }> }>(
      `query($id: ID!) { changeLog(entity: "CooperationAgreement", entityId: $id) { action } }`,
      { id },
    );
    expect(log.data?.changeLog.map((entry) => entry.action)).toEqual(["RESTORE", "ARCHIVE", "UPDATE", "CREATE"]);
  });

  it("answers unknown and malformed ids with NOT_FOUND", async () => {
    for (const id of [unknownId, "abc"]) {
      const read = await client.execute(`query($id: ID!) { cooperationAgreement(id: $id) { title } }`, { id });
      expect(errorCodes(read)).toEqual(["NOT_FOUND"]);
      const updated = await update(id, schoolToWork());
      expect(errorCodes(updated)).toEqual(["NOT_FOUND"]);
      for (const mutation of ["archiveCooperationAgreement", "restoreCooperationAgreement"]) {
        const result = await client.execute(`mutation($id: ID!) { ${mutation}(id: $id) { id } }`, { id });
        expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
      }
    }
  });

  it("loads partners and projects of many agreements in a fixed number of statements", async () => {
    const query = `query($first: Int) { cooperationAgreements(first: $first) { edges { node {
      title partners { role organisation { name parent { name } } } projects { name }
    } } } }`;
    async function seedAgreements(count: number) {
      await db.prisma.cooperationAgreement.deleteMany();
      const ids = Array.from({ length: count }, () => crypto.randomUUID());
      await db.prisma.cooperationAgreement.createMany({
        data: ids.map((id, i) => ({ id, title: `Vereinbarung ${String(i).padStart(3, "0")}` })),
      });
      await db.prisma.cooperationPartner.createMany({
        data: ids.flatMap((agreementId) => [
          { agreementId, organisationId: org.tafel },
          { agreementId, organisationId: org.kammer, role: "Partner" },
        ]),
      });
      await db.prisma.cooperationProject.createMany({
        data: ids.map((agreementId) => ({ agreementId, name: "Projekt", programmeId })),
      });
    }
    await seedAgreements(10);
    db.resetQueryLog();
    const small = await client.execute<{ cooperationAgreements: { edges: unknown[] } }>(query, { first: 500 });
    expect(small.data?.cooperationAgreements.edges).toHaveLength(10);
    const statementsForTen = db.queries.length;

    await seedAgreements(500);
    db.resetQueryLog();
    const large = await client.execute<{ cooperationAgreements: { edges: unknown[] } }>(query, { first: 500 });
    expect(large.errors).toBeUndefined();
    expect(large.data?.cooperationAgreements.edges).toHaveLength(500);
    expect(db.queries.length).toBe(statementsForTen);
  });
});
