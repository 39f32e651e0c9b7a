import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganisationType } from "../generated/prisma/client.ts";
import { upsertAreas } from "../modules/area/area.service.ts";
import { graphqlClient } from "../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../test/test-database.ts";
import { loadBerlinLor } from "./berlin-lor.ts";
import {
  exampleCatalogueName,
  exampleCoordinationMeasureTitle,
  exampleMonitoringDate,
  seedMeasureCatalogueExample,
} from "./measures.ts";

// The organisation examples are another module's seed; the few this one needs are made here.
const exampleOrganisations: Array<[string, OrganisationType]> = [
  ["Bezirksamt Beispielbezirk, Sozialplanung (Beispiel)", "VERWALTUNG"],
  ["Jobcenter Beispielbezirk (Beispiel)", "JOBCENTER"],
  ["Handwerkskammer Beispielstadt (Beispiel)", "KAMMER"],
  ["Jugendamt Beispielbezirk (Beispiel)", "JUGENDAMT"],
  ["Diakonisches Nachbarschaftswerk (Beispiel)", "FREIER_TRAEGER"],
  ["Tafel Kiez e. V. (Beispiel)", "FREIER_TRAEGER"],
  ["Wohlfahrtsverband Berlin e. V. (Beispiel)", "VERBAND"],
  ["Caritative Dienste Nord gGmbH (Beispiel)", "FREIER_TRAEGER"],
];

interface TargetNode {
  name: string;
  resultLevel: string;
  actuals: Array<{ value: number }>;
  then: { status: string; explanation: string };
  now: { status: string };
}
interface GoalNode {
  level: string;
  title: string;
  budget: number | null;
  responsibleOrganisation: { name: string } | null;
  programme: { name: string } | null;
  areas: Array<{ code: string }>;
  targets: TargetNode[];
  children: GoalNode[];
}
interface VersionNode {
  number: number;
  label: string;
  status: string;
  adoptedOn: string | null;
  adoptedBy: string | null;
  goals: GoalNode[];
}

const goalSelection = (depth: number): string =>
  `level title budget responsibleOrganisation { name } programme { name } areas { code }
   targets { name resultLevel actuals { value }
     then: status(asOf: "${exampleMonitoringDate}") { status explanation } now: status { status } }
   ${depth > 0 ? `children { ${goalSelection(depth - 1)} }` : ""}`;

const flatten = (goals: GoalNode[]): GoalNode[] => goals.flatMap((goal) => [goal, ...flatten(goal.children ?? [])]);

