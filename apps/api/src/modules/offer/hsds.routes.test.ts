import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../lib/logger.ts";
import { type App, createApp } from "../../server.ts";
import { smallCity } from "../../test/factories.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { upsertAreas } from "../area/area.service.ts";
import { createOffers } from "./offer.service.ts";

const inPlr = (n: number) => ({ latitude: 52.005, longitude: 13 + (n - 1) * 0.01 + 0.005 });

describe("HSDS read API (/hsds)", () => {
  let db: TestDatabase;
  let app: App;
  let base = "";
  const ids: Record<string, string> = {};
  let diakonie = "";
  let draftsOnly = "";

  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, smallCity(3));
    diakonie = (
      await db.prisma.organisation.create({
        data: { name: "Diakonie Nord", type: "FREIER_TRAEGER", email: "info@diakonie.example", phone: "030 100" },
      })
    ).id;
    draftsOnly = (await db.prisma.organisation.create({ data: { name: "Entwurfsverein", type: "FREIER_TRAEGER" } })).id;
    const offer = (organisationId: string, name: string, description = "Beratung") => ({
      input: {
        organisationId,
        name,
        description,
        cost: "FREE",
        categories: ["Beratung"],
        stepFree: true,
        locations: [{ name: "Zentrum", street: "Weg 1", postalCode: "10115", city: "Berlin", ...inPlr(1) }],
        schedules: [{ weekday: 2, opensAt: "10:00", closesAt: "12:00" }],
      },
    });
    const names = ["Schuldnerberatung", "Kleiderkammer", "Entwurf", "Eingereicht", "Archiviert", "Fremdentwurf"];
    const pages = Array.from({ length: 3 }, (_, index) => `Sprachcafé ${index + 1}`);
    await createOffers(db, "seed", [
      offer(diakonie, "Schuldnerberatung", "Hilfe bei Schulden"),
      offer(diakonie, "Kleiderkammer", "Kleidung für alle"),
      offer(diakonie, "Entwurf"),
      offer(diakonie, "Eingereicht"),
      offer(diakonie, "Archiviert"),
      offer(draftsOnly, "Fremdentwurf"),
      ...pages.map((name) => offer(diakonie, name, "Deutsch üben")),
    ]);
    for (const row of await db.prisma.offer.findMany()) ids[row.name] = row.id;
    const published = [...names.filter((name) => !["Entwurf", "Eingereicht", "Fremdentwurf"].includes(name)), ...pages];
    await db.prisma.offer.updateMany({
      where: { name: { in: published } },
      data: { publication: "PUBLISHED", publishedAt: new Date() },
    });
    await db.prisma.offer.update({ where: { id: ids.Eingereicht }, data: { publication: "SUBMITTED" } });
    await db.prisma.offer.update({ where: { id: ids.Archiviert }, data: { archivedAt: new Date() } });

    const webDist = mkdtempSync(join(tmpdir(), "sozialatlas-web-"));
    app = await createApp({ db, log: createLogger("silent"), production: false, webDist });
    await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.stop();
    await db.close();
  });

  async function get(path: string) {
    const response = await fetch(`${base}${path}`, { headers: { origin: "https://other-directory.example" } });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Record<string, unknown>,
    };
  }
  const names = (body: Record<string, unknown>) => (body.contents as Array<{ name: string }>).map((item) => item.name);

  it("describes itself at /hsds/", async () => {
    const { status, body, headers } = await get("/hsds/");
    expect(status).toBe(200);
    expect(body).toMatchObject({ version: "3.0.0", profile: expect.stringContaining("openreferral") });
    expect(headers.get("access-control-allow-origin")).toBe("*");
    expect(headers.get("content-type")).toContain("application/json");
  });

  it("lists only published offers that are not archived, by name, as an HSDS page", async () => {
    const { status, body } = await get("/hsds/services");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      total_items: 5,
      total_pages: 1,
      page_number: 1,
      size: 50,
      first_page: true,
      last_page: true,
      empty: false,
    });
    expect(names(body)).toEqual(["Kleiderkammer", "Schuldnerberatung", "Sprachcafé 1", "Sprachcafé 2", "Sprachcafé 3"]);
    const [first] = body.contents as Array<Record<string, unknown>>;
    expect(first).toMatchObject({
      id: ids.Kleiderkammer,
      status: "active",
      organization: { id: diakonie, name: "Diakonie Nord" },
      schedules: [{ freq: "WEEKLY", byday: "TU", opens_at: "10:00", closes_at: "12:00" }],
      service_at_locations: [
        { location: { name: "Zentrum", addresses: [{ address_1: "Weg 1", postal_code: "10115", city: "Berlin" }] } },
      ],
    });
  });

  it("pages with page and per_page, and searches name and description", async () => {
    const second = await get("/hsds/services?page=2&per_page=2");
    expect(second.body).toMatchObject({
      total_items: 5,
      total_pages: 3,
      page_number: 2,
      size: 2,
      first_page: false,
      last_page: false,
    });
    expect(names(second.body)).toEqual(["Sprachcafé 1", "Sprachcafé 2"]);
    const beyond = await get("/hsds/services?page=9&per_page=2");
    expect(beyond.body).toMatchObject({ empty: true, last_page: true, contents: [] });
    expect(names((await get("/hsds/services?search=schulden")).body)).toEqual(["Schuldnerberatung"]);
    expect(names((await get(`/hsds/services?search=${encodeURIComponent("deutsch ÜBEN")}`)).body)).toHaveLength(3);
  });

  it("refuses bad paging parameters with 400", async () => {
    for (const query of ["per_page=101", "per_page=0", "page=-1", "page=abc"]) {
      const { status, body } = await get(`/hsds/services?${query}`);
      expect(status).toBe(400);
      expect(body).toMatchObject({ error: { code: "BAD_REQUEST" } });
    }
  });

  it("shows one published service; drafts, submitted, archived and unknown ids are 404", async () => {
    const { status, body } = await get(`/hsds/services/${ids.Schuldnerberatung}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: ids.Schuldnerberatung,
      name: "Schuldnerberatung",
      description: "Hilfe bei Schulden",
    });
    for (const id of [
      ids.Entwurf,
      ids.Eingereicht,
      ids.Archiviert,
      "00000000-0000-4000-8000-000000000000",
      "nonsense",
    ]) {
      const hidden = await get(`/hsds/services/${id}`);
      expect(hidden.status).toBe(404);
      expect(hidden.body).toEqual({ error: { code: "NOT_FOUND", message: "No published service with this id" } });
    }
  });

  it("lists organisations with published offers and shows one with its published services", async () => {
    const list = await get("/hsds/organizations");
    expect(list.body).toMatchObject({
      total_items: 1,
      contents: [{ id: diakonie, name: "Diakonie Nord", description: "" }],
    });
    const one = await get(`/hsds/organizations/${diakonie}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: diakonie, email: "info@diakonie.example", phones: [{ number: "030 100" }] });
    expect((one.body.services as Array<{ name: string }>).map((service) => service.name)).toEqual([
      "Kleiderkammer",
      "Schuldnerberatung",
      "Sprachcafé 1",
      "Sprachcafé 2",
      "Sprachcafé 3",
    ]);
    expect((await get(`/hsds/organizations/${draftsOnly}`)).status).toBe(404);
  });

  it("is read-only and answers unknown paths with JSON 404, not the web app", async () => {
    const post = await fetch(`${base}/hsds/services`, { method: "POST", body: "{}" });
    expect(post.status).toBe(404);
    const unknown = await get("/hsds/taxonomies");
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
  });
});
