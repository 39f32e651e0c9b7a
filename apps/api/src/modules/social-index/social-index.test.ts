import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "@sozialatlas/domain/csv";
import { computeIndex, indexInputFromRows, mss2021Definition } from "@sozialatlas/domain/social-index";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBerlinLor } from "../../demo/berlin-lor.ts";
import { seedMssIndicators } from "../../demo/indicators.ts";
import { repoRoot } from "../../lib/config.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { upsertAreas } from "../area/area.service.ts";
import { getBuiltInDefinition, indexRunToCsv, runIndex } from "./social-index.service.ts";

describe("the MSS 2021 index on the stored demo data", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, loadBerlinLor());
    await seedMssIndicators(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it("classifies the 536 valid Planungsräume and leaves the 6 invalid ones without class", async () => {
    const { run, names } = await runIndex(db, getBuiltInDefinition("mss-2021"), "PLANUNGSRAUM", "2020-12-31");
    expect(run.areas).toHaveLength(542);
    expect(run.validCount).toBe(536);
    expect(run.excludedCount).toBe(6);
    const csv = indexRunToCsv(run, names).trimEnd().split("\n");
    expect(csv[0]).toBe("area_code,area_name,status_index,status_class,dynamics_index,dynamics_class,combined_code");
    expect(csv.filter((line) => line.endsWith(",,,,,"))).toHaveLength(6);
  });

  it("gives the same result as the engine on the published file, area by area", async () => {
    const file = parseCsv(readFileSync(join(repoRoot, "data/berlin/mss-2021/mss_2021_index_indikatoren.csv"), "utf8"));
    const number = (text: string | undefined) => {
      const value = Number(text);
      return text === undefined || text === "" || value === -9999 ? null : value;
    };
    const keys = ["s1", "s3", "s4", "d1", "d3", "d4"];
    const fromFile = computeIndex(
      mss2021Definition,
      indexInputFromRows(
        file.rows.map(({ values }) => ({
          areaCode: values.PLR_ID ?? "",
          population: number(values.EW),
          values: Object.fromEntries(keys.map((key) => [`mss2021.${key}`, number(values[key.toUpperCase()])])),
        })),
        keys.map((key) => `mss2021.${key}`),
      ),
    );
    const { run } = await runIndex(db, mss2021Definition, "PLANUNGSRAUM", "2020-12-31");
    const byCode = new Map(run.areas.map((area) => [area.areaCode, area]));
    for (const expected of fromFile.areas) {
      const actual = byCode.get(expected.areaCode);
      expect(actual?.combinedCode, expected.areaCode).toBe(expected.combinedCode);
      if (expected.statusIndex !== null) expect(actual?.statusIndex).toBeCloseTo(expected.statusIndex, 9);
    }
  });
});
