import { describe, expect, it } from "vitest";
import { atlasPath, parseAtlasParams, withAtlasParams } from "./atlasParams.ts";
import { type AreaDatum, classify, rankByValue } from "./choropleth.ts";
import { type AtlasIndexDefinition, type AtlasIndicator, parseLayer, resolveLayer, runsAt } from "./layers.ts";
import { rankingRows, sortRanking } from "./ranking.ts";

const value = (code: string, x: number): AreaDatum => ({ code, state: "value", value: x });

describe("atlas URL state", () => {
  it("reads every setting and falls back to defaults for what it does not understand", () => {
    expect(
      parseAtlasParams(
        new URLSearchParams(
          "ebene=BEZIRK&indikator=mss2021.s4&stichtag=2020-12-31&klassen=intervalle&anzahl=7&programme=1&angebote=1&sortierung=wert&richtung=auf",
        ),
      ),
    ).toEqual({
      level: "BEZIRK",
      layer: "mss2021.s4",
      date: "2020-12-31",
      method: "equalIntervals",
      classCount: 7,
      programmes: true,
      offers: true,
      sort: "value",
      direction: "asc",
    });
    expect(
      parseAtlasParams(new URLSearchParams("ebene=STADT&stichtag=31.12.2020&klassen=jenks&anzahl=9&sortierung=wert")),
    ).toEqual({
      level: "PLANUNGSRAUM",
      layer: null,
      date: null,
      method: null,
      classCount: 5,
      programmes: false,
      offers: false,
      sort: "value",
      direction: "desc",
    });
  });

  it("writes only what differs from the defaults and keeps other parameters", () => {
    const search = withAtlasParams(new URLSearchParams("x=1&ebene=BEZIRK"), {
      level: "PLANUNGSRAUM",
      layer: "index:mss-2021:klassen",
      method: "quantiles",
      classCount: 5,
      sort: "name",
      direction: "asc",
    });
    expect(search.toString()).toBe("x=1&indikator=index%3Amss-2021%3Aklassen&klassen=quantile&sortierung=name");
    expect(atlasPath({ level: "BEZIRK", offers: true, sort: "value", direction: "asc" })).toBe(
      "/?ebene=BEZIRK&angebote=1&sortierung=wert&richtung=auf",
    );
    expect(atlasPath()).toBe("/");
  });
});

describe("layers", () => {
  it("names indicators by key and index parts by definition and part", () => {
    expect(parseLayer("mss2021.s4")).toEqual({ kind: "indicator", key: "mss2021.s4" });
    expect(parseLayer("index:mss-2021:dynamik")).toEqual({
      kind: "index",
      definitionKey: "mss-2021",
      part: "dynamics",
    });
    expect(parseLayer("index:mss-2021:unknown")).toBeNull();
    expect(parseLayer("Kinderarmut!")).toBeNull();
  });

  const run = (id: string, level: "PLANUNGSRAUM" | "BEZIRK", referenceDate: string) => ({
    id,
    level,
    referenceDate,
    definitionVersion: 1,
    label: null,
    definition: { id: "d" },
  });
  const definition = {
    id: "d",
    key: "mss-2021",
    name: "MSS 2021",
    version: 1,
    status: { thresholds: { highBelow: -1, middleUpTo: 1, lowUpTo: 1.5 } },
    dynamics: { thresholds: { positiveBelow: -1, stableUpTo: 1 } },
    // Newest first, as the API lists them: a recomputation of 2020 comes before the first one.
    runs: [
      run("2020-b", "PLANUNGSRAUM", "2020-12-31"),
      run("2020-a", "PLANUNGSRAUM", "2020-12-31"),
      run("2018", "PLANUNGSRAUM", "2018-12-31"),
    ],
  } satisfies AtlasIndexDefinition;
  const kinderarmut = {
    id: "i",
    key: "mss2021.s4",
    name: "Kinderarmut",
    topic: "Armut",
    unit: "%",
    polarity: "HIGHER_IS_WORSE",
    decimals: 2,
  } as AtlasIndicator;

  it("takes the newest run per Stichtag of a level", () => {
    expect(runsAt(definition, "PLANUNGSRAUM").map((r) => r.id)).toEqual(["2020-b", "2018"]);
    expect(runsAt(definition, "BEZIRK")).toEqual([]);
  });

  it("defaults to the index classes where the index has runs, to the first indicator elsewhere", () => {
    const catalogue = { indicators: [kinderarmut], definitions: [definition] };
    expect(resolveLayer(null, catalogue, "PLANUNGSRAUM", "de").layer?.param).toBe("index:mss-2021:klassen");
    expect(resolveLayer(null, catalogue, "BEZIRK", "de").layer?.param).toBe("mss2021.s4");
    expect(resolveLayer("mss2021.zz", catalogue, "BEZIRK", "de")).toMatchObject({
      unknown: true,
      layer: { param: "mss2021.s4" },
    });
  });
});