describe("example measure catalogue", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  let versions: VersionNode[];

  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, loadBerlinLor());
    await db.prisma.organisation.createMany({
      data: exampleOrganisations.map(([name, type]) => ({ name, type, isExample: true })),
    });
    await seedMeasureCatalogueExample(db);
    client = graphqlClient(db);
    const result = await client.execute<{
      measureCatalogues: { edges: Array<{ node: { name: string; isExample: boolean; versions: VersionNode[] } }> };
    }>(`{ measureCatalogues { edges { node { name isExample versions {
      number label status adoptedOn adoptedBy goals { ${goalSelection(3)} } } } } } }`);
    expect(result.errors).toBeUndefined();
    const catalogues = result.data?.measureCatalogues.edges ?? [];
    expect(catalogues.map((edge) => [edge.node.name, edge.node.isExample])).toEqual([[exampleCatalogueName, true]]);
    versions = catalogues[0]?.node.versions ?? [];
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("has an adopted version 1 and a draft version 2", () => {
    expect(
      versions.map(({ number, label, status, adoptedOn, adoptedBy }) => ({
        number,
        label,
        status,
        adoptedOn,
        adoptedBy,
      })),
    ).toEqual([
      {
        number: 1,
        label: "Ratsfassung 2001",
        status: "ADOPTED",
        adoptedOn: "2001-03-15",
        adoptedBy: "Ratsbeschluss 2001/42 (Beispiel)",
      },
      { number: 2, label: "Fortschreibung 2005 (Entwurf)", status: "DRAFT", adoptedOn: null, adoptedBy: null },
    ]);
  });

  it("builds a tree with all four levels, responsible example organisations, Neukölln areas and budgets", () => {
    const goals = flatten(versions[0]?.goals ?? []);
    expect(versions[0]?.goals.map((goal) => goal.title)).toEqual(["Teilhabe durch Arbeit und soziale Sicherung"]);
    const perLevel = (level: string) => goals.filter((goal) => goal.level === level).length;
    expect([
      perLevel("LEITZIEL"),
      perLevel("STRATEGISCHES_ZIEL"),
      perLevel("OPERATIVES_ZIEL"),
      perLevel("MASSNAHME"),
    ]).toEqual([1, 3, 4, 7]);
    const coordination = goals.find((goal) => goal.title === exampleCoordinationMeasureTitle);
    expect(coordination).toMatchObject({
      level: "MASSNAHME",
      responsibleOrganisation: { name: "Wohlfahrtsverband Berlin e. V. (Beispiel)" },
      areas: [{ code: "083009" }, { code: "083010" }],
      budget: 95_000,
      programme: null,
    });
    expect(goals.every((goal) => goal.responsibleOrganisation?.name.endsWith(" (Beispiel)"))).toBe(true);
    expect(goals.flatMap((goal) => goal.areas.map((area) => area.code)).every((code) => code.startsWith("08"))).toBe(
      true,
    );
    expect(goals.filter((goal) => goal.level === "MASSNAHME").every((goal) => (goal.budget ?? 0) > 0)).toBe(true);
  });

  it("carries the Leeuwarden-style targets with actuals over time", () => {
    const targets = flatten(versions[0]?.goals ?? []).flatMap((goal) => goal.targets);
    const byName = new Map(targets.map((target) => [target.name, target]));
    expect(byName.get("Reintegrationsverläufe 2001–2004")).toMatchObject({
      resultLevel: "OUTPUT",
      actuals: [{ value: 950 }, { value: 1950 }, { value: 2900 }, { value: 4120 }],
    });
    expect(byName.get("davon mit Arbeitsaufnahme")?.resultLevel).toBe("OUTCOME");
    expect(byName.get("Anfragen Schuldnerberatung 2003")?.actuals.at(-1)).toEqual({ value: 251 });
    expect(byName.has("davon von Reintegrationsteilnehmenden")).toBe(true);
    expect(new Set(targets.map((target) => target.resultLevel))).toEqual(
      new Set(["INPUT", "OUTPUT", "OUTCOME", "IMPACT"]),
    );
  });

  it("shows every status at the monitoring date and a stable mix today", () => {
    const targets = flatten(versions[0]?.goals ?? []).flatMap((goal) => goal.targets);
    const statuses = Object.fromEntries(
      targets.map((target) => [target.name, [target.then.status, target.now.status]]),
    );
    expect(statuses).toEqual({
      "Reintegrationsverläufe 2001–2004": ["ON_TRACK", "ACHIEVED"],
      "davon mit Arbeitsaufnahme": ["AT_RISK", "OFF_TRACK"],
      "Stellen im Fallmanagement": ["ACHIEVED", "ACHIEVED"],
      "Abgeschlossene Teilqualifizierungen": ["ACHIEVED", "ACHIEVED"],
      "Jugendliche ohne Ausbildungsplatz zum Ausbildungsbeginn": ["AT_RISK", "ACHIEVED"],
      "Anfragen Schuldnerberatung 2003": ["ACHIEVED", "ACHIEVED"],
      "davon von Reintegrationsteilnehmenden": ["OFF_TRACK", "OFF_TRACK"],
      "Beratungsgespräche bei der Lebensmittelausgabe": ["NO_DATA", "NO_DATA"],
      "Vernetzte Angebote im Angebotsverzeichnis": ["ON_TRACK", "ACHIEVED"],
      "Erreichte Familien": ["OFF_TRACK", "OFF_TRACK"],
    });
    expect(targets.find((target) => target.name === "davon mit Arbeitsaufnahme")?.then.explanation).toBe(
      "Ist 700 am 31.12.2003; Soll laut linearem Pfad 899,18 (77 %) → gefährdet (ab 70 %, unter 90 %)",
    );
  });

  it("copies the tree with its targets, without actuals, into the draft", () => {
    const [adopted, draft] = versions;
    const shape = (goals: GoalNode[]) =>
      flatten(goals).map((goal) => ({
        level: goal.level,
        title: goal.title,
        areas: goal.areas,
        targets: goal.targets.map((target) => target.name),
      }));
    expect(shape(draft?.goals ?? [])).toEqual(shape(adopted?.goals ?? []));
    const draftTargets = flatten(draft?.goals ?? []).flatMap((goal) => goal.targets);
    expect(draftTargets).toHaveLength(10);
    expect(draftTargets.every((target) => target.actuals.length === 0 && target.now.status === "NO_DATA")).toBe(true);
  });

  it("is idempotent", async () => {
    const before = await db.prisma.goal.count();
    await seedMeasureCatalogueExample(db);
    expect(await db.prisma.measureCatalogue.count()).toBe(1);
    expect(await db.prisma.goal.count()).toBe(before);
  });

  it("names the missing example organisations when run before them", async () => {
    const empty = await createTestDatabase();
    try {
      await expect(seedMeasureCatalogueExample(empty)).rejects.toThrow(
        /needs the example organisations \(seedOrganisationExamples runs first\); missing: Bezirksamt Beispielbezirk, Sozialplanung \(Beispiel\), Jobcenter/,
      );
      expect(await empty.prisma.measureCatalogue.count()).toBe(0);
    } finally {
      await empty.close();
    }
  });
});
