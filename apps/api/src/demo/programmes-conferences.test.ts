import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertAreas } from "../modules/area/area.service.ts";
import { graphqlClient } from "../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../test/test-database.ts";
import { loadBerlinLor } from "./berlin-lor.ts";
import { exampleConferenceTitle, seedConferenceExamples } from "./conferences.ts";
import { exampleCoordinationMeasureTitle, seedMeasureCatalogueExample } from "./measures.ts";
import { seedOrganisationExamples } from "./organisations.ts";
import { exampleBiwaqName, seedProgrammeExamples } from "./programmes.ts";

interface Programme {
  name: string;
  family: string;
  legalBasis: string | null;
  isExample: boolean;
  placesPlanned: number | null;
  leadOrganisation: { name: string } | null;
  partners: Array<{ organisation: { name: string } }>;
  areas: Array<{ code: string; name: string; level: string; ancestors: Array<{ name: string }> }>;
  fundingShares: Array<{ year: number; sourceType: string; sourceName: string; share: number | null }>;
  results: Array<{ kind: string }>;
}

interface Conference {
  title: string;
  isExample: boolean;
  status: string;
  reportStichtag: string;
  areas: Array<{ name: string; level: string }>;
  participants: Array<{ name: string }>;
  workingGroups: Array<{ name: string }>;
  findings: Array<{ kind: string; category: string; description: string; area: { code: string } | null }>;
  recommendations: Array<{ status: string; finding: { category: string } | null; goals: Array<{ title: string }> }>;
}

async function seedChain(db: TestDatabase) {
  await seedOrganisationExamples(db);
  await seedProgrammeExamples(db);
  await seedMeasureCatalogueExample(db);
  await seedConferenceExamples(db);
}

