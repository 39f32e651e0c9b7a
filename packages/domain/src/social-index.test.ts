import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.ts";
import { mssCellToValue } from "./indicator.ts";
import {
  classChanges,
  classifyDynamics,
  classifyStatus,
  combinedCode,
  computeIndex,
  exclusionReasonText,
  type IndexDefinition,
  type IndexRun,
  indexDefinitionSchema,
  indexInputFromRows,
  methodSheet,
  mss2021Definition,
  publishedStatusThresholds,
} from "./social-index.ts";
import { mean, populationStdDev } from "./statistics.ts";

/** A small definition: three status indicators a, b, c and one dynamics indicator d. */
const small = indexDefinitionSchema.parse({
  key: "test",
  name: "Test",
  status: {
    indicators: [
      { indicatorKey: "a", polarity: "HIGHER_IS_WORSE" },
      { indicatorKey: "b", polarity: "HIGHER_IS_BETTER" },
      { indicatorKey: "c", polarity: "HIGHER_IS_WORSE" },
    ],
  },
  dynamics: { indicators: [{ indicatorKey: "d", polarity: "HIGHER_IS_WORSE" }] },
});

const codes = ["A1", "A2", "A3", "A4"];
const fourAreas = {
  areaCodes: codes,
  population: [1000, 1000, 1000, 1000],
  values: { a: [1, 2, 3, 4], b: [4, 3, 2, 1], c: [0, 0, 0, 4], d: [0, 1, 1, 2] },
};

const byCode = (run: IndexRun, code: string) => {
  const area = run.areas.find((candidate) => candidate.areaCode === code);
  if (!area) throw new Error(`no area ${code}`);
  return area;
};

describe("classification of the unrounded index", () => {
  it("puts every status boundary where the MSS puts it", () => {
    const t = publishedStatusThresholds;
    const cases: Array<[number, number]> = [
      [-1.000001, 1],
      [-1, 2],
      [0, 2],
      [1, 2],
      [1.000001, 3],
      [1.5, 3],
      [1.500001, 4],
    ];
    for (const [x, expected] of cases) expect(classifyStatus(x, t), String(x)).toBe(expected);
    expect(classifyStatus(null)).toBeNull();
    expect(classifyStatus(Number.NaN)).toBeNull();
  });

  it("puts every dynamics boundary where the MSS puts it", () => {
    expect(classifyDynamics(-1.000001)).toBe("positiv");
    expect(classifyDynamics(-1)).toBe("stabil");
    expect(classifyDynamics(1)).toBe("stabil");
    expect(classifyDynamics(1.000001)).toBe("negativ");
    expect(classifyDynamics(null)).toBeNull();
  });

  it("uses configured thresholds", () => {
    const thresholds = { highBelow: -0.5, middleUpTo: 0.5, lowUpTo: 2 };
    expect(classifyStatus(-0.6, thresholds)).toBe(1);
    expect(classifyStatus(0.6, thresholds)).toBe(3);
    expect(classifyStatus(2.1, thresholds)).toBe(4);
    expect(classifyDynamics(0.6, { positiveBelow: -0.5, stableUpTo: 0.5 })).toBe("negativ");
  });

  it("writes the combined code as status number and dynamics sign", () => {
    expect(combinedCode(2, "negativ")).toBe("2-");
    expect(combinedCode(1, "positiv")).toBe("1+");
    expect(combinedCode(4, "stabil")).toBe("4+/-");
    expect(combinedCode(null, "stabil")).toBeNull();
    expect(combinedCode(3, null)).toBeNull();
  });
});

