import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationType } from "../../generated/prisma/client.ts";
import { smallCity } from "../../test/factories.ts";
import { errorCodes, graphqlClient, type OperationResult } from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { upsertAreas } from "../area/area.service.ts";

const programmeFields = `
  id name family legalBasis startDate endDate round targetGroups
  leadOrganisation { name }
  partners { organisation { name } role }
  areas { code }
  budgetLines { year sourceType sourceName amount }
  totalBudget budgetByYear { year total }
  fundingShares { year sourceType sourceName amount share }
  placesPlanned placesFilled participants occupancyRate
  results { kind label value unit asOf }
  isExample createdBy updatedBy archivedAt archivedBy`;

const createMutation = `mutation($input: ProgrammeInput!) { createProgramme(input: $input) { ${programmeFields} } }`;
const updateMutation = `mutation($id: ID!, $input: ProgrammeInput!) { updateProgramme(id: $id, input: $input) { ${programmeFields} } }`;

interface ProgrammeResult {
  id: string;
  name: string;
  leadOrganisation: { name: string } | null;
  partners: Array<{ organisation: { name: string }; role: string | null }>;
  areas: Array<{ code: string }>;
  budgetLines: Array<{ year: number; sourceType: string; sourceName: string; amount: number }>;
  totalBudget: number;
  budgetByYear: Array<{ year: number; total: number }>;
  fundingShares: Array<{ year: number; sourceType: string; share: number }>;
  occupancyRate: number | null;
  results: Array<{ kind: string; label: string; value: number; unit: string | null; asOf: string | null }>;
  createdBy: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
}

type FieldErrors = Array<{ field: string; message: string }>;
const fieldErrorsOf = (result: OperationResult<unknown>): FieldErrors =>
  (result.errors?.[0]?.extensions?.fieldErrors as FieldErrors | undefined) ?? [];

async function organisation(db: TestDatabase, name: string, type: OrganisationType = "FREIER_TRAEGER") {
  return db.prisma.organisation.create({ data: { name, type } });
}