describe("example programmes and conference", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  let programmes: Programme[];
  let conference: Conference;

  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, loadBerlinLor());
    await seedChain(db);
    client = graphqlClient(db);
    const result = await client.execute<{
      programmes: { edges: Array<{ node: Programme }> };
      conferences: { edges: Array<{ node: Conference }> };
    }>(`{
      programmes { edges { node {
        name family legalBasis isExample placesPlanned leadOrganisation { name } partners { organisation { name } }
        areas { code name level ancestors { name } } fundingShares { year sourceType sourceName share } results { kind }
      } } }
      conferences { edges { node {
        title isExample status reportStichtag areas { name level } participants { name } workingGroups { name }
        findings { kind category description area { code } }
        recommendations { status finding { category } goals { title } }
      } } }
    }`);
    expect(result.errors).toBeUndefined();
    programmes = result.data?.programmes.edges.map((edge) => edge.node) ?? [];
    const [first] = result.data?.conferences.edges ?? [];
    if (!first) throw new Error("no example conference");
    conference = first.node;
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  const programme = (name: string) => {
    const found = programmes.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`${name} missing`);
    return found;
  };
  const byFamily = (family: string) => programmes.filter((candidate) => candidate.family === family);

  it("covers every programme family, all visibly marked as examples", () => {
    expect(new Set(programmes.map((p) => p.family))).toEqual(
      new Set([
        "BIWAQ",
        "SOZIALER_ZUSAMMENHALT",
        "SGB2_16I",
        "SGB2_16E",
        "ESF_PLUS",
        "LANDESPROGRAMM",
        "KOMMUNAL",
        "SONSTIGES",
      ]),
    );
    for (const p of programmes) {
      expect(p.isExample).toBe(true);
      expect(p.name).toMatch(/ \(Beispiel\)$/);
      expect(p.leadOrganisation?.name).toMatch(/ \(Beispiel\)$/);
      expect(p.fundingShares.length).toBeGreaterThan(0);
      expect(p.results.length).toBeGreaterThan(0);
    }
  });

  it("funds BIWAQ in the real Planungsräume of Gropiusstadt, from ESF Plus and Bund every year", () => {
    const biwaq = programme(exampleBiwaqName);
    expect(biwaq.family).toBe("BIWAQ");
    expect(biwaq.areas.map((area) => [area.code, area.name])).toEqual([
      ["08300934", "Gropiusstadt Nord-West"],
      ["08300935", "Gropiusstadt Süd-West"],
      ["08301036", "Gropiusstadt Mitte"],
      ["08301037", "Gropiusstadt Süd-Ost"],
    ]);
    for (const area of biwaq.areas) {
      expect(area.level).toBe("PLANUNGSRAUM");
      expect(area.ancestors.map((ancestor) => ancestor.name)).toEqual(
        expect.arrayContaining(["Neukölln", "Gropiusstadt"]),
      );
    }
    const years = [...new Set(biwaq.fundingShares.map((share) => share.year))];
    for (const year of years) {
      const sources = biwaq.fundingShares.filter((share) => share.year === year).map((share) => share.sourceType);
      expect(sources).toEqual(expect.arrayContaining(["EU", "BUND"]));
    }
    // The Sozialer-Zusammenhalt programme runs in the same quarter.
    const [zusammenhalt] = byFamily("SOZIALER_ZUSAMMENHALT");
    expect(zusammenhalt?.areas.map((area) => area.code)).toEqual(biwaq.areas.map((area) => area.code));
  });

  it("has funding shares that add up to exactly 1 in every year of every programme", () => {
    for (const p of programmes) {
      for (const year of new Set(p.fundingShares.map((share) => share.year))) {
        const sum = p.fundingShares.filter((s) => s.year === year).reduce((total, s) => total + (s.share ?? 0), 0);
        expect(sum, `${p.name} ${year}`).toBe(1);
      }
    }
  });

  it("has the employment programmes with their legal bases and places", () => {
    const [teilhabe] = byFamily("SGB2_16I");
    expect(teilhabe).toMatchObject({
      legalBasis: "§ 16i SGB II",
      placesPlanned: 620,
      leadOrganisation: { name: "Jobcenter Beispielbezirk (Beispiel)" },
    });
    expect(byFamily("SGB2_16E")[0]?.legalBasis).toBe("§ 16e SGB II");
    expect(programmes.map((p) => p.placesPlanned)).toEqual(expect.arrayContaining([102, 400]));
    expect(programmes.find((p) => p.placesPlanned === 400)?.legalBasis).toBe("§ 16d SGB II");
  });

  it("records a documented Sozialraumkonferenz with the usual participants and working groups", () => {
    expect(conference).toMatchObject({
      title: exampleConferenceTitle,
      isExample: true,
      status: "DOCUMENTED",
      reportStichtag: "2021-12-31",
      areas: [
        { name: "Gropiusstadt West", level: "BEZIRKSREGION" },
        { name: "Gropiusstadt Ost", level: "BEZIRKSREGION" },
      ],
    });
    expect(conference.participants.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        "Wohlfahrtsverband Berlin e. V. (Beispiel)",
        "Kirchengemeinde am Markt (Beispiel)",
        "Wohnungsbaugesellschaft Stadtgrün (Beispiel)",
        "Diakonisches Nachbarschaftswerk (Beispiel)",
        "Jugendamt Beispielbezirk (Beispiel)",
        "Bezirksamt Beispielbezirk, Sozialplanung (Beispiel)",
      ]),
    );
    expect(conference.workingGroups.map((group) => group.name)).toEqual([
      "Kinder und Familie",
      "Mobilität und Nahversorgung",
      "Engagement und Nachbarschaft",
    ]);
  });

  it("records gaps in childcare, public transport, volunteering and coordination, in Gropiusstadt areas", () => {
    const gaps = conference.findings.filter((finding) => finding.kind === "GAP").map((finding) => finding.category);
    expect(gaps).toEqual(expect.arrayContaining(["kinderbetreuung", "oepnv", "ehrenamt", "koordination"]));
    const childcare = conference.findings.find((finding) => finding.category === "kinderbetreuung");
    expect(childcare?.description).toMatch(/^Betreuungsplätze fehlen in Gropiusstadt Nord-West/);
    expect(childcare?.area).toEqual({ code: "08300934" });
    for (const finding of conference.findings) {
      if (finding.area) expect(finding.area.code).toMatch(/^08(3009|3010)\d\d$/);
    }
  });

  it("makes recommendations in several statuses, one linked to the coordination measure", () => {
    expect(new Set(conference.recommendations.map((r) => r.status))).toEqual(
      new Set(["OPEN", "IN_PROGRESS", "IMPLEMENTED", "REJECTED"]),
    );
    const linked = conference.recommendations.filter((r) => r.goals.length > 0);
    expect(linked).toEqual([
      {
        status: "IN_PROGRESS",
        finding: { category: "koordination" },
        goals: [{ title: exampleCoordinationMeasureTitle }],
      },
    ]);
  });

  it("shows programmes and findings on the Planungsraum Gropiusstadt Nord-West", async () => {
    const result = await client.execute<{
      area: { programmes: Array<{ name: string }>; conferenceFindings: Array<{ category: string }> };
    }>(`{ area(code: "08300934") { programmes { name } conferenceFindings { category } } }`);
    expect(result.data?.area.programmes.map((p) => p.name)).toEqual(
      expect.arrayContaining([exampleBiwaqName, "Teilhabe am Arbeitsmarkt Beispielbezirk (Beispiel)"]),
    );
    expect(result.data?.area.conferenceFindings.map((f) => f.category)).toEqual(
      expect.arrayContaining(["kinderbetreuung", "koordination"]),
    );
    expect(result.data?.area.conferenceFindings.map((f) => f.category)).not.toContain("oepnv");
  });

  it("is idempotent: seeding again adds no programme or conference", async () => {
    const before = [await db.prisma.programme.count(), await db.prisma.conference.count()];
    await seedChain(db);
    expect([await db.prisma.programme.count(), await db.prisma.conference.count()]).toEqual(before);
    expect(before).toEqual([8, 1]);
  });
});

describe("example seeds without their prerequisites", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it("say clearly what is missing", async () => {
    await expect(seedProgrammeExamples(db)).rejects.toThrow(
      /Example organisation\(s\) missing: Jobcenter Beispielbezirk/,
    );
    await seedOrganisationExamples(db);
    await expect(seedProgrammeExamples(db)).rejects.toThrow(/Planungsräume of Gropiusstadt \(Neukölln\) not found/);
    await expect(seedConferenceExamples(db)).rejects.toThrow(/Gropiusstadt West\/Ost \(Neukölln\) not found/);
    expect(await db.prisma.programme.count()).toBe(0);
  });
});
