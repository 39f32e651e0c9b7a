import { describe, expect, it } from "vitest";
import { squareGeometry } from "../../../test/fixtures.ts";
import { projectPoints } from "../../atlas/utils/projectPoints.ts";
import {
  defaultGapParams,
  parseGapParams,
  resolveNeed,
  type ScenarioOffer,
  toGapInput,
  withGapParams,
} from "./gapParams.ts";
import {
  bivariateFill,
  bivariatePalette,
  cellCounts,
  type GapRow,
  gapCsvRows,
  noClassFill,
  scenarioChanges,
  sortGapRows,
  type Tercile,
  terciles,
} from "./gapView.ts";
import { mapPointToLonLat } from "./mapPoint.ts";

describe("gap params", () => {
  it("falls back to the defaults and leaves them out of the URL", () => {
    expect(parseGapParams(new URLSearchParams("ebene=STADT&je=7&radius=abc&alter=-1&angebot=x"))).toEqual(
      defaultGapParams,
    );
    expect(withGapParams(new URLSearchParams("andere=1"), defaultGapParams).toString()).toBe("andere=1");
  });

  it("round-trips every setting through the URL", () => {
    const params = {
      ...defaultGapParams,
      level: "BEZIRK" as const,
      supplyMeasure: "PLACES" as const,
      categories: ["Kita", "Familienzentrum"],
      targetGroups: ["Kinder"],
      age: 0,
      populationKey: "ew.u6",
      per: 100 as const,
      need: { kind: "run" as const, id: "run-1" },
      radiusKm: 2.5,
      date: "2022-12-31",
      sort: "rate" as const,
      direction: "desc" as const,
    };
    const search = withGapParams(new URLSearchParams(), params);
    expect(search.toString()).toBe(
      "ebene=BEZIRK&angebot=plaetze&kategorie=Kita&kategorie=Familienzentrum&zielgruppe=Kinder&alter=0&bevoelkerung=ew.u6&je=100&bedarf=lauf%3Arun-1&radius=2.5&stichtag=2022-12-31&sortierung=rate&richtung=ab",
    );
    expect(parseGapParams(search)).toEqual(params);
  });

  it("keeps the radius within 0–5 km in steps of 100 m", () => {
    expect(parseGapParams(new URLSearchParams("radius=12")).radiusKm).toBe(5);
    expect(parseGapParams(new URLSearchParams("radius=-3")).radiusKm).toBe(0);
    expect(parseGapParams(new URLSearchParams("radius=1.26")).radiusKm).toBe(1.3);
  });

  it("uses the newest run of the level, else mss2021.s4, unless the URL names a source", () => {
    const choices = {
      runs: [
        { id: "bezirk-2022", level: "BEZIRK" as const, referenceDate: "2022-12-31" },
        { id: "plr-2022", level: "PLANUNGSRAUM" as const, referenceDate: "2022-12-31" },
        { id: "plr-2020", level: "PLANUNGSRAUM" as const, referenceDate: "2020-12-31" },
      ],
      indicatorKeys: ["ew", "mss2021.s4"],
    };
    expect(resolveNeed(defaultGapParams, choices)).toEqual({ kind: "run", id: "plr-2022" });
    expect(resolveNeed({ ...defaultGapParams, level: "BEZIRKSREGION" }, choices)).toEqual({
      kind: "indicator",
      key: "mss2021.s4",
    });
    expect(resolveNeed({ ...defaultGapParams, level: "BEZIRKSREGION" }, { runs: [], indicatorKeys: ["ew"] })).toBe(
      null,
    );
    const own = { kind: "indicator" as const, key: "mss2021.s1" };
    expect(resolveNeed({ ...defaultGapParams, need: own }, choices)).toBe(own);
  });

  it("builds the API input, with the scenario's offers only when there are any", () => {
    const params = { ...defaultGapParams, categories: ["Kita"], age: 3 };
    expect(toGapInput(params, { kind: "indicator", key: "mss2021.s4" })).toEqual({
      level: "PLANUNGSRAUM",
      supplyMeasure: "OFFERS",
      populationIndicatorKey: "ew",
      per: 10000,
      radiusKm: 1,
      categories: ["Kita"],
      age: 3,
      needIndicatorKey: "mss2021.s4",
    });
    const scenario: ScenarioOffer[] = [
      { id: "plan-1", label: "Neue Kita", latitude: 52.5, longitude: 13.4, places: 60 },
    ];
    expect(toGapInput(defaultGapParams, { kind: "run", id: "r" }, scenario)).toMatchObject({
      needIndexRunId: "r",
      hypotheticalOffers: [{ label: "Neue Kita", latitude: 52.5, longitude: 13.4, places: 60 }],
    });
    expect(toGapInput(defaultGapParams, null)).not.toHaveProperty("needIndicatorKey");
  });
});