describe("index definitions", () => {
  it("fills in the published defaults", () => {
    expect(small.status.thresholds).toEqual({ highBelow: -1, middleUpTo: 1, lowUpTo: 1.5 });
    expect(small.dynamics?.thresholds).toEqual({ positiveBelow: -1, stableUpTo: 1 });
    expect(small.status.indicators.map((indicator) => indicator.weight)).toEqual([1, 1, 1]);
    expect(small.minPopulation).toBe(300);
    expect(small.standardisation).toBe("sameDate");
    expect(small.excludedAreaCodes).toEqual([]);
  });

  it("accepts the MSS 2021 definition unchanged", () => {
    expect(indexDefinitionSchema.parse(mss2021Definition)).toEqual(mss2021Definition);
    expect(mss2021Definition.status.indicators.map((indicator) => indicator.indicatorKey)).toEqual([
      "mss2021.s1",
      "mss2021.s3",
      "mss2021.s4",
    ]);
    expect(mss2021Definition.dynamics?.indicators.map((indicator) => indicator.indicatorKey)).toEqual([
      "mss2021.d1",
      "mss2021.d3",
      "mss2021.d4",
    ]);
  });

  it("rejects duplicate indicators, zero weights, unordered thresholds and bad base dates", () => {
    const base = { key: "x", name: "X", status: { indicators: [{ indicatorKey: "a", polarity: "HIGHER_IS_WORSE" }] } };
    expect(indexDefinitionSchema.safeParse(base).success).toBe(true);
    const variants = [
      { ...base, status: { indicators: [...base.status.indicators, ...base.status.indicators] } },
      { ...base, status: { indicators: [{ indicatorKey: "a", weight: 0, polarity: "HIGHER_IS_WORSE" }] } },
      { ...base, status: { ...base.status, thresholds: { highBelow: 1, middleUpTo: -1, lowUpTo: 1.5 } } },
      { ...base, standardisation: { baseDate: "2020-02-30" } },
      { ...base, status: { indicators: [] } },
      { ...base, status: { indicators: [{ indicatorKey: "a", polarity: "NEUTRAL" }] } },
    ];
    for (const variant of variants) expect(indexDefinitionSchema.safeParse(variant).success).toBe(false);
  });
});

