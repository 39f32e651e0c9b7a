import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ImportProblem } from "@sozialatlas/domain/data-import";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportIndex, exportObservations } from "../../cli/export.ts";
import { loadBerlinLor } from "../../demo/berlin-lor.ts";
import { seedIndexDefinitions } from "../../demo/index-definitions.ts";
import { seedMssIndicators } from "../../demo/indicators.ts";
import { repoRoot } from "../../lib/config.ts";
import { smallCity } from "../../test/factories.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { upsertAreas } from "../area/area.service.ts";
import { upsertIndicators } from "../indicator/indicator.service.ts";
import { archiveObservation } from "../indicator/observation.service.ts";
import { type ImportFileInput, type ImportProgress, importFile, previewImport } from "./data-import.service.ts";

const actor = "steward@test";

const file = (fileName: string, text: string | Uint8Array, manifest: unknown): ImportFileInput => ({
  fileName,
  content: typeof text === "string" ? new TextEncoder().encode(text) : text,
  manifest,
});

/** Row counts and a checksum of every row of the tables an import writes. */
async function snapshot(db: TestDatabase): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of ["Area", "Observation", "DataImport", "ChangeLog"]) {
    const [row] = await db.prisma.$queryRawUnsafe<Array<{ rows: number; checksum: string | null }>>(
      `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t.id)) AS checksum FROM "${table}" t`,
    );
    result[table] = `${row?.rows}:${row?.checksum}`;
  }
  return result;
}

const where = (errors: ImportProblem[]) => errors.map((error) => [error.line ?? error.field ?? null, error.message]);

const indicator = (key: string, unit: string) => ({
  key,
  name: key,
  description: `Test indicator ${key}`,
  unit,
  polarity: "NEUTRAL",
  topic: "Test",
  source: "Test",
  licence: "CC0",
});

const manifest = {
  kind: "observations",
  areaLevel: "PLANUNGSRAUM",
  areaCodeColumn: "code",
  referenceDate: { column: "stichtag", format: "DD.MM.YYYY" },
  delimiter: ";",
  decimal: ",",
  columns: [
    { column: "anteil", indicator: "t.share" },
    { column: "personen", indicator: "t.count" },
  ],
  ignoreColumns: ["name"],
};

const goodCsv = [
  "code;name;stichtag;anteil;personen",
  "01100101;Planungsraum 01;31.12.2020;12,5;1200",
  "01100102;Planungsraum 02;31.12.2020;7,25;",
  "01100103;Planungsraum 03;31.12.2020;30;800",
].join("\n");