// Colour vision deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1) in linear RGB.
const deficiencies: Record<string, readonly (readonly number[])[]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const linear = (hex: string) =>
  [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
function lab([r = 0, g = 0, b = 0]: number[]): [number, number, number] {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const simulate = (hex: string, matrix: readonly (readonly number[])[]) => {
  const rgb = linear(hex);
  return matrix.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((sum, weight, index) => sum + weight * (rgb[index] ?? 0), 0),
      ),
    ),
  );
};
const luminance = (hex: string) => {
  const [r = 0, g = 0, b = 0] = linear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe("bivariate palette", () => {
  const colours = terciles.flatMap((need) => terciles.map((supply) => bivariatePalette[need][supply]));

  it("keeps the nine classes apart for normal vision and the three colour vision deficiencies", () => {
    for (const [name, matrix] of Object.entries(deficiencies)) {
      let closest = Number.POSITIVE_INFINITY;
      for (let i = 0; i < colours.length; i++) {
        for (let j = i + 1; j < colours.length; j++) {
          const a = lab(simulate(colours[i] ?? "", matrix));
          const b = lab(simulate(colours[j] ?? "", matrix));
          closest = Math.min(closest, Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]));
        }
      }
      // ΔE*ab 15 is far above the just noticeable difference (~2.3).
      expect(closest, name).toBeGreaterThan(15);
    }
  });

  it("gets darker with need and with supply, so lightness alone tells the corners apart", () => {
    for (const t of terciles) {
      const rising = (pick: (step: Tercile) => string) =>
        luminance(pick(1)) > luminance(pick(2)) && luminance(pick(2)) > luminance(pick(3));
      expect(rising((need) => bivariatePalette[need][t])).toBe(true);
      expect(rising((supply) => bivariatePalette[t][supply])).toBe(true);
    }
    // The gap corner stands out from the white page (non-text contrast ≥ 2.5:1) …
    expect(1.05 / (luminance(bivariatePalette[3][1]) + 0.05)).toBeGreaterThan(2.5);
    // … and areas without classes are hatched, not coloured.
    expect(bivariateFill(3, null)).toBe(noClassFill);
    expect(bivariateFill(3, 1)).toBe("#f3742d");
  });
});

function row(code: string, fields: Partial<GapRow> = {}): GapRow {
  return {
    code,
    name: `Gebiet ${code}`,
    rank: null,
    targetPopulation: 1000,
    supply: 1,
    supplyRate: 10,
    offersInReach: 1,
    need: 5,
    needClass: 2,
    supplyClass: 2,
    gapScore: 0,
    fill: bivariateFill(2, 2),
    findings: [],
    ...fields,
  };
}

describe("gap rows", () => {
  const rows = [
    row("A", { rank: 2, supplyRate: 5, name: "Äpfelweg" }),
    row("B", { rank: 1, supplyRate: 1, name: "Birkenweg" }),
    row("C", { rank: null, supplyRate: null, name: "Achterweg", needClass: null }),
  ];

  it("sorts by any column with missing values last in either direction", () => {
    expect(sortGapRows(rows, "rank", "asc", "de").map((r) => r.code)).toEqual(["B", "A", "C"]);
    expect(sortGapRows(rows, "rank", "desc", "de").map((r) => r.code)).toEqual(["A", "B", "C"]);
    expect(sortGapRows(rows, "rate", "desc", "de").map((r) => r.code)).toEqual(["A", "B", "C"]);
    expect(sortGapRows(rows, "name", "asc", "de").map((r) => r.code)).toEqual(["C", "A", "B"]);
  });

  it("counts areas per cell of the legend", () => {
    const { cells, unclassed } = cellCounts(rows);
    expect(cells.get("2-2")).toBe(2);
    expect(unclassed).toBe(1);
  });

  it("lists the areas a scenario changes, largest rise of the supply rate first", () => {
    const before = [row("A", { rank: 1, supplyRate: 2 }), row("B", { rank: 2 }), row("C", { rank: 3 })];
    const after = [
      row("A", { rank: 3, supplyRate: 12, supply: 2, offersInReach: 2 }),
      row("B", { rank: 1 }),
      row("C", { rank: 2, supplyRate: 30, supply: 3, offersInReach: 2 }),
    ];
    expect(scenarioChanges(before, after)).toEqual([
      {
        code: "C",
        name: "Gebiet C",
        rateBefore: 10,
        rateAfter: 30,
        rankBefore: 3,
        rankAfter: 2,
        offersBefore: 1,
        offersAfter: 2,
      },
      {
        code: "A",
        name: "Gebiet A",
        rateBefore: 2,
        rateAfter: 12,
        rankBefore: 1,
        rankAfter: 3,
        offersBefore: 1,
        offersAfter: 2,
      },
    ]);
  });

  it("writes CSV cells at full precision with findings as text", () => {
    const finding = {
      __typename: "ConferenceFinding" as const,
      id: "f",
      kind: "NEED" as const,
      categoryLabel: "Kinderbetreuung",
      description: "Mehr Kitaplätze",
      conference: { __typename: "Conference" as const, id: "c", title: "SRK Nord", date: "2025-01-31" },
    };
    expect(
      gapCsvRows([row("A", { rank: 1, supplyRate: 1 / 3, findings: [finding, finding] })], () => "Bedarf"),
    ).toEqual([
      [
        1,
        "A",
        "Gebiet A",
        1000,
        1,
        1 / 3,
        1,
        5,
        2,
        2,
        0,
        "Bedarf: Mehr Kitaplätze (SRK Nord, 2025-01-31) | Bedarf: Mehr Kitaplätze (SRK Nord, 2025-01-31)",
      ],
    ]);
  });
});

describe("map point", () => {
  it("turns a point of the map back into the coordinates it was projected from", () => {
    const areas = [0, 1, 2, 3].map((index) => ({
      code: `A${index}`,
      name: `A${index}`,
      geometry: squareGeometry(index % 2, Math.floor(index / 2), 0.05),
    }));
    const size = { width: 960, height: 800 };
    const [point] = projectPoints([{ lon: 13.3712, lat: 52.5431 }], (p) => [p.lon, p.lat], areas, size);
    if (!point) throw new Error("not on the map");
    expect(mapPointToLonLat(point, areas, size)).toEqual({ longitude: 13.3712, latitude: 52.5431 });
  });
});