describe("computeIndex, worked example", () => {
  // a: mean 2.5, SD √1.25 → z = ∓1.341641, ∓0.447214.
  // b is a reversed and HIGHER_IS_BETTER, so its flipped z-values equal those of a.
  // c: mean 1, SD √3 → z = −1/√3 (three times), 3/√3 = √3.
  // Statussumme = 2·z(a) + z(c); its mean is 0 and its SD √(Σ s² / 4).
  const za = [-3, -1, 1, 3].map((x) => x / (2 * Math.sqrt(1.25)));
  const zc = [-1, -1, -1, 3].map((x) => x / Math.sqrt(3));
  const sums = za.map((z, i) => 2 * z + (zc[i] as number));
  const sdOfSums = Math.sqrt(sums.reduce((total, s) => total + s * s, 0) / 4);

  it("adds flipped, standardised values and standardises the sum again", () => {
    const run = computeIndex(small, fourAreas);
    expect(run.validCount).toBe(4);
    run.areas.forEach((area, i) => {
      expect(area.statusSum).toBeCloseTo(sums[i] as number, 12);
      expect(area.statusIndex).toBeCloseTo((sums[i] as number) / sdOfSums, 12);
    });
    // by hand: −1.14578, −0.51718, 0.11142, 1.55154
    expect(run.areas.map((area) => area.statusIndex?.toFixed(5))).toEqual([
      "-1.14578",
      "-0.51718",
      "0.11142",
      "1.55154",
    ]);
    expect(run.areas.map((area) => area.statusClass)).toEqual([1, 2, 2, 4]);
    // d: mean 1, SD √0.5 → index ∓1.414214, 0, 0
    expect(run.areas.map((area) => area.dynamicsIndex)).toEqual([
      expect.closeTo(-Math.SQRT2, 12),
      0,
      0,
      expect.closeTo(Math.SQRT2, 12),
    ]);
    expect(run.areas.map((area) => area.combinedCode)).toEqual(["1+", "2+/-", "2+/-", "4-"]);
    expect(run.areas.map((area) => area.rank)).toEqual([4, 3, 2, 1]);
    expect(run.statistics.indicators.a).toEqual({ mean: 2.5, sd: Math.sqrt(1.25) });
    expect(run.statistics.statusSum.sd).toBeCloseTo(sdOfSums, 12);
  });

  it("classifies an index exactly on −1 and 1 as mittel and stabil", () => {
    // Two areas: z = −1 and 1 exactly, for the indicator and again for the sum.
    const definition = indexDefinitionSchema.parse({
      key: "two",
      name: "Two",
      status: { indicators: [{ indicatorKey: "a", polarity: "HIGHER_IS_WORSE" }] },
      dynamics: { indicators: [{ indicatorKey: "d", polarity: "HIGHER_IS_WORSE" }] },
    });
    const run = computeIndex(definition, {
      areaCodes: ["X", "Y"],
      population: [500, 500],
      values: { a: [0, 1], d: [3, 5] },
    });
    expect(run.areas.map((area) => area.statusIndex)).toEqual([-1, 1]);
    expect(run.areas.map((area) => area.statusClass)).toEqual([2, 2]);
    expect(run.areas.map((area) => area.dynamicsClass)).toEqual(["stabil", "stabil"]);
    expect(run.areas.map((area) => area.combinedCode)).toEqual(["2+/-", "2+/-"]);
  });

  it("multiplies z-values by their weight before adding", () => {
    // Weight 2 on a equals a counted twice.
    const weighted = indexDefinitionSchema.parse({
      key: "weighted",
      name: "Weighted",
      status: {
        indicators: [
          { indicatorKey: "a", weight: 2, polarity: "HIGHER_IS_WORSE" },
          { indicatorKey: "c", polarity: "HIGHER_IS_WORSE" },
        ],
      },
    });
    const run = computeIndex(weighted, fourAreas);
    const reference = computeIndex(small, fourAreas);
    run.areas.forEach((area, i) => {
      expect(area.statusSum).toBeCloseTo(reference.areas[i]?.statusSum ?? Number.NaN, 12);
      expect(area.statusIndex).toBeCloseTo(reference.areas[i]?.statusIndex ?? Number.NaN, 12);
    });
    // No dynamics part: no dynamics class, no combined code, but a status class.
    expect(run.areas[0]).toMatchObject({
      dynamicsIndex: null,
      dynamicsClass: null,
      combinedCode: null,
      statusClass: 1,
    });
  });

  it("turns the index around when the polarity says higher is better", () => {
    const definition = (polarity: "HIGHER_IS_WORSE" | "HIGHER_IS_BETTER") =>
      indexDefinitionSchema.parse({
        key: "p",
        name: "P",
        status: { indicators: [{ indicatorKey: "c", polarity }] },
      });
    const worse = computeIndex(definition("HIGHER_IS_WORSE"), fourAreas);
    const better = computeIndex(definition("HIGHER_IS_BETTER"), fourAreas);
    expect(worse.areas.map((area) => area.statusClass)).toEqual([2, 2, 2, 4]);
    expect(better.areas.map((area) => area.statusClass)).toEqual([2, 2, 2, 1]);
    expect(better.areas[3]?.statusIndex).toBeCloseTo(-Math.sqrt(3), 12);
    expect(better.areas.map((area) => area.rank)).toEqual([1, 1, 1, 4]);
  });

  it("excludes areas with a reason and leaves them out of mean and SD", () => {
    const definition = { ...small, excludedAreaCodes: ["OUT"] };
    const run = computeIndex(
      definition,
      indexInputFromRows(
        [
          { areaCode: "A1", population: 1000, values: { a: 1, b: 4, c: 0, d: 0 } },
          { areaCode: "A2", population: 1000, values: { a: 2, b: 3, c: 0, d: 1 } },
          { areaCode: "A3", population: 300, values: { a: 3, b: 2, c: 0, d: 1 } },
          { areaCode: "A4", population: 1000, values: { a: 4, b: 1, c: 4, d: 2 } },
          { areaCode: "OUT", population: 5000, values: { a: 99, b: 0, c: 99, d: 99 } },
          { areaCode: "SMALL", population: 299, values: { a: 99, b: 0, c: 99, d: 99 } },
          { areaCode: "NOPOP", population: null, values: { a: 99, b: 0, c: 99, d: 99 } },
          { areaCode: "NODYN", population: 1000, values: { a: 99, b: 0, c: 99, d: null } },
        ],
        ["a", "b", "c", "d"],
      ),
    );
    expect(run.validCount).toBe(4);
    expect(run.excludedCount).toBe(4);
    expect(run.areas.map((area) => area.excludedReason)).toEqual([
      null,
      null,
      null,
      null,
      "excluded-by-definition",
      "population-below-minimum",
      "population-missing",
      "indicator-missing",
    ]);
    // The valid four give the same result as the worked example: excluded areas do not count.
    const reference = computeIndex(small, fourAreas);
    run.areas.slice(0, 4).forEach((area, i) => {
      expect(area.statusIndex).toBeCloseTo(reference.areas[i]?.statusIndex ?? Number.NaN, 12);
    });
    expect(byCode(run, "SMALL")).toEqual({
      areaCode: "SMALL",
      statusSum: null,
      statusIndex: null,
      statusClass: null,
      dynamicsSum: null,
      dynamicsIndex: null,
      dynamicsClass: null,
      combinedCode: null,
      excludedReason: "population-below-minimum",
      rank: null,
    });
    expect(exclusionReasonText("population-below-minimum", definition)).toBe(
      "ohne Zuordnung: weniger als 300 Einwohner/innen",
    );
    expect(exclusionReasonText("indicator-missing", definition, "en")).toMatch(/^not classified/);
  });

  it("gives a constant indicator z = 0 instead of dividing by zero", () => {
    const definition = indexDefinitionSchema.parse({
      key: "flat",
      name: "Flat",
      status: { indicators: [{ indicatorKey: "a", polarity: "HIGHER_IS_WORSE" }] },
    });
    const run = computeIndex(definition, { areaCodes: ["X", "Y"], population: [400, 400], values: { a: [5, 5] } });
    expect(run.areas.map((area) => area.statusIndex)).toEqual([0, 0]);
    expect(run.areas.map((area) => area.statusClass)).toEqual([2, 2]);
  });

  it("standardises on a fixed base date with the base run's statistics", () => {
    const based: IndexDefinition = { ...small, standardisation: { baseDate: "2020-12-31" } };
    const baseRun = computeIndex(small, fourAreas);
    expect(() => computeIndex(based, fourAreas)).toThrow(/baseStatistics/);
    // Same data on the base: same result.
    const same = computeIndex(based, { ...fourAreas, baseStatistics: baseRun.statistics });
    same.areas.forEach((area, i) => {
      expect(area.statusIndex).toBeCloseTo(baseRun.areas[i]?.statusIndex ?? Number.NaN, 12);
    });
    // Every area worse by one SD of a on a: the sums move by 1/SD(sum) on the base scale.
    const later = computeIndex(based, {
      ...fourAreas,
      values: { ...fourAreas.values, a: fourAreas.values.a.map((x) => x + Math.sqrt(1.25)) },
      baseStatistics: baseRun.statistics,
    });
    later.areas.forEach((area, i) => {
      const shift = 1 / baseRun.statistics.statusSum.sd;
      expect(area.statusIndex).toBeCloseTo((baseRun.areas[i]?.statusIndex ?? Number.NaN) + shift, 12);
    });
  });

  it("rejects input whose columns do not match the areas", () => {
    expect(() => computeIndex(small, { ...fourAreas, population: [1, 2] })).toThrow(/populations/);
    expect(() => computeIndex(small, { ...fourAreas, values: { a: [1, 2, 3, 4] } })).toThrow(/no values for/);
    expect(() => computeIndex(small, { ...fourAreas, values: { ...fourAreas.values, d: [1] } })).toThrow(/1 values/);
  });
});

