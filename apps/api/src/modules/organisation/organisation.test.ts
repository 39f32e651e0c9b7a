import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, graphqlClient, type OperationResult } from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";

const organisationFields = `id name type description website email phone address isExample
  createdBy updatedBy archivedAt archivedBy parent { id name } children { name }
  contacts { name role email phone }`;

interface Organisation {
  id: string;
  name: string;
  type: string;
  parent: { id: string; name: string } | null;
  children: Array<{ name: string }>;
  contacts: Array<{ name: string; role: string | null; email: string | null; phone: string | null }>;
  [field: string]: unknown;
}

function fieldErrorsOf(result: OperationResult<unknown>): Record<string, string> {
  const fieldErrors = (result.errors?.[0]?.extensions?.fieldErrors ?? []) as Array<{ field: string; message: string }>;
  return Object.fromEntries(fieldErrors.map((error) => [error.field, error.message]));
}

describe("organisations over GraphQL", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;

  beforeAll(async () => {
    db = await createTestDatabase();
    client = graphqlClient(db);
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  async function create(input: Record<string, unknown>) {
    return client.execute<{ createOrganisation: Organisation }>(
      `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { ${organisationFields} } }`,
      { input },
    );
  }
  async function createOk(input: Record<string, unknown>): Promise<Organisation> {
    const result = await create(input);
    expect(result.errors).toBeUndefined();
    return result.data?.createOrganisation as Organisation;
  }
  async function update(id: string, input: Record<string, unknown>) {
    return client.execute<{ updateOrganisation: Organisation }>(
      `mutation($id: ID!, $input: OrganisationInput!) { updateOrganisation(id: $id, input: $input) { ${organisationFields} } }`,
      { id, input },
    );
  }
  const countRows = async () => ({
    organisations: await db.prisma.organisation.count(),
    contacts: await db.prisma.organisationContact.count(),
    changes: await db.prisma.changeLog.count(),
  });

  it("creates a Verband with a Kreisverband below it, with contacts, author and a change log entry", async () => {
    const verband = await createOk({
      name: "Wohlfahrtsverband Berlin e. V.",
      type: "VERBAND",
      website: "https://www.example.org/wohlfahrt",
      contacts: [
        { name: "Erika Mustermann", role: "Geschäftsführung", email: "erika.mustermann@example.org" },
        { name: "Max Mustermann", phone: "030 23125 101" },
      ],
    });
    expect(verband).toMatchObject({
      type: "VERBAND",
      isExample: false,
      createdBy: "test-planner",
      updatedBy: "test-planner",
      archivedAt: null,
      parent: null,
      contacts: [
        { name: "Erika Mustermann", role: "Geschäftsführung", email: "erika.mustermann@example.org", phone: null },
        { name: "Max Mustermann", role: null, email: null, phone: "030 23125 101" },
      ],
    });
    const kreisverband = await createOk({
      name: "Wohlfahrtsverband Kreisverband Süd",
      type: "FREIER_TRAEGER",
      parentId: verband.id,
    });
    expect(kreisverband.parent).toEqual({ id: verband.id, name: "Wohlfahrtsverband Berlin e. V." });

    const detail = await client.execute<{ organisation: Organisation }>(
      `query($id: ID!) { organisation(id: $id) { ${organisationFields} } }`,
      { id: verband.id },
    );
    expect(detail.data?.organisation.children).toEqual([{ name: "Wohlfahrtsverband Kreisverband Süd" }]);

    const log = await client.execute<{ changeLog: Array<{ action: string; actor: string; changes: unknown }> }>(
      `query($id: ID!) { changeLog(entity: "Organisation", entityId: $id) { action actor changes } }`,
      { id: verband.id },
    );
    expect(log.data?.changeLog).toEqual([
      {
        action: "CREATE",
        actor: "test-planner",
        changes: expect.objectContaining({ name: "Wohlfahrtsverband Berlin e. V.", type: "VERBAND" }),
      },
    ]);
  });

  it("replaces fields and contacts on update and logs the changed fields old → new", async () => {
    const tafel = await createOk({
      name: "Tafel Kiez",
      type: "INITIATIVE",
      email: "info@example.org",
      contacts: [{ name: "Jonas Beispiel" }, { name: "Aylin Muster" }],
    });
    const result = await update(tafel.id, {
      name: "Tafel Kiez e. V.",
      type: "FREIER_TRAEGER",
      contacts: [{ name: "Aylin Muster", role: "Koordination" }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateOrganisation).toMatchObject({
      name: "Tafel Kiez e. V.",
      type: "FREIER_TRAEGER",
      // Full replacement: a field left out is emptied.
      email: null,
      contacts: [{ name: "Aylin Muster", role: "Koordination" }],
    });
    expect(await db.prisma.organisationContact.count({ where: { organisationId: tafel.id } })).toBe(1);

    const log = await client.execute<{ changeLog: Array<{ action: string; changes: Record<string, unknown> }> }>(
      `query($id: ID!) { changeLog(entity: "Organisation", entityId: $id) { action changes } }`,
      { id: tafel.id },
    );
    const [latest] = log.data?.changeLog ?? [];
    expect(latest?.action).toBe("UPDATE");
    expect(latest?.changes).toEqual({
      name: { from: "Tafel Kiez", to: "Tafel Kiez e. V." },
      type: { from: "INITIATIVE", to: "FREIER_TRAEGER" },
      email: { from: "info@example.org", to: null },
      contacts: {
        from: [
          { name: "Jonas Beispiel", role: null, email: null, phone: null },
          { name: "Aylin Muster", role: null, email: null, phone: null },
        ],
        to: [{ name: "Aylin Muster", role: "Koordination", email: null, phone: null }],
      },
    });
  });

  it("answers missing and malformed fields with field errors and writes nothing", async () => {
    const before = await countRows();
    const missing = await create({ contacts: [] });
    expect(errorCodes(missing)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldErrorsOf(missing)).toEqual({ name: "is required", type: "is required" });

    // A valid organisation with one invalid contact row: nothing of it is written.
    const badContact = await create({
      name: "Arbeitslosenzentrum",
      type: "INITIATIVE",
      website: "example.org",
      contacts: [{ name: "Erika Mustermann" }, { name: "Max Mustermann", email: "max@" }],
    });
    expect(fieldErrorsOf(badContact)).toEqual({
      website: expect.stringContaining("must be a web address"),
      "contacts.1.email": "must be an e-mail address such as name@example.org",
    });
    expect(await countRows()).toEqual(before);
  });

  it("refuses an unknown parent, the organisation itself and its descendants as parent", async () => {
    const top = await createOk({ name: "Verband Nord", type: "VERBAND" });
    const middle = await createOk({ name: "Kreisverband Nord", type: "VERBAND", parentId: top.id });
    const bottom = await createOk({ name: "Ortsgruppe Nord", type: "INITIATIVE", parentId: middle.id });
    const before = await countRows();

    const unknown = await create({ name: "X", type: "INITIATIVE", parentId: "00000000-0000-4000-8000-000000000000" });
    expect(fieldErrorsOf(unknown)).toEqual({ parentId: "no organisation with this id" });
    const malformed = await create({ name: "X", type: "INITIATIVE", parentId: "nope" });
    expect(fieldErrorsOf(malformed)).toEqual({ parentId: "no organisation with this id" });

    const itself = await update(top.id, { name: "Verband Nord", type: "VERBAND", parentId: top.id });
    expect(fieldErrorsOf(itself)).toEqual({ parentId: "an organisation cannot be its own parent" });
    const cycle = await update(top.id, { name: "Verband Nord", type: "VERBAND", parentId: bottom.id });
    expect(errorCodes(cycle)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldErrorsOf(cycle).parentId).toContain("cycle");

    expect(await countRows()).toEqual(before);
    const topNow = await db.prisma.organisation.findUniqueOrThrow({ where: { id: top.id } });
    expect(topNow.parentId).toBeNull();
  });

  it("answers unknown and malformed ids with NOT_FOUND", async () => {
    const unknownId = "00000000-0000-4000-8000-000000000000";
    for (const id of [unknownId, "42"]) {
      const read = await client.execute(`query($id: ID!) { organisation(id: $id) { name } }`, { id });
      expect(errorCodes(read)).toEqual(["NOT_FOUND"]);
      const updated = await update(id, { name: "X", type: "JOBCENTER" });
      expect(errorCodes(updated)).toEqual(["NOT_FOUND"]);
      const archived = await client.execute(`mutation($id: ID!) { archiveOrganisation(id: $id) { id } }`, { id });
      expect(errorCodes(archived)).toEqual(["NOT_FOUND"]);
      const restored = await client.execute(`mutation($id: ID!) { restoreOrganisation(id: $id) { id } }`, { id });
      expect(errorCodes(restored)).toEqual(["NOT_FOUND"]);
    }
  });

  it("archives and restores: archived organisations leave the list, cannot be updated, and are logged", async () => {
    const kammer = await createOk({ name: "Handwerkskammer Archivtest", type: "KAMMER" });
    const listKammern = async (includeArchived: boolean) => {
      const result = await client.execute<{ organisations: { edges: Array<{ node: { name: string } }> } }>(
        `query($f: OrganisationFilter) { organisations(filter: $f) { edges { node { name } } } }`,
        { f: { type: ["KAMMER"], includeArchived } },
      );
      return result.data?.organisations.edges.map((edge) => edge.node.name);
    };
    const archived = await client.execute<{ archiveOrganisation: Organisation }>(
      `mutation($id: ID!) { archiveOrganisation(id: $id) { archivedAt archivedBy } }`,
      { id: kammer.id },
    );
    expect(archived.data?.archiveOrganisation.archivedBy).toBe("test-planner");
    expect(archived.data?.archiveOrganisation.archivedAt).toEqual(expect.any(String));
    expect(await listKammern(false)).toEqual([]);
    expect(await listKammern(true)).toEqual(["Handwerkskammer Archivtest"]);

    const blocked = await update(kammer.id, { name: "Neu", type: "KAMMER" });
    expect(errorCodes(blocked)).toEqual(["CONFLICT"]);
    expect(blocked.errors?.[0]?.message).toContain("restore it first");
    const child = await create({ name: "Kind", type: "INITIATIVE", parentId: kammer.id });
    expect(fieldErrorsOf(child)).toEqual({ parentId: "this organisation is archived; restore it first" });

    const restored = await client.execute<{ restoreOrganisation: Organisation }>(
      `mutation($id: ID!) { restoreOrganisation(id: $id) { archivedAt archivedBy } }`,
      { id: kammer.id },
    );
    expect(restored.data?.restoreOrganisation).toEqual({ archivedAt: null, archivedBy: null });
    expect(await listKammern(false)).toEqual(["Handwerkskammer Archivtest"]);
    const log = await client.execute<{ changeLog: Array<{ action: string }> }>(
      `query($id: ID!) { changeLog(entity: "Organisation", entityId: $id) { action } }`,
      { id: kammer.id },
    );
    expect(log.data?.changeLog.map((entry) => entry.action)).toEqual(["RESTORE", "ARCHIVE", "CREATE"]);
  });

  it("refuses to archive an organisation that still has offers, naming how many", async () => {
    const traeger = await createOk({ name: "Träger mit Angeboten", type: "FREIER_TRAEGER" });
    await db.prisma.offer.createMany({
      data: ["Sozialberatung", "Sprachcafé"].map((name) => ({
        organisationId: traeger.id,
        name,
        description: "Test",
        cost: "FREE" as const,
      })),
    });
    const refused = await client.execute(`mutation($id: ID!) { archiveOrganisation(id: $id) { id } }`, {
      id: traeger.id,
    });
    expect(errorCodes(refused)).toEqual(["CONFLICT"]);
    expect(refused.errors?.[0]?.message).toBe(
      "Träger mit Angeboten still has 2 offers that are not archived; archive them first",
    );
    expect(refused.errors?.[0]?.extensions?.openOfferCount).toBe(2);
    await db.prisma.offer.updateMany({ where: { organisationId: traeger.id }, data: { archivedAt: new Date() } });
    const archived = await client.execute(`mutation($id: ID!) { archiveOrganisation(id: $id) { name } }`, {
      id: traeger.id,
    });
    expect(archived.errors).toBeUndefined();
  });
});

describe("listing organisations", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    client = graphqlClient(db);
    const rows: Array<[string, string, string?]> = [
      ["Jobcenter Mitte", "JOBCENTER"],
      ["Verband West", "VERBAND"],
      ["Kreisverband West-Nord", "FREIER_TRAEGER", "Verband West"],
      ["Kreisverband West-Süd", "FREIER_TRAEGER", "Verband West"],
      ["Jugendamt Mitte", "JUGENDAMT"],
    ];
    for (const [name, type, parent] of rows) {
      const created = await db.prisma.organisation.create({
        data: { name, type: type as "JOBCENTER", parentId: parent ? ids[parent] : undefined },
      });
      ids[name] = created.id;
    }
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  async function names(variables: Record<string, unknown>) {
    const result = await client.execute<{
      organisations: { edges: Array<{ node: { name: string } }>; totalCount: number };
    }>(
      `query($f: OrganisationFilter, $first: Int, $after: String) {
        organisations(filter: $f, first: $first, after: $after) { edges { node { name } } totalCount }
      }`,
      variables,
    );
    expect(result.errors).toBeUndefined();
    return result.data?.organisations.edges.map((edge) => edge.node.name);
  }

  it("filters by type, name and parent", async () => {
    expect(await names({ f: { type: ["JOBCENTER", "JUGENDAMT"] } })).toEqual(["Jobcenter Mitte", "Jugendamt Mitte"]);
    expect(await names({ f: { search: "mitte" } })).toEqual(["Jobcenter Mitte", "Jugendamt Mitte"]);
    expect(await names({ f: { parentId: ids["Verband West"] } })).toEqual([
      "Kreisverband West-Nord",
      "Kreisverband West-Süd",
    ]);
  });

  it("pages through the list by name with cursors", async () => {
    const page = await client.execute<{
      organisations: {
        edges: Array<{ node: { name: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        totalCount: number;
      };
    }>(`{ organisations(first: 2) { edges { node { name } } pageInfo { hasNextPage endCursor } totalCount } }`);
    const first = page.data?.organisations;
    expect(first?.edges.map((edge) => edge.node.name)).toEqual(["Jobcenter Mitte", "Jugendamt Mitte"]);
    expect(first?.totalCount).toBe(5);
    expect(first?.pageInfo.hasNextPage).toBe(true);
    expect(await names({ first: 10, after: first?.pageInfo.endCursor })).toEqual([
      "Kreisverband West-Nord",
      "Kreisverband West-Süd",
      "Verband West",
    ]);
  });

  it("rejects a malformed filter id and cursor with field errors", async () => {
    const badParent = await client.execute(`{ organisations(filter: { parentId: "x" }) { totalCount } }`);
    expect(fieldErrorsOf(badParent)).toEqual({ "filter.parentId": "no organisation with this id" });
    const forged = Buffer.from("id:not-a-uuid").toString("base64url");
    const badCursor = await client.execute(`query($after: String) { organisations(after: $after) { totalCount } }`, {
      after: forged,
    });
    expect(fieldErrorsOf(badCursor)).toEqual({ after: "is not a cursor returned by this API" });
    const tooMany = await client.execute(`{ organisations(first: 501) { totalCount } }`);
    expect(errorCodes(tooMany)).toEqual(["BAD_USER_INPUT"]);
  });

  it("loads parents, children, contacts, agreements and offers of many organisations in a fixed number of statements", async () => {
    // The page size as a variable: a literal `first` multiplies the static query cost.
    const query = `query($first: Int) { organisations(first: $first) { edges { node {
      name parent { name } children { name } contacts { name }
      cooperationAgreements { title partners { role organisation { name } } projects { name } }
      offers(first: 2) { name organisation { name } }
    } } } }`;
    async function seedNetwork(count: number) {
      await db.prisma.cooperationAgreement.deleteMany();
      await db.prisma.offer.deleteMany();
      await db.prisma.organisation.deleteMany({ where: { parentId: { not: null } } });
      await db.prisma.organisation.deleteMany();
      const verband = await db.prisma.organisation.create({ data: { name: "Verband", type: "VERBAND" } });
      const organisations = Array.from({ length: count - 1 }, (_, i) => ({
        id: crypto.randomUUID(),
        name: `Träger ${String(i).padStart(3, "0")}`,
        type: "FREIER_TRAEGER" as const,
        parentId: verband.id,
      }));
      await db.prisma.organisation.createMany({ data: organisations });
      await db.prisma.organisationContact.createMany({
        data: organisations.map((organisation) => ({ organisationId: organisation.id, name: "Erika Mustermann" })),
      });
      await db.prisma.offer.createMany({
        data: organisations.flatMap((organisation) =>
          ["A", "B", "C"].map((letter) => ({
            organisationId: organisation.id,
            name: `Angebot ${letter}`,
            description: "Test",
            cost: "FREE" as const,
          })),
        ),
      });
      for (const organisation of organisations.slice(0, 5)) {
        await db.prisma.cooperationAgreement.create({
          data: {
            title: `Vereinbarung ${organisation.name}`,
            partners: { create: [{ organisationId: organisation.id }, { organisationId: verband.id }] },
            projects: { create: [{ name: "Projekt" }] },
          },
        });
      }
    }

    await seedNetwork(10);
    db.resetQueryLog();
    const small = await client.execute<{ organisations: { edges: unknown[] } }>(query, { first: 500 });
    expect(small.errors).toBeUndefined();
    expect(small.data?.organisations.edges).toHaveLength(10);
    const statementsForTen = db.queries.length;

    await seedNetwork(500);
    db.resetQueryLog();
    const large = await client.execute<{
      organisations: { edges: Array<{ node: { name: string; offers: unknown[]; children: unknown[] } }> };
    }>(query, { first: 500 });
    expect(large.errors).toBeUndefined();
    expect(large.data?.organisations.edges).toHaveLength(500);
    expect(large.data?.organisations.edges.find((edge) => edge.node.name === "Träger 000")?.node.offers).toHaveLength(
      2,
    );
    expect(large.data?.organisations.edges.find((edge) => edge.node.name === "Verband")?.node.children).toHaveLength(
      499,
    );
    expect(db.queries.length).toBe(statementsForTen);
  });
});