describe("classification", () => {
  const data: AreaDatum[] = [
    value("a", 1),
    value("b", 2),
    value("c", 3),
    value("d", 10),
    { code: "e", state: "suppressed", reason: "Geheimhaltung" },
    { code: "f", state: "missing", reason: null },
  ];

  it("puts values into quantile classes with bounds, counts and colours, dark = more disadvantage", () => {
    const result = classify(data, { method: "quantiles", classCount: 4, polarity: "HIGHER_IS_WORSE" });
    expect(result.classes.map((entry) => [entry.bounds, entry.count, entry.fill])).toEqual([
      [{ from: 1, fromExclusive: false, to: 1 }, 1, "#ffffcc"],
      [{ from: 1, fromExclusive: true, to: 2 }, 1, "#a1dab4"],
      [{ from: 2, fromExclusive: true, to: 3 }, 1, "#41b6c4"],
      [{ from: 3, fromExclusive: true, to: 10 }, 1, "#225ea8"],
    ]);
    expect(result.fills.get("d")).toBe("#225ea8");
    expect(result.fills.get("e")).toBe("url(#atlas-pattern-suppressed)");
    expect(result.special).toEqual({ missing: 1, suppressed: 1, excluded: 0 });
    expect(result.classOf.has("e")).toBe(false);
  });

  it("flips the ramp when a higher value is better, and splits the range evenly for equal intervals", () => {
    const result = classify(data, { method: "equalIntervals", classCount: 3, polarity: "HIGHER_IS_BETTER" });
    expect(result.classes.map((entry) => entry.bounds?.to)).toEqual([4, 7, 10]);
    expect(result.classes.map((entry) => entry.count)).toEqual([3, 0, 1]);
    expect(result.fills.get("a")).toBe("#2c7fb8");
    expect(result.fills.get("d")).toBe("#edf8b1");
  });

  it("uses the index's own classes and thresholds", () => {
    const result = classify(
      [
        { code: "a", state: "value", value: -1.2, category: "HOCH" },
        { code: "b", state: "value", value: 1.7, category: "SEHR_NIEDRIG" },
        { code: "c", state: "excluded", reason: "ohne Zuordnung: weniger als 300 Einwohner/innen" },
      ],
      {
        method: "index",
        classCount: 5,
        polarity: "HIGHER_IS_WORSE",
        scheme: { kind: "status", thresholds: { highBelow: -1, middleUpTo: 1, lowUpTo: 1.5 } },
      },
    );
    expect(result.classes.map((entry) => [entry.key, entry.count, entry.bounds])).toEqual([
      ["HOCH", 1, { to: -1, toExclusive: true }],
      ["MITTEL", 0, { from: -1, to: 1 }],
      ["NIEDRIG", 0, { from: 1, fromExclusive: true, to: 1.5 }],
      ["SEHR_NIEDRIG", 1, { from: 1.5, fromExclusive: true }],
    ]);
    expect(result.fills.get("b")).toBe("#8c2d04");
    expect(result.fills.get("c")).toBe("#a8a8a8");
    expect(result.special.excluded).toBe(1);
  });

  it("ranks the most disadvantaged first; equal values share a rank", () => {
    const tied = [value("a", 5), value("b", 9), value("c", 5), value("d", 1)];
    expect([...rankByValue(tied, "HIGHER_IS_WORSE")]).toEqual([
      ["b", 1],
      ["a", 2],
      ["c", 2],
      ["d", 4],
    ]);
    expect(rankByValue(tied, "HIGHER_IS_BETTER").get("d")).toBe(1);
  });
});

describe("ranking table", () => {
  it("sorts by rank, name or value, with areas without a value last in both directions", () => {
    const data: AreaDatum[] = [
      value("1", 3),
      value("2", 7),
      { code: "3", state: "missing", reason: null },
      value("4", 5),
    ];
    const byCode = new Map(data.map((datum) => [datum.code, datum]));
    const classification = classify(data, { method: "quantiles", classCount: 3, polarity: "HIGHER_IS_WORSE" });
    const rows = rankingRows(
      [
        { code: "1", name: "Zehlendorf" },
        { code: "2", name: "Ährenfeld" },
        { code: "3", name: "Mitte" },
        { code: "4", name: "Buch" },
      ],
      byCode,
      classification,
      rankByValue(data, "HIGHER_IS_WORSE"),
    );
    const names = (key: "rank" | "name" | "value", direction: "asc" | "desc") =>
      sortRanking(rows, key, direction, "de").map((row) => row.name);
    expect(names("rank", "asc")).toEqual(["Ährenfeld", "Buch", "Zehlendorf", "Mitte"]);
    expect(names("value", "asc")).toEqual(["Zehlendorf", "Buch", "Ährenfeld", "Mitte"]);
    expect(names("value", "desc")).toEqual(["Ährenfeld", "Buch", "Zehlendorf", "Mitte"]);
    expect(names("name", "asc")).toEqual(["Ährenfeld", "Buch", "Mitte", "Zehlendorf"]);
    expect(rows.find((row) => row.code === "3")).toMatchObject({ rank: null, value: null, classIndex: null });
  });
});