describe("programmes over GraphQL", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  let jobcenter: { id: string };
  let traeger: { id: string };
  let verband: { id: string };

  const biwaq = () => ({
    name: "BIWAQ – Arbeit im Quartier",
    family: "BIWAQ",
    legalBasis: "ESF-Plus-Förderrichtlinie BIWAQ",
    startDate: "2023-01-01",
    endDate: "2026-12-31",
    round: "5. Förderrunde",
    targetGroups: ["Langzeitarbeitslose", "Frauen mit Migrationsgeschichte"],
    leadOrganisationId: traeger.id,
    placesPlanned: 80,
    placesFilled: 60,
    participants: 143,
    budgetLines: [
      { year: 2023, sourceType: "BUND", sourceName: "BMWSB", amount: 100_000 },
      { year: 2023, sourceType: "EU", sourceName: "ESF Plus", amount: 300_000 },
      { year: 2024, sourceType: "EU", sourceName: "ESF Plus", amount: 100 },
      { year: 2024, sourceType: "BUND", sourceName: "BMWSB", amount: 400 },
      { year: 2024, sourceType: "KOMMUNE", sourceName: "Bezirk", amount: 100 },
    ],
    areaCodes: ["01100102", "01100101"],
    partners: [
      { organisationId: verband.id, role: "Kooperationspartner" },
      { organisationId: jobcenter.id, role: "Zuweisung" },
    ],
    results: [
      { kind: "OUTPUT", label: "Teilnehmende", value: 143, unit: "Personen", asOf: "2024-06-30" },
      { kind: "OUTCOME", label: "In Arbeit nach sechs Monaten", value: 38, unit: "%" },
    ],
  });

  async function create(input: Record<string, unknown>): Promise<ProgrammeResult> {
    const result = await client.execute<{ createProgramme: ProgrammeResult }>(createMutation, { input });
    expect(result.errors).toBeUndefined();
    if (!result.data) throw new Error("no data");
    return result.data.createProgramme;
  }

  async function childRowCounts() {
    return {
      programmes: await db.prisma.programme.count(),
      budgetLines: await db.prisma.programmeBudgetLine.count(),
      areas: await db.prisma.programmeArea.count(),
      partners: await db.prisma.programmePartner.count(),
      results: await db.prisma.programmeResult.count(),
      changes: await db.prisma.changeLog.count(),
    };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, smallCity(3));
    client = graphqlClient(db);
    jobcenter = await organisation(db, "Jobcenter Teststadt", "JOBCENTER");
    traeger = await organisation(db, "Beschäftigungsträger Nord");
    verband = await organisation(db, "Wohlfahrtsverband Teststadt", "VERBAND");
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("creates a programme with budget, areas, partners and results, and derives the figures", async () => {
    const programme = await create(biwaq());
    expect(programme).toMatchObject({
      name: "BIWAQ – Arbeit im Quartier",
      leadOrganisation: { name: "Beschäftigungsträger Nord" },
      partners: [
        { organisation: { name: "Jobcenter Teststadt" }, role: "Zuweisung" },
        { organisation: { name: "Wohlfahrtsverband Teststadt" }, role: "Kooperationspartner" },
      ],
      areas: [{ code: "01100101" }, { code: "01100102" }],
      totalBudget: 400_600,
      budgetByYear: [
        { year: 2023, total: 400_000 },
        { year: 2024, total: 600 },
      ],
      occupancyRate: 0.75,
      createdBy: "test-planner",
      updatedBy: "test-planner",
      archivedAt: null,
      results: [
        { kind: "OUTPUT", label: "Teilnehmende", value: 143, unit: "Personen", asOf: "2024-06-30" },
        { kind: "OUTCOME", label: "In Arbeit nach sechs Monaten", value: 38, unit: "%", asOf: null },
      ],
    });
    expect(programme.budgetLines.map((line) => `${line.year} ${line.sourceType}`)).toEqual([
      "2023 EU",
      "2023 BUND",
      "2024 EU",
      "2024 BUND",
      "2024 KOMMUNE",
    ]);
    expect(programme.fundingShares.map((share) => share.share)).toEqual([0.75, 0.25, 1 / 6, 4 / 6, expect.any(Number)]);
    for (const year of [2023, 2024]) {
      const sum = programme.fundingShares.filter((s) => s.year === year).reduce((total, s) => total + s.share, 0);
      expect(sum).toBe(1);
    }
    const log = await client.execute<{ changeLog: Array<{ action: string; actor: string; changes: unknown }> }>(
      `query($id: ID!) { changeLog(entity: "Programme", entityId: $id) { action actor changes } }`,
      { id: programme.id },
    );
    expect(log.data?.changeLog).toEqual([
      {
        action: "CREATE",
        actor: "test-planner",
        changes: expect.objectContaining({ name: "BIWAQ – Arbeit im Quartier", areaCodes: ["01100101", "01100102"] }),
      },
    ]);
  });

  it("answers one programme by id, and NOT_FOUND for unknown and malformed ids", async () => {
    const { id } = await create({ name: "Kiezprojekt", family: "KOMMUNAL" });
    const found = await client.execute<{ programme: { name: string; occupancyRate: null; totalBudget: number } }>(
      `query($id: ID!) { programme(id: $id) { name occupancyRate totalBudget fundingShares { share } } }`,
      { id },
    );
    expect(found.data?.programme).toEqual({
      name: "Kiezprojekt",
      occupancyRate: null,
      totalBudget: 0,
      fundingShares: [],
    });
    for (const missing of ["00000000-0000-4000-8000-000000000000", "nope", "'; drop table"]) {
      const result = await client.execute(`query($id: ID!) { programme(id: $id) { name } }`, { id: missing });
      expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
    }
  });

  it("rejects missing and out-of-range values with field errors and writes nothing", async () => {
    const before = await childRowCounts();
    const missingName = await client.execute(createMutation, { input: { family: "BIWAQ" } });
    expect(errorCodes(missingName)).toEqual(["BAD_USER_INPUT"]);

    const result = await client.execute(createMutation, {
      input: {
        ...biwaq(),
        name: "  ",
        endDate: "2022-12-31",
        placesPlanned: -3,
        budgetLines: [
          { year: 2023, sourceType: "EU", sourceName: "ESF Plus", amount: -1 },
          { year: 2023, sourceType: "EU", sourceName: "ESF Plus", amount: 5 },
        ],
      },
    });
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldErrorsOf(result)).toEqual([
      { field: "name", message: "must not be empty" },
      { field: "placesPlanned", message: "places planned cannot be negative" },
      { field: "budgetLines.0.amount", message: "amounts cannot be negative" },
      { field: "endDate", message: "must not be before the start date 2023-01-01" },
      { field: "budgetLines.0.year", message: "2023 lies outside the programme period 2023–2022" },
      { field: "budgetLines.1.year", message: "2023 lies outside the programme period 2023–2022" },
      {
        field: "budgetLines.1",
        message:
          'duplicates budgetLines.0 (2023, EU, "ESF Plus"): one line per year and funding source, add the amounts up',
      },
    ]);
    expect(await childRowCounts()).toEqual(before);
  });

  it("names unknown areas and organisations by list index and writes nothing", async () => {
    const before = await childRowCounts();
    const result = await client.execute(createMutation, {
      input: {
        ...biwaq(),
        areaCodes: ["01100101", "99999999"],
        leadOrganisationId: "00000000-0000-4000-8000-000000000001",
        partners: [{ organisationId: jobcenter.id }, { organisationId: "not-an-id" }],
      },
    });
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldErrorsOf(result)).toEqual([
      { field: "areaCodes.1", message: "unknown area code 99999999" },
      { field: "leadOrganisationId", message: "unknown organisation 00000000-0000-4000-8000-000000000001" },
      { field: "partners.1.organisationId", message: "unknown organisation not-an-id" },
    ]);
    expect(await childRowCounts()).toEqual(before);
  });

  it("replaces the lists on update and logs the changed fields old → new", async () => {
    const programme = await create(biwaq());
    const input = {
      ...biwaq(),
      placesFilled: 84,
      budgetLines: [{ year: 2023, sourceType: "EU", sourceName: "ESF Plus", amount: 350_000 }],
      areaCodes: ["01100103"],
      partners: [],
      results: [{ kind: "OUTPUT", label: "Teilnehmende", value: 150 }],
    };
    const result = await client.execute<{ updateProgramme: ProgrammeResult }>(updateMutation, {
      id: programme.id,
      input,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateProgramme).toMatchObject({
      areas: [{ code: "01100103" }],
      partners: [],
      totalBudget: 350_000,
      occupancyRate: 1.05,
      results: [{ label: "Teilnehmende", value: 150 }],
    });
    expect(await db.prisma.programmeBudgetLine.count({ where: { programmeId: programme.id } })).toBe(1);

    const log = await client.execute<{ changeLog: Array<{ action: string; changes: Record<string, unknown> }> }>(
      `query($id: ID!) { changeLog(entity: "Programme", entityId: $id) { action changes } }`,
      { id: programme.id },
    );
    const [update] = log.data?.changeLog ?? [];
    expect(update?.action).toBe("UPDATE");
    expect(Object.keys(update?.changes ?? {}).sort()).toEqual([
      "areaCodes",
      "budgetLines",
      "partners",
      "placesFilled",
      "results",
    ]);
    expect(update?.changes.placesFilled).toEqual({ from: 60, to: 84 });
    expect(update?.changes.areaCodes).toEqual({ from: ["01100101", "01100102"], to: ["01100103"] });
  });

  it("keeps the stored programme when an update has one invalid child row", async () => {
    const programme = await create(biwaq());
    const before = await childRowCounts();
    const result = await client.execute(updateMutation, {
      id: programme.id,
      input: {
        ...biwaq(),
        name: "Umbenannt",
        partners: [{ organisationId: jobcenter.id }, { organisationId: "00000000-0000-4000-8000-000000000002" }],
      },
    });
    expect(fieldErrorsOf(result)).toEqual([
      { field: "partners.1.organisationId", message: "unknown organisation 00000000-0000-4000-8000-000000000002" },
    ]);
    expect(await childRowCounts()).toEqual(before);
    const stored = await db.prisma.programme.findUniqueOrThrow({ where: { id: programme.id } });
    expect(stored.name).toBe("BIWAQ – Arbeit im Quartier");
  });

  it("answers NOT_FOUND for updating an unknown programme", async () => {
    const result = await client.execute(updateMutation, {
      id: "00000000-0000-4000-8000-000000000003",
      input: { name: "x", family: "KOMMUNAL" },
    });
    expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
  });

  it("archives and restores, hiding archived programmes from lists and refusing to update them", async () => {
    const { id } = await create({ name: "Archivprojekt", family: "SONSTIGES" });
    const archived = await client.execute<{ archiveProgramme: ProgrammeResult }>(
      `mutation($id: ID!) { archiveProgramme(id: $id) { archivedAt archivedBy } }`,
      { id },
    );
    expect(archived.data?.archiveProgramme.archivedBy).toBe("test-planner");
    expect(archived.data?.archiveProgramme.archivedAt).toEqual(expect.any(String));

    const list = `query($archived: Boolean) { programmes(filter: { search: "Archivprojekt", includeArchived: $archived }) { totalCount } }`;
    expect((await client.execute<{ programmes: { totalCount: number } }>(list)).data?.programmes.totalCount).toBe(0);
    const withArchived = await client.execute<{ programmes: { totalCount: number } }>(list, { archived: true });
    expect(withArchived.data?.programmes.totalCount).toBe(1);

    const update = await client.execute(updateMutation, { id, input: { name: "x", family: "SONSTIGES" } });
    expect(errorCodes(update)).toEqual(["CONFLICT"]);
    const again = await client.execute(`mutation($id: ID!) { archiveProgramme(id: $id) { id } }`, { id });
    expect(errorCodes(again)).toEqual(["CONFLICT"]);

    const restored = await client.execute<{ restoreProgramme: ProgrammeResult }>(
      `mutation($id: ID!) { restoreProgramme(id: $id) { archivedAt archivedBy } }`,
      { id },
    );
    expect(restored.data?.restoreProgramme).toEqual({ archivedAt: null, archivedBy: null });
    const log = await client.execute<{ changeLog: Array<{ action: string }> }>(
      `query($id: ID!) { changeLog(entity: "Programme", entityId: $id) { action } }`,
      { id },
    );
    expect(log.data?.changeLog.map((entry) => entry.action)).toEqual(["RESTORE", "ARCHIVE", "CREATE"]);
    const unknown = await client.execute(
      `mutation { restoreProgramme(id: "00000000-0000-4000-8000-000000000004") { id } }`,
    );
    expect(errorCodes(unknown)).toEqual(["NOT_FOUND"]);
  });
});