describe("class changes between runs", () => {
  it("lists areas whose status or dynamics class changed, including ones that fell out", () => {
    const before = computeIndex(small, fourAreas);
    const after = computeIndex(small, {
      ...fourAreas,
      population: [1000, 1000, 1000, 100],
      values: { ...fourAreas.values, d: [2, 1, 1, 0] },
    });
    const changes = classChanges(before, after);
    // A3 moves too: without A4 the remaining three are standardised anew (index √1.5 ≈ 1.22).
    expect(changes.map((change) => change.areaCode)).toEqual(["A1", "A3", "A4"]);
    expect(changes[0]).toMatchObject({
      previousDynamicsClass: "positiv",
      currentDynamicsClass: "negativ",
      dynamicsChanged: true,
    });
    expect(changes[1]).toMatchObject({ previousStatusClass: 2, currentStatusClass: 3, statusChanged: true });
    expect(changes[2]).toMatchObject({ previousStatusClass: 4, currentStatusClass: null, statusChanged: true });
    expect(classChanges(before, before)).toEqual([]);
  });
});

describe("method sheet", () => {
  it("describes the MSS 2021 method in German", () => {
    const text = methodSheet(mss2021Definition, "de");
    expect(text).toContain("Monitoring Soziale Stadtentwicklung 2021");
    expect(text).toContain("mindestens 300 Einwohner/innen");
    expect(text).toContain("Division durch n");
    expect(text).toContain("1 hoch: Index < -1");
    expect(text).toContain("3 niedrig: 1 < Index ≤ 1,5");
    expect(text).toContain("negativ (-): Index > 1");
    expect(text).toContain("mss2021.s4 (Gewicht 1; höherer Wert = mehr Benachteiligung)");
  });

  it("describes it in English and names a fixed base date", () => {
    const text = methodSheet({ ...mss2021Definition, standardisation: { baseDate: "2020-12-31" } }, "en");
    expect(text).toContain("base date 2020-12-31");
    expect(text).toContain("3 low: 1 < index ≤ 1.5");
    expect(text).toContain("population standard deviation (divided by n)");
  });
});

