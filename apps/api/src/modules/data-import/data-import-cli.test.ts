// The command line as a data steward runs it: a separate process on an embedded database in
// a temporary DATA_DIR (process tests are slow, so there is one: a rejected file), and the
// import command in-process on a directory.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ImportFlags, runImportCommand } from "../../cli/import.ts";
import { repoRoot } from "../../lib/config.ts";
import { openDatabase } from "../../lib/db.ts";
import { migrate } from "../../lib/migrate.ts";
import { smallCity } from "../../test/factories.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { upsertAreas } from "../area/area.service.ts";
import { upsertIndicators } from "../indicator/indicator.service.ts";

interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string>): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(repoRoot, "apps/api/src/main.ts"), ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("pnpm cli import / export", () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sozialatlas-import-"));
    // An empty DATABASE_URL: the embedded database in DATA_DIR, whatever the environment says.
    env = { DATA_DIR: join(dir, "db"), DATABASE_URL: "", NODE_ENV: "test" };
    const db = await openDatabase({ kind: "embedded", dataDir: env.DATA_DIR ?? "" });
    try {
      await migrate(db);
      await upsertAreas(db, smallCity(3));
      await upsertIndicators(db, "test", [
        {
          key: "t.share",
          name: "Anteil",
          description: "Test share",
          unit: "%",
          polarity: "NEUTRAL",
          topic: "Test",
          source: "Test",
          licence: "CC0",
        },
      ]);
    } finally {
      await db.close();
    }
    writeFileSync(
      join(dir, "bad.manifest.json"),
      JSON.stringify({
        kind: "observations",
        areaLevel: "PLANUNGSRAUM",
        areaCodeColumn: "code",
        referenceDate: "2020-12-31",
        columns: [{ column: "share", indicator: "t.share" }],
      }),
    );
    writeFileSync(
      join(dir, "bad.csv"),
      ["code,share", "01100101,12.5", "01100102,zwölf", "01100101,13", "01100199,1", "01100103,4"].join("\n"),
    );
  }, 120_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("rejects a malformed CSV with file:line: messages and exit code 1, and writes nothing", async () => {
    const bad = join(dir, "bad.csv");
    const rejected = await cli(["import", bad], env);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr.split("\n").filter(Boolean)).toEqual([
      `${bad}:3: share: value "zwölf" is not a number`,
      `${bad}:4: code: area 01100101 on 2020-12-31 appears twice: on line 2 and on line 4`,
      `${bad}:5: code: unknown area code 01100199: no PLANUNGSRAUM has this code`,
    ]);
    expect(rejected.stdout).toBe(`${bad}: rejected — 3 problems, nothing written\n`);

    const exported = await cli(
      ["export", "observations", "--indicators", "t.share", "--level", "planungsraum", "--date", "2020-12-31"],
      env,
    );
    expect(exported.stderr).toBe("");
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe(
      [
        "area_code,area_name,t.share",
        "01100101,Planungsraum 01,",
        "01100102,Planungsraum 02,",
        "01100103,Planungsraum 03,",
        "",
      ].join("\n"),
    );
  }, 120_000);
});

