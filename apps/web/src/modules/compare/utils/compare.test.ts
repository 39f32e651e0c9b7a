import { afterEach, describe, expect, it } from "vitest";
import { indicators, observation } from "../../../test/profile.ts";
import { distributionOf } from "../../profile/utils/distribution.ts";
import { buildCompareRows, compareCsv, extremes } from "./compareRows.ts";
import {
  addCode,
  comparePath,
  maxCompareAreas,
  parseCompareCodes,
  readStoredCodes,
  removeCode,
  writeStoredCodes,
} from "./compareSet.ts";

afterEach(() => sessionStorage.clear());

describe("the compare set", () => {
  it("reads codes from the URL: trimmed, each once, in order", () => {
    expect(parseCompareCodes(" 01100101,01100102,,01100101 , 02 ")).toEqual(["01100101", "01100102", "02"]);
    expect(parseCompareCodes(null)).toEqual([]);
  });

  it("builds readable URLs", () => {
    expect(comparePath(["01100101", "01100102"])).toBe("/vergleich?gebiete=01100101,01100102");
    expect(comparePath([])).toBe("/vergleich");
  });

  it("adds up to six areas and says why it does not add more", () => {
    const six = ["1", "2", "3", "4", "5", "6"];
    expect(addCode(["1"], "2")).toEqual({ codes: ["1", "2"], result: "added" });
    expect(addCode(["1", "2"], "2")).toEqual({ codes: ["1", "2"], result: "present" });
    expect(addCode(six, "7")).toEqual({ codes: six, result: "full" });
    expect(maxCompareAreas).toBe(6);
    expect(removeCode(["1", "2", "3"], "2")).toEqual(["1", "3"]);
  });

  it("is remembered for the browser tab, at most six codes", () => {
    writeStoredCodes(["01", "02"]);
    expect(sessionStorage.getItem("sozialatlas.compare")).toBe("01,02");
    expect(readStoredCodes()).toEqual(["01", "02"]);
    // The same array while nothing changed (React's external store needs stable snapshots).
    expect(readStoredCodes()).toBe(readStoredCodes());
    sessionStorage.setItem("sozialatlas.compare", "1,2,3,4,5,6,7");
    expect(readStoredCodes()).toEqual(["1", "2", "3", "4", "5", "6"]);
  });
});

describe("the comparison rows", () => {
  const areas = [
    { code: "01100101", name: "Stülerstraße", level: "PLANUNGSRAUM" as const },
    { code: "01100102", name: "Großer Tiergarten", level: "PLANUNGSRAUM" as const },
    { code: "02500835", name: "Stralauer Kiez", level: "PLANUNGSRAUM" as const },
  ];
  const at = (code: string, o: ReturnType<typeof observation>) => ({ ...o, area: { code } });
  const observations = [
    at("01100101", observation(indicators.s4, 19.39799)),
    at("01100102", observation(indicators.s4, 3.1)),
    at(
      "02500835",
      observation(indicators.s4, null, {
        disclosure: { status: "SUPPRESSED", reasonText: "Geheimhaltung: weniger als 3 Fälle" },
      }),
    ),
    at("01100101", observation(indicators.s1, 4.2)),
    at("01100102", observation(indicators.s1, 4.2)),
    at("01100101", observation(indicators.s1, 7.7, { date: "2018-12-31" })),
  ];
  const povertyDistribution = distributionOf([3.1, 19.39799, 20.5, 31.2, 44]);
  if (!povertyDistribution) throw new Error("distribution expected");
  const distributions = new Map([["PLANUNGSRAUM" as const, new Map([["mss2021.s4", povertyDistribution]])]]);

  it("has one row per indicator at the Stichtag with highest and lowest marked, and the median of the level", () => {
    const rows = buildCompareRows(areas, observations, "2020-12-31", distributions);
    expect(rows.map((row) => row.indicator.key)).toEqual(["mss2021.s4", "mss2021.s1"]);
    const poverty = rows[0];
    expect(poverty?.cells.map((cell) => cell.kind)).toEqual(["value", "value", "protected"]);
    expect([poverty?.high, poverty?.low]).toEqual([0, 1]);
    expect(poverty?.medians).toEqual([20.5]);
    // Equal values: neither is the highest.
    expect([rows[1]?.high, rows[1]?.low]).toEqual([null, null]);
    expect(rows[1]?.cells[2]).toEqual({ kind: "noData" });
  });

  it("marks nothing with fewer than two values", () => {
    expect(extremes([{ kind: "value", value: 1, rounded: false }, { kind: "noData" }])).toEqual({
      high: null,
      low: null,
    });
  });

  it("writes the CSV with values at full precision and a note where there is none", () => {
    const rows = buildCompareRows(areas, observations, "2020-12-31", distributions);
    const csv = compareCsv(
      areas,
      rows,
      "2020-12-31",
      new Map([["mss2021.s4", { kind: "countsMissing" as const }]]),
      {
        indicatorKey: "key",
        indicator: "indicator",
        topic: "topic",
        unit: "unit",
        referenceDate: "date",
        note: (area) => `${area.code} note`,
        median: (level) => `median ${level}`,
        city: "Berlin",
        rounded: "rounded",
      },
      (state) => state.kind,
    );
    expect(csv.header).toEqual([
      "key",
      "indicator",
      "topic",
      "unit",
      "date",
      "Stülerstraße (01100101)",
      "01100101 note",
      "Großer Tiergarten (01100102)",
      "01100102 note",
      "Stralauer Kiez (02500835)",
      "02500835 note",
      "median PLANUNGSRAUM",
      "Berlin",
    ]);
    expect(csv.rows[0]).toEqual([
      "mss2021.s4",
      "Kinderarmut",
      "Armut",
      "%",
      "2020-12-31",
      19.39799,
      null,
      3.1,
      null,
      null,
      "protected",
      20.5,
      "countsMissing",
    ]);
  });
});
