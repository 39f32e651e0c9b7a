import { organisationTypes } from "@sozialatlas/domain/organisation";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test/test-database.ts";
import { exampleOrganisations, seedOrganisationExamples } from "./organisations.ts";

describe("example organisations and cooperation agreements", () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedOrganisationExamples(db);
  });
  afterAll(async () => {
    await db.close();
  });

  // The brief's list: 14 entries, one of them a Verband with its Kreisverband, so 15 rows.
  it("creates the named example organisations covering all 12 types, visibly marked", async () => {
    const organisations = await db.prisma.organisation.findMany({ include: { contacts: true } });
    expect(organisations).toHaveLength(15);
    expect(organisations.map((o) => [o.name, o.type]).sort()).toEqual(
      exampleOrganisations.map((o) => [o.name, o.type]).sort(),
    );
    expect(new Set(organisations.map((o) => o.type))).toEqual(new Set(organisationTypes));
    for (const organisation of organisations) {
      expect(organisation.isExample).toBe(true);
      expect(organisation.name.endsWith(" (Beispiel)")).toBe(true);
      expect(organisation.createdBy).toBe("seed");
      expect(organisation.website).toMatch(/^https:\/\/www\.example\.org\//);
      expect(organisation.contacts.length).toBeGreaterThanOrEqual(1);
      expect(organisation.contacts.length).toBeLessThanOrEqual(2);
      for (const contact of organisation.contacts) expect(contact.email).toMatch(/^[a-z.]+@example\.org$/);
    }
  });

  it("links the Kreisverband to its Verband", async () => {
    const kreisverband = await db.prisma.organisation.findFirstOrThrow({
      where: { name: "Wohlfahrtsverband Kreisverband Süd (Beispiel)" },
      include: { parent: true },
    });
    expect(kreisverband.type).toBe("FREIER_TRAEGER");
    expect(kreisverband.parent?.name).toBe("Wohlfahrtsverband Berlin e. V. (Beispiel)");
    expect(kreisverband.parent?.type).toBe("VERBAND");
  });

  it("creates two cooperation agreements between example organisations, with projects", async () => {
    const agreements = await db.prisma.cooperationAgreement.findMany({
      include: { partners: { include: { organisation: true } }, projects: true },
      orderBy: { title: "asc" },
    });
    expect(agreements.map((a) => a.title)).toEqual([
      "Kooperationsvereinbarung Armutsprävention im Kiez (Beispiel)",
      "Kooperationsvereinbarung Übergang Schule–Beruf (Beispiel)",
    ]);
    const [poverty, schoolToWork] = agreements;
    expect(schoolToWork?.partners.map((p) => p.organisation.name).sort()).toEqual([
      "Handwerkskammer Beispielstadt (Beispiel)",
      "Jobcenter Beispielbezirk (Beispiel)",
      "Jugendamt Beispielbezirk (Beispiel)",
    ]);
    expect(poverty?.partners.map((p) => p.organisation.name).sort()).toEqual([
      "Kirchengemeinde am Markt (Beispiel)",
      "Tafel Kiez e. V. (Beispiel)",
      "Wohlfahrtsverband Berlin e. V. (Beispiel)",
    ]);
    for (const agreement of agreements) {
      expect(agreement.isExample).toBe(true);
      expect(agreement.projects.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("records every example in the change log and is idempotent", async () => {
    expect(await db.prisma.changeLog.count({ where: { actor: "seed", action: "CREATE" } })).toBe(17);
    await seedOrganisationExamples(db);
    expect(await db.prisma.organisation.count()).toBe(15);
    expect(await db.prisma.organisationContact.count()).toBe(
      exampleOrganisations.reduce((sum, o) => sum + o.contacts.length, 0),
    );
    expect(await db.prisma.cooperationAgreement.count()).toBe(2);
  });
});