describe("runImportCommand on a directory", () => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertIndicators(db, "test", [
      {
        key: "t.count",
        name: "Anzahl",
        description: "Test count",
        unit: "Personen",
        polarity: "NEUTRAL",
        topic: "Test",
        source: "Test",
        licence: "CC0",
      },
    ]);
    dir = mkdtempSync(join(tmpdir(), "sozialatlas-import-dir-"));
    const polygon = (x: number) => ({
      type: "Polygon",
      coordinates: [
        [
          [x, 52],
          [x + 0.1, 52],
          [x + 0.1, 52.1],
          [x, 52],
        ],
      ],
    });
    const collection = (features: Array<Record<string, unknown>>, x: number) =>
      JSON.stringify({
        type: "FeatureCollection",
        features: features.map((properties, i) => ({ type: "Feature", properties, geometry: polygon(x + i) })),
      });
    // Alphabetically the districts come before their city: the command orders by level.
    writeFileSync(
      join(dir, "a-bezirke.geojson"),
      collection(
        [
          { code: "01", name: "Nord", city: "99" },
          { code: "02", name: "Süd", city: "99" },
        ],
        13,
      ),
    );
    writeFileSync(
      join(dir, "a-bezirke.manifest.json"),
      JSON.stringify({
        kind: "areas",
        level: "BEZIRK",
        codeProperty: "code",
        nameProperty: "name",
        parentCodeProperty: "city",
      }),
    );
    writeFileSync(join(dir, "z-stadt.geojson"), collection([{ code: "99", name: "Teststadt" }], 12));
    writeFileSync(
      join(dir, "z-stadt.manifest.json"),
      JSON.stringify({ kind: "areas", level: "STADT", codeProperty: "code", nameProperty: "name" }),
    );
    writeFileSync(join(dir, "einwohner.csv"), "bezirk,einwohner\n01,1200\n02,800\n");
    writeFileSync(
      join(dir, "einwohner.manifest.json"),
      JSON.stringify({
        kind: "observations",
        areaLevel: "BEZIRK",
        areaCodeColumn: "bezirk",
        referenceDate: "2024-12-31",
        columns: [{ column: "einwohner", indicator: "t.count" }],
      }),
    );
    writeFileSync(join(dir, "LIESMICH.txt"), "not data");
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = async (flags: ImportFlags) => {
    let stdout = "";
    let stderr = "";
    const output = {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text), isTTY: false },
    };
    const code = await runImportCommand(db, dir, flags, output);
    return { code, stdout, stderr };
  };

  it("checks the files in a dry run against the areas of the files before them, writing nothing", async () => {
    const { code, stdout, stderr } = await run({ "dry-run": true });
    expect(stderr).toBe("");
    expect(stdout.split("\n")).toEqual([
      `${join(dir, "z-stadt.geojson")}: valid — 1 STADT area, 1 new (dry run, nothing written)`,
      `${join(dir, "a-bezirke.geojson")}: valid — 2 BEZIRK areas, 2 new (dry run, nothing written)`,
      `${join(dir, "einwohner.csv")}: valid — 2 values of 1 indicator for 2 BEZIRK on 2024-12-31 (dry run, nothing written)`,
      "3 files: 3 valid, 0 rejected",
      "",
    ]);
    expect(code).toBe(0);
    expect(await db.prisma.area.count()).toBe(0);
    expect(await db.prisma.dataImport.count()).toBe(0);
  });

  it("imports the city, then its districts, then the values, each file on its own", async () => {
    const { code, stdout, stderr } = await run({});
    expect(code).toBe(0);
    expect(stdout.split("\n")).toEqual([
      `${join(dir, "z-stadt.geojson")}: created 1, updated 0, unchanged 0 (1 STADT area, 1 new)`,
      `${join(dir, "a-bezirke.geojson")}: created 2, updated 0, unchanged 0 (2 BEZIRK areas, 2 new)`,
      `${join(dir, "einwohner.csv")}: created 2, updated 0, unchanged 0 (2 values of 1 indicator for 2 BEZIRK on 2024-12-31)`,
      "3 files: 3 imported, 0 rejected",
      "",
    ]);
    // Not a terminal: no percentages, only the final line per file.
    expect(stderr).toContain(`${join(dir, "einwohner.csv")}: 100% (2 of 2 values)\n`);
    expect(await db.prisma.dataImport.count()).toBe(3);
  });

  it("reports a rejected file among accepted ones and exits with 1", async () => {
    writeFileSync(join(dir, "einwohner.csv"), "bezirk,einwohner\n01,1200\n03,800\n");
    const { code, stdout, stderr } = await run({});
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${join(dir, "einwohner.csv")}:3: bezirk: unknown area code 03: no BEZIRK has this code\n`,
    );
    expect(stdout).toContain(`${join(dir, "einwohner.csv")}: rejected — 1 problem, nothing written\n`);
    expect(stdout).toContain("3 files: 2 imported, 1 rejected\n");
  });
});