describe("importing indicator values from a CSV", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, smallCity(3));
    await upsertIndicators(db, "test", [indicator("t.share", "%"), indicator("t.count", "Personen")]);
  });
  afterAll(async () => {
    await db.close();
  });

  it("imports a good file in one go, logs it once, and changes nothing on a second import", async () => {
    const progress: ImportProgress[] = [];
    const first = await importFile(db, file("werte.csv", goodCsv, manifest), {
      actor,
      onProgress: (step) => progress.push(step),
    });
    expect(first).toMatchObject({
      accepted: true,
      kind: "OBSERVATIONS",
      errorCount: 0,
      created: 6,
      updated: 0,
      unchanged: 0,
      previousImport: null,
    });
    expect(progress.at(-1)).toEqual({ done: 6, total: 6 });

    const stored = await db.prisma.observation.findMany({
      where: { area: { code: "01100102" } },
      orderBy: { indicator: { key: "asc" } },
      select: {
        value: true,
        missingReason: true,
        referenceDate: true,
        createdBy: true,
        indicator: { select: { key: true } },
      },
    });
    expect(stored).toEqual([
      {
        indicator: { key: "t.count" },
        value: null,
        missingReason: "keine Angabe in der Quelle",
        referenceDate: new Date("2020-12-31T00:00:00.000Z"),
        createdBy: actor,
      },
      {
        indicator: { key: "t.share" },
        value: 7.25,
        missingReason: null,
        referenceDate: new Date("2020-12-31T00:00:00.000Z"),
        createdBy: actor,
      },
    ]);
    const log = await db.prisma.dataImport.findUniqueOrThrow({ where: { id: first.dataImportId ?? "" } });
    expect(log).toMatchObject({
      kind: "OBSERVATIONS",
      fileName: "werte.csv",
      sha256: first.sha256,
      rowCount: 3,
      created: 6,
      updated: 0,
      unchanged: 0,
      importedBy: actor,
      manifest: expect.objectContaining({ areaCodeColumn: "code", decimal: "," }),
    });
    // One change log entry for the import, none per value.
    expect(await db.prisma.changeLog.count({ where: { entity: "Observation" } })).toBe(0);
    expect(await db.prisma.changeLog.findMany({ where: { entity: "DataImport" } })).toEqual([
      expect.objectContaining({
        actor,
        entityId: first.dataImportId,
        action: "CREATE",
        changes: expect.objectContaining({ fileName: "werte.csv", rowCount: 3, created: 6 }),
      }),
    ]);

    const before = await snapshot(db);
    const again = await importFile(db, file("werte.csv", goodCsv, manifest), { actor });
    expect(again).toMatchObject({ accepted: true, created: 0, updated: 0, unchanged: 6 });
    expect(again.previousImport?.importedBy).toBe(actor);
    const after = await snapshot(db);
    // The values were not touched (same rows, same updatedAt); only the log grew.
    expect(after.Observation).toBe(before.Observation);
    expect(after.Area).toBe(before.Area);
    expect(await db.prisma.dataImport.count()).toBe(2);
  });

  it("updates only the values that changed", async () => {
    const changed = goodCsv.replace("7,25", "7,5");
    const result = await importFile(db, file("werte-korrigiert.csv", changed, manifest), { actor });
    expect(result).toMatchObject({ accepted: true, created: 0, updated: 1, unchanged: 5 });
    const value = await db.prisma.observation.findFirst({
      where: { area: { code: "01100102" }, indicator: { key: "t.share" } },
    });
    expect(value?.value).toBe(7.5);
  });

  const malformed: Array<[string, string, Array<[number | string, string]>]> = [
    [
      "a wrong header",
      goodCsv.replace("code;name;stichtag;anteil;personen", "code;name;stichtag;anteil_neu;personen"),
      [
        [1, "column anteil is missing: the manifest names it"],
        [
          1,
          'unexpected column anteil_neu: map it to an indicator in the manifest\'s "columns" or list it in "ignoreColumns"',
        ],
      ],
    ],
    [
      "a value that is not a number",
      goodCsv.replace("1200", "1.200 Personen"),
      [[2, 'value "1.200 Personen" is not a number']],
    ],
    [
      "an unknown area code",
      `${goodCsv}\n01100199;Neu;31.12.2020;1;2`,
      [[5, "unknown area code 01100199: no PLANUNGSRAUM has this code"]],
    ],
    [
      "a duplicate key",
      `${goodCsv}\n01100101;Planungsraum 01;31.12.2020;13;1300`,
      [[5, "area 01100101 on 2020-12-31 appears twice: on line 2 and on line 5"]],
    ],
  ];

  for (const [what, text, expected] of malformed) {
    it(`rejects a file with ${what} with line-precise messages and leaves the database unchanged`, async () => {
      const before = await snapshot(db);
      const result = await importFile(db, file("kaputt.csv", text, manifest), { actor });
      expect(result).toMatchObject({ accepted: false, dataImportId: null, created: 0, updated: 0, unchanged: 0 });
      expect(where(result.errors)).toEqual(expected);
      expect(await snapshot(db)).toEqual(before);
    });
  }

  it("rejects a file that breaks several rules at once, listing every problem by line", async () => {
    const text = [
      "code;name;stichtag;anteil;personen",
      "01100101;a;31.12.2020;abc;1",
      "1100102;b;31.12.2020;1;2",
      "01100103;c;31.13.2020;1;2",
      "01100101;d;31.12.2020;101;2",
    ].join("\n");
    const before = await snapshot(db);
    const preview = await previewImport(db, file("viele-fehler.csv", text, manifest));
    expect(where(preview.errors)).toEqual([
      [2, 'value "abc" is not a number'],
      [
        3,
        "unknown area code 1100102: no PLANUNGSRAUM has this code (did you mean 01100102? a spreadsheet may have dropped the leading zeros)",
      ],
      [4, '"31.13.2020" is not a date in the format DD.MM.YYYY'],
      [5, "area 01100101 on 2020-12-31 appears twice: on line 2 and on line 5"],
      [5, "t.share is a share in %: the value must lie between 0 and 100"],
    ]);
    expect(preview.observations?.unknownAreaCodes).toEqual(["1100102"]);
    expect(await snapshot(db)).toEqual(before);
  });

  it("rejects a manifest with unknown indicators or mistakes, naming its fields", async () => {
    const unknown = await importFile(
      db,
      file("werte.csv", goodCsv, {
        ...manifest,
        columns: [
          { column: "anteil", indicator: "t.share" },
          { column: "personen", indicator: "t.residents" },
        ],
      }),
      { actor },
    );
    expect(where(unknown.errors)).toEqual([
      ["columns.1.indicator", "unknown indicator key t.residents: create the indicator first"],
    ]);
    const broken = await previewImport(db, file("werte.csv", goodCsv, { ...manifest, areaLevel: "ORTSTEIL" }));
    expect(broken).toMatchObject({ accepted: false, kind: null, manifest: null });
    expect(broken.errors[0]).toMatchObject({ in: "manifest", field: "areaLevel" });
  });

  it("refuses to overwrite an archived value", async () => {
    const archived = await db.prisma.observation.findFirstOrThrow({
      where: { area: { code: "01100103" }, indicator: { key: "t.count" } },
    });
    await archiveObservation(db, "test", archived.id);
    const before = await snapshot(db);
    const result = await importFile(db, file("werte.csv", goodCsv.replace(";800", ";801"), manifest), { actor });
    expect(where(result.errors)).toEqual([
      [null, "the value of t.count for area 01100103 on 2020-12-31 is archived: restore it first or leave it out"],
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it("names the line of the first byte that is not UTF-8", async () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode(`${goodCsv}\n`), 0x47, 0x72, 0xfc, 0x6e]);
    const result = await previewImport(db, file("latin1.csv", latin1, manifest));
    expect(where(result.errors)).toEqual([[5, "the file is not UTF-8 (Latin-1 or Windows-1252?): save it as UTF-8"]]);
  });
});