describe("finding programmes", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  let lead: { id: string };
  let partner: { id: string };
  let bystander: { id: string };

  const names = async (filter: Record<string, unknown>) => {
    const result = await client.execute<{ programmes: { edges: Array<{ node: { name: string } }> } }>(
      `query($filter: ProgrammeFilter) { programmes(filter: $filter) { edges { node { name } } } }`,
      { filter },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.programmes.edges.map((edge) => edge.node.name);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, smallCity(3));
    client = graphqlClient(db);
    lead = await organisation(db, "Träger A");
    partner = await organisation(db, "Träger B");
    bystander = await organisation(db, "Träger C");
    const programmes = [
      {
        name: "A Stadtweit",
        family: "LANDESPROGRAMM",
        areaCodes: ["99000000"],
        startDate: "2020-01-01",
        endDate: "2022-12-31",
      },
      {
        name: "B Planungsraum 01",
        family: "BIWAQ",
        areaCodes: ["01100101"],
        leadOrganisationId: lead.id,
        description: "Jobcoaching im Quartier",
      },
      {
        name: "C Planungsraum 02",
        family: "SGB2_16I",
        areaCodes: ["01100102"],
        partners: [{ organisationId: partner.id }],
        startDate: "2024-01-01",
      },
      { name: "D ohne Gebiet", family: "KOMMUNAL" },
    ];
    for (const input of programmes) {
      const result = await client.execute(createMutation, { input });
      expect(result.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("lists by name and filters by family", async () => {
    expect(await names({})).toEqual(["A Stadtweit", "B Planungsraum 01", "C Planungsraum 02", "D ohne Gebiet"]);
    expect(await names({ family: "SGB2_16I" })).toEqual(["C Planungsraum 02"]);
  });

  it("finds programmes of an area, of areas containing it and of areas inside it", async () => {
    expect(await names({ areaCode: "01100101" })).toEqual(["A Stadtweit", "B Planungsraum 01"]);
    expect(await names({ areaCode: "011001" })).toEqual(["A Stadtweit", "B Planungsraum 01", "C Planungsraum 02"]);
    expect(await names({ areaCode: "01100103" })).toEqual(["A Stadtweit"]);
    const unknown = await client.execute(`{ programmes(filter: { areaCode: "nope" }) { totalCount } }`);
    expect(errorCodes(unknown)).toEqual(["NOT_FOUND"]);
  });

  it("shows the same programmes on the area itself", async () => {
    const result = await client.execute<{ areas: Array<{ code: string; programmes: Array<{ name: string }> }> }>(
      `{ areas(parentCode: "011001") { code programmes { name } } }`,
    );
    expect(result.data?.areas.map((area) => [area.code, area.programmes.map((p) => p.name)])).toEqual([
      ["01100101", ["A Stadtweit", "B Planungsraum 01"]],
      ["01100102", ["A Stadtweit", "C Planungsraum 02"]],
      ["01100103", ["A Stadtweit"]],
    ]);
  });

  it("finds programmes an organisation leads or is a partner of", async () => {
    expect(await names({ organisationId: lead.id })).toEqual(["B Planungsraum 01"]);
    expect(await names({ organisationId: partner.id })).toEqual(["C Planungsraum 02"]);
    expect(await names({ organisationId: bystander.id })).toEqual([]);
    for (const id of ["00000000-0000-4000-8000-000000000000", "x"]) {
      const result = await client.execute(
        `query($id: ID!) { programmes(filter: { organisationId: $id }) { totalCount } }`,
        {
          id,
        },
      );
      expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
    }
  });

  it("finds programmes running on a day, open ends included", async () => {
    expect(await names({ activeOn: "2021-06-01" })).toEqual(["A Stadtweit", "B Planungsraum 01", "D ohne Gebiet"]);
    expect(await names({ activeOn: "2025-06-01" })).toEqual([
      "B Planungsraum 01",
      "C Planungsraum 02",
      "D ohne Gebiet",
    ]);
  });

  it("searches name and description regardless of case", async () => {
    expect(await names({ search: "JOBCOACHING" })).toEqual(["B Planungsraum 01"]);
    expect(await names({ search: "stadtweit" })).toEqual(["A Stadtweit"]);
  });

  it("pages with first and after", async () => {
    const page = `query($after: String) { programmes(first: 3, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`;
    type Page = {
      programmes: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: unknown[] };
    };
    const first = await client.execute<Page>(page);
    expect(first.data?.programmes).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const second = await client.execute<Page>(page, { after: first.data?.programmes.pageInfo.endCursor });
    expect(second.data?.programmes.edges).toEqual([{ node: { name: "D ohne Gebiet" } }]);
    const forged = await client.execute(page, { after: Buffer.from("id:x").toString("base64url") });
    expect(errorCodes(forged)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("programme lists without N+1", () => {
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

  /** Programmes with one lead, partner, area, result and two budget lines each, set-based. */
  async function addProgrammes(from: number, to: number) {
    const area = await db.prisma.area.findUniqueOrThrow({ where: { code: "01100101" } });
    const rows = Array.from({ length: to - from }, (_, i) => ({
      n: from + i,
      programmeId: randomUUID(),
      organisationId: randomUUID(),
    }));
    await db.prisma.organisation.createMany({
      data: rows.map(({ n, organisationId }) => ({ id: organisationId, name: `Träger ${n}`, type: "FREIER_TRAEGER" })),
    });
    await db.prisma.programme.createMany({
      data: rows.map(({ n, programmeId, organisationId }) => ({
        id: programmeId,
        name: `Programm ${String(n).padStart(3, "0")}`,
        family: "KOMMUNAL",
        leadOrganisationId: organisationId,
      })),
    });
    await db.prisma.programmeBudgetLine.createMany({
      data: rows.flatMap(({ programmeId }) => [
        { programmeId, year: 2024, sourceType: "KOMMUNE", sourceName: "Bezirk", amount: 1000 },
        { programmeId, year: 2024, sourceType: "LAND", sourceName: "Land", amount: 3000 },
      ]),
    });
    await db.prisma.programmeArea.createMany({
      data: rows.map(({ programmeId }) => ({ programmeId, areaId: area.id })),
    });
    await db.prisma.programmePartner.createMany({
      data: rows.map(({ programmeId, organisationId }) => ({ programmeId, organisationId, role: "Partner" })),
    });
    await db.prisma.programmeResult.createMany({
      data: rows.map(({ n, programmeId }) => ({ programmeId, kind: "OUTPUT", label: "Teilnehmende", value: n })),
    });
  }

  it("issues the same number of statements for 10 and for 500 programmes", async () => {
    // `first` as a variable: the static cost limit (lib/hardening.ts) would refuse a literal 500
    // with this many nested fields; the point here is the number of statements at 500 rows.
    const query = `query($first: Int) { programmes(first: $first) { totalCount edges { node {
      name leadOrganisation { name } partners { role organisation { name } } areas { code }
      budgetLines { amount } totalBudget budgetByYear { total } fundingShares { share } results { value }
    } } } }`;
    await addProgrammes(0, 10);
    db.resetQueryLog();
    const ten = await client.execute<{ programmes: { totalCount: number } }>(query, { first: 500 });
    expect(ten.errors).toBeUndefined();
    expect(ten.data?.programmes.totalCount).toBe(10);
    const statementsForTen = db.queries.length;

    await addProgrammes(10, 500);
    db.resetQueryLog();
    const fiveHundred = await client.execute<{ programmes: { totalCount: number } }>(query, { first: 500 });
    expect(fiveHundred.data?.programmes.totalCount).toBe(500);
    expect(db.queries.length).toBe(statementsForTen);
  });

  it("issues the same number of statements for the programmes of 10 and of 500 areas", async () => {
    const query = `{ areas(level: PLANUNGSRAUM) { code programmes { name areas { code } } } }`;
    if ((await db.prisma.programme.count()) < 500) await addProgrammes(await db.prisma.programme.count(), 500);
    await upsertAreas(db, smallCity(10));
    db.resetQueryLog();
    const ten = await client.execute<{ areas: Array<{ programmes: unknown[] }> }>(query);
    expect(ten.data?.areas).toHaveLength(10);
    expect(ten.data?.areas[0]?.programmes).toHaveLength(500);
    const statementsForTen = db.queries.length;

    await upsertAreas(db, smallCity(500));
    db.resetQueryLog();
    const fiveHundred = await client.execute<{ areas: unknown[] }>(query);
    expect(fiveHundred.data?.areas).toHaveLength(500);
    expect(db.queries.length).toBe(statementsForTen);
  });
});