describe("MSS 2021, the real Berlin data", () => {
  const table = parseCsv(
    readFileSync(new URL("../../../data/berlin/mss-2021/mss_2021_index_indikatoren.csv", import.meta.url), "utf8"),
  );
  const statusColumns = ["S1", "S3", "S4"] as const;
  const dynamicsColumns = ["D1", "D3", "D4"] as const;
  const columns = [...statusColumns, ...dynamicsColumns];
  const rows = table.rows.map(({ values }) => {
    const kom = values.KOM ?? "";
    const population = values.EW ? Number(values.EW) : null;
    const indicatorValues: Record<string, number | null> = {};
    for (const column of columns) {
      indicatorValues[`mss2021.${column.toLowerCase()}`] = mssCellToValue(values[column] ?? "", kom).value;
    }
    return { areaCode: values.PLR_ID ?? "", population, values: indicatorValues, kom, raw: values };
  });
  const input = indexInputFromRows(
    rows,
    columns.map((column) => `mss2021.${column.toLowerCase()}`),
  );
  const run = computeIndex(mss2021Definition, input);

  it("classifies exactly the 536 valid PLRs and names why the other 6 are left out", () => {
    expect(rows).toHaveLength(542);
    expect(run.validCount).toBe(536);
    expect(run.excludedCount).toBe(6);
    const valid = new Set(rows.filter((row) => row.kom === "gültig").map((row) => row.areaCode));
    for (const area of run.areas) expect(area.excludedReason === null, area.areaCode).toBe(valid.has(area.areaCode));
    const excluded = run.areas
      .filter((area) => area.excludedReason !== null)
      .map((area) => [area.areaCode, area.excludedReason]);
    expect(excluded).toEqual([
      ["03300515", "population-below-minimum"],
      ["03400831", "population-missing"],
      ["04400725", "population-below-minimum"],
      ["05300838", "population-below-minimum"],
      ["06200418", "population-below-minimum"],
      ["10100205", "indicator-missing"],
    ]);
    // Naming the outlier in the definition gives it its proper reason.
    const withOutlier = computeIndex({ ...mss2021Definition, excludedAreaCodes: ["10100205"] }, input);
    expect(withOutlier.areas.find((area) => area.areaCode === "10100205")?.excludedReason).toBe(
      "excluded-by-definition",
    );
  });

  it("gives status and dynamics indices with mean 0 and population SD 1 over the valid areas", () => {
    for (const index of [
      run.areas.flatMap((area) => (area.statusIndex === null ? [] : [area.statusIndex])),
      run.areas.flatMap((area) => (area.dynamicsIndex === null ? [] : [area.dynamicsIndex])),
    ]) {
      expect(index).toHaveLength(536);
      expect(Math.abs(mean(index) ?? Number.NaN)).toBeLessThan(1e-12);
      expect(Math.abs((populationStdDev(index) ?? Number.NaN) - 1)).toBeLessThan(1e-12);
    }
    const ranks = run.areas.flatMap((area) => (area.rank === null ? [] : [area.rank])).sort((a, b) => a - b);
    expect(ranks[0]).toBe(1);
    expect(ranks[535]).toBe(536);
    const classes = run.areas.map((area) => area.statusClass);
    expect(classes.filter((c) => c !== null)).toHaveLength(536);
  });

  it("reproduces the official per-indicator classes except on rounded boundary cases", () => {
    const validRows = rows.filter((row) => row.kom === "gültig");
    const mismatches: Array<{ areaCode: string; column: string; z: number; official: number; recomputed: number }> = [];
    for (const column of columns) {
      const isStatus = (statusColumns as readonly string[]).includes(column);
      const thresholds = isStatus ? [-1, 1, 1.5] : [-1, 1];
      const key = `mss2021.${column.toLowerCase()}`;
      const standardisation = run.statistics.indicators[key];
      if (!standardisation) throw new Error(`no statistics for ${key}`);
      for (const row of validRows) {
        const z = ((row.values[key] ?? Number.NaN) - standardisation.mean) / standardisation.sd;
        const recomputed = isStatus
          ? (classifyStatus(z) ?? 0)
          : ({ positiv: 1, stabil: 2, negativ: 3 } as const)[classifyDynamics(z) ?? "stabil"];
        const official = Number(row.raw[`${column}_SD_GR`]);
        if (recomputed !== official) mismatches.push({ areaCode: row.areaCode, column, z, official, recomputed });
        // every mismatch sits within 0.01 of a threshold
        if (recomputed !== official) {
          expect(
            thresholds.some((threshold) => Math.abs(z - threshold) < 0.01),
            `${row.areaCode} ${column}`,
          ).toBe(true);
        }
      }
    }
    expect(mismatches.length).toBeLessThanOrEqual(MAX_BOUNDARY_MISMATCHES);
    expect(mismatches.map(({ areaCode, column }) => `${areaCode} ${column}`)).toEqual(EXPECTED_BOUNDARY_MISMATCHES);
  });
});

/**
 * Two of 3,216 per-indicator classes differ from the official ones, both within 0.01 of a
 * threshold (the CSV values are rounded to 5 decimals):
 * Karlshorst West D1 z = −0.9957 (official 1, recomputed 2); Biesdorf Süd D3 z = 1.0008
 * (official 2, recomputed 3).
 */
const MAX_BOUNDARY_MISMATCHES = 5;
const EXPECTED_BOUNDARY_MISMATCHES = ["11501339 D1", "10300734 D3"];