const square = (x: number, y: number, size = 0.01) => ({
  type: "Polygon",
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});

const featureCollection = (features: Array<{ properties: Record<string, unknown>; geometry: unknown }>) =>
  JSON.stringify({ type: "FeatureCollection", features: features.map((f) => ({ type: "Feature", ...f })) });

describe("importing areas from GeoJSON", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  const cityManifest = { kind: "areas", level: "STADT", codeProperty: "code", nameProperty: "name" };
  const districtManifest = {
    kind: "areas",
    level: "BEZIRK",
    codeProperty: "id",
    nameProperty: "bezeichnung",
    parentCodeProperty: "stadt",
    areaM2Property: "flaeche",
  };
  const districts = (size: number) =>
    featureCollection([
      {
        properties: { id: "01", bezeichnung: "Nord", stadt: "99000000", flaeche: 2500 },
        geometry: square(13, 52, size),
      },
      {
        properties: { id: "02", bezeichnung: "Süd", stadt: "99000000", flaeche: 3100.5 },
        geometry: { type: "MultiPolygon", coordinates: [square(13, 51.9).coordinates, square(13.1, 51.9).coordinates] },
      },
    ]);

  it("creates areas with their bounding boxes and parents, then updates only what changed", async () => {
    const city = await importFile(
      db,
      file(
        "stadt.geojson",
        featureCollection([{ properties: { code: "99000000", name: "Teststadt" }, geometry: square(12.9, 51.8, 0.5) }]),
        cityManifest,
      ),
      { actor },
    );
    expect(city).toMatchObject({ accepted: true, kind: "AREAS", created: 1, updated: 0, unchanged: 0 });

    const first = await importFile(db, file("bezirke.geojson", districts(0.1), districtManifest), { actor });
    expect(first).toMatchObject({ accepted: true, created: 2, updated: 0, unchanged: 0 });
    expect(first.areas).toMatchObject({ featureCount: 2, newCodes: ["01", "02"] });
    const nord = await db.prisma.area.findUniqueOrThrow({ where: { code: "01" }, include: { parent: true } });
    expect(nord).toMatchObject({
      name: "Nord",
      level: "BEZIRK",
      areaM2: 2500,
      minLon: 13,
      minLat: 52,
      maxLon: 13.1,
      maxLat: 52.1,
      parent: expect.objectContaining({ code: "99000000" }),
    });
    const log = await db.prisma.dataImport.findUniqueOrThrow({ where: { id: first.dataImportId ?? "" } });
    expect(log).toMatchObject({ kind: "AREAS", fileName: "bezirke.geojson", rowCount: 2, created: 2, manifest: null });

    const before = await snapshot(db);
    const again = await importFile(db, file("bezirke.geojson", districts(0.1), districtManifest), { actor });
    expect(again).toMatchObject({ accepted: true, created: 0, updated: 0, unchanged: 2 });
    expect((await snapshot(db)).Area).toBe(before.Area);

    const bigger = await importFile(db, file("bezirke.geojson", districts(0.2), districtManifest), { actor });
    expect(bigger).toMatchObject({ accepted: true, created: 0, updated: 1, unchanged: 1 });
    expect(await db.prisma.area.findUniqueOrThrow({ where: { code: "01" } })).toMatchObject({
      maxLon: 13.2,
      maxLat: 52.2,
    });
    expect(await db.prisma.changeLog.count({ where: { entity: "DataImport" } })).toBe(4);
  });

  it("keeps the stored land area when the file has none", async () => {
    const { areaM2Property: _dropped, ...withoutArea } = districtManifest;
    const result = await importFile(db, file("bezirke-ohne-flaeche.geojson", districts(0.2), withoutArea), { actor });
    expect(result).toMatchObject({ accepted: true, updated: 0, unchanged: 2 });
    expect((await db.prisma.area.findUniqueOrThrow({ where: { code: "02" } })).areaM2).toBe(3100.5);
  });

  it("rejects bad features by number and code and writes nothing", async () => {
    const before = await snapshot(db);
    const text = featureCollection([
      { properties: { id: "03", bezeichnung: "Ost", stadt: "99000000" }, geometry: square(13.2, 52) },
      { properties: { id: "04", bezeichnung: "West", stadt: "98000000" }, geometry: square(12.8, 52) },
      {
        properties: { id: "05", bezeichnung: "Punkt", stadt: "99000000" },
        geometry: { type: "Point", coordinates: [13, 52] },
      },
    ]);
    const result = await importFile(
      db,
      file("bezirke-neu.geojson", text, { ...districtManifest, areaM2Property: undefined }),
      {
        actor,
      },
    );
    expect(result.accepted).toBe(false);
    expect(result.errors.map((error) => [error.feature, error.code, error.message])).toEqual([
      [2, "04", "unknown parent code 98000000"],
      [3, "05", "geometry is a Point: only Polygon and MultiPolygon are areas"],
    ]);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe("the real Berlin files", () => {
  let db: TestDatabase;
  const actorOfImport = "steward@berlin";
  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, loadBerlinLor());
    await seedMssIndicators(db);
    await seedIndexDefinitions(db);
  });
  afterAll(async () => {
    await db.close();
  });

  const readExample = (dataPath: string, manifestPath: string) =>
    file(
      dataPath.split("/").at(-1) ?? dataPath,
      readFileSync(join(repoRoot, dataPath)),
      JSON.parse(readFileSync(join(repoRoot, manifestPath), "utf8")),
    );

  it("imports the published MSS 2021 index file with the shipped manifest: the same values as the demo seed", async () => {
    const progress: ImportProgress[] = [];
    const result = await importFile(
      db,
      readExample(
        "data/berlin/mss-2021/mss_2021_index_indikatoren.csv",
        "data/examples/mss_2021_index_indikatoren.manifest.json",
      ),
      { actor: actorOfImport, onProgress: (step) => progress.push(step) },
    );
    // Written in batches, with progress after each.
    expect(progress).toEqual([
      { done: 0, total: 3794 },
      { done: 2000, total: 3794 },
      { done: 3794, total: 3794 },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.observations).toMatchObject({
      rowCount: 542,
      observationCount: 542 * 7,
      areaCount: 542,
      referenceDates: ["2020-12-31"],
    });
    // Every value, missing reason and flag equals the seed's, except one: Pankower Tor
    // (03400831, no residents yet) has an empty EW in this file; the seed takes 0 from the
    // context file of the same release.
    expect(result).toMatchObject({ accepted: true, created: 0, updated: 1, unchanged: 542 * 7 - 1 });
    const touched = await db.prisma.observation.findMany({
      where: { updatedBy: actorOfImport },
      select: {
        value: true,
        missingReason: true,
        area: { select: { code: true } },
        indicator: { select: { key: true } },
      },
    });
    expect(touched).toEqual([
      {
        value: null,
        missingReason: "keine Angabe in der Quelle",
        area: { code: "03400831" },
        indicator: { key: "ew" },
      },
    ]);
  });

  it("imports the small German-style example file: values equal to the published ones", async () => {
    const result = await importFile(
      db,
      readExample("data/examples/mss-2021-sample.csv", "data/examples/mss-2021-sample.manifest.json"),
      { actor: actorOfImport },
    );
    expect(result).toMatchObject({ accepted: true, created: 0, updated: 0, unchanged: 10 });
  });

  it("imports the published Planungsraum boundaries with the shipped manifest", async () => {
    const before = await db.prisma.area.findMany({
      where: { level: "PLANUNGSRAUM" },
      select: { code: true, name: true },
    });
    const result = await importFile(
      db,
      readExample(
        "data/berlin/lor-2021/lor_planungsraeume_2021_wgs84.geojson",
        "data/examples/lor_planungsraeume_2021_wgs84.manifest.json",
      ),
      { actor: actorOfImport },
    );
    // Geometries and parents equal the seed's; five names differ between the boundary file
    // and the hierarchy table the seed reads (e.g. "Mellerbogen" / "Meller Bogen").
    expect(result).toMatchObject({ accepted: true, created: 0, updated: 5, unchanged: 537 });
    const after = new Map(
      (await db.prisma.area.findMany({ where: { level: "PLANUNGSRAUM" }, select: { code: true, name: true } })).map(
        (area) => [area.code, area.name],
      ),
    );
    expect(before.filter((area) => after.get(area.code) !== area.name)).toHaveLength(5);
  });

  it("exports raw values as CSV, one row per area of the level, empty where none is stored", async () => {
    const csv = await exportObservations(db, {
      indicators: "mss2021.s1,mss2021.s3",
      level: "planungsraum",
      date: "2020-12-31",
      format: "csv",
    });
    const lines = csv.trimEnd().split("\n");
    expect(lines).toHaveLength(1 + 542);
    expect(lines[0]).toBe("area_code,area_name,mss2021.s1,mss2021.s3");
    expect(lines).toContain("01100101,Stülerstraße,4.22594,8.04329");
    // An invalid area of the MSS (-9999 in the file): stored as missing, exported empty.
    expect(lines).toContain("03300515,Blankenburger Süden,,");
  });

  it("exports values as GeoJSON with the boundaries, and refuses unknown indicators", async () => {
    const geojson = JSON.parse(
      await exportObservations(db, { indicators: "ew", level: "bezirk", date: "2020-12-31", format: "geojson" }),
    );
    expect(geojson.type).toBe("FeatureCollection");
    expect(geojson.features).toHaveLength(12);
    expect(geojson.features[0]).toMatchObject({
      type: "Feature",
      id: "01",
      geometry: { type: expect.stringMatching(/^(Multi)?Polygon$/) },
      properties: { area_code: "01", area_name: "Mitte", ew: expect.any(Number) },
    });
    await expect(
      exportObservations(db, {
        indicators: "mss2021.s1,mss2030.s1",
        level: "bezirk",
        date: "2020-12-31",
        format: "csv",
      }),
    ).rejects.toThrow("unknown indicator key mss2030.s1");
  });

  it("exports index results as CSV and GeoJSON", async () => {
    const flags = { definition: "mss-2021", level: "planungsraum", date: "2020-12-31" };
    const csv = (await exportIndex(db, { ...flags, format: "csv" })).split("\n");
    expect(csv[0]).toBe("area_code,area_name,status_index,status_class,dynamics_index,dynamics_class,combined_code");
    expect(csv[1]).toMatch(/^01100101,Stülerstraße,-0\.3276\d+,2,1\.2666\d+,negativ,2-$/);
    const geojson = JSON.parse(await exportIndex(db, { ...flags, format: "geojson" }));
    expect(geojson.features).toHaveLength(542);
    expect(geojson.features[0].properties).toMatchObject({
      area_code: "01100101",
      status_class: 2,
      dynamics_class: "negativ",
      combined_code: "2-",
    });
  });
});
