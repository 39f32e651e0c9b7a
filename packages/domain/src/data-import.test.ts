import { describe, expect, it } from "vitest";
import type { AreaLevel } from "./area.ts";
import {
  type AreaManifest,
  areaManifestSchema,
  dataImportManifestSchema,
  formatImportProblem,
  type ImportProblem,
  maxKeptProblems,
  type ObservationManifest,
  observationManifestSchema,
  parseDecimal,
  parseImportManifest,
  parseReferenceDate,
  problemLocation,
  validateAreaGeoJson,
  validateObservationCsv,
} from "./data-import.ts";
import { noValueInSourceReason } from "./indicator.ts";

const manifest = (overrides: Record<string, unknown> = {}): ObservationManifest =>
  observationManifestSchema.parse({
    kind: "observations",
    areaLevel: "PLANUNGSRAUM",
    areaCodeColumn: "PLR_ID",
    referenceDate: { column: "ZEIT", format: "YYYYMM" },
    missingValues: ["", "-9999"],
    missingReasonColumn: "KOM",
    columns: [
      { column: "S1", indicator: "mss2021.s1" },
      { column: "S4", indicator: "mss2021.s4" },
    ],
    ignoreColumns: ["PLR_NAME"],
    ...overrides,
  });

const context = {
  areaCodes: new Set(["01100101", "01100102", "01100103"]),
  indicatorKeys: new Set(["mss2021.s1", "mss2021.s4", "ew"]),
};

const header = "ZEIT,PLR_ID,PLR_NAME,S1,S4,KOM";
const csv = (...lines: string[]) => `${[header, ...lines].join("\n")}\n`;
const good = [
  '202012,"01100101",Stülerstraße,4.22594,19.39799,gültig',
  '202012,"01100102",Großer Tiergarten,1.15858,8.33333,gültig',
  '202012,"01100103",Lützowstraße,-9999,-9999,ungültig (EW unter 300)',
];

/** Problems as compact tuples: where and what. */
const where = (errors: ImportProblem[]) => errors.map((error) => [problemLocation(error), error.message]);

describe("the observation manifest", () => {
  it("fills in the defaults of a minimal manifest", () => {
    const parsed = observationManifestSchema.parse({
      kind: "observations",
      areaLevel: "BEZIRK",
      areaCodeColumn: "code",
      referenceDate: "2020-12-31",
      columns: [{ column: "ew", indicator: "ew" }],
    });
    expect(parsed).toMatchObject({
      delimiter: ",",
      decimal: ".",
      missingValues: [""],
      ignoreColumns: [],
      columns: [{ column: "ew", indicator: "ew", role: "value" }],
    });
  });

  it("names every mistake by its field", () => {
    const { problems } = parseImportManifest({
      kind: "observations",
      areaLevel: "PLANUNGSRAUM",
      areaCodeColumn: "PLR_ID",
      referenceDate: "2020-02-30",
      referenceDateColumn: "ZEIT",
      delimiter: ";",
      decimal: ";",
      columns: [{ column: "S4", indicator: "MSS 2021 S4" }],
    });
    expect(problems.map((problem) => [problem.in, problem.field])).toEqual([
      ["manifest", "referenceDate"],
      ["manifest", "decimal"],
      ["manifest", "columns.0.indicator"],
      ["manifest", "referenceDateColumn"],
    ]);
  });

  it("checks how columns are used once the fields themselves are right", () => {
    const { problems } = parseImportManifest({
      kind: "observations",
      areaLevel: "PLANUNGSRAUM",
      areaCodeColumn: "PLR_ID",
      referenceDate: "2020-12-31",
      delimiter: ",",
      decimal: ",",
      columns: [
        { column: "S1", indicator: "mss2021.s1" },
        { column: "S1", indicator: "mss2021.s1", role: "numerator" },
        { column: "S3_N", indicator: "mss2021.s3", role: "numerator" },
      ],
      ignoreColumns: ["PLR_ID"],
    });
    expect(problems.map((problem) => [problem.field, problem.message])).toEqual([
      ["decimal", "the decimal separator cannot be the delimiter"],
      ["columns.1.column", "column S1 is named twice"],
      ["ignoreColumns.0", "column PLR_ID is named twice"],
      ["columns.2.role", 'mss2021.s3 has no value column (role "value")'],
    ]);
  });

  it("tells an areas manifest from an observations manifest by its kind", () => {
    expect(dataImportManifestSchema.parse({ ...areaManifest, kind: "areas" }).kind).toBe("areas");
    expect(parseImportManifest({ kind: "values" }).problems[0]?.message).toContain('set "kind" to "observations"');
  });

  it("requires a parent rule below the city, and only one", () => {
    const issues = (input: Partial<AreaManifest>) =>
      areaManifestSchema.safeParse({ ...areaManifest, ...input }).error?.issues.map((issue) => issue.message) ?? [];
    expect(issues({ parentCodePrefix: undefined })).toEqual([
      "a PLANUNGSRAUM needs a parent: give parentCodeProperty or parentCodePrefix",
    ]);
    expect(issues({ parentCodeProperty: "BZR_ID" })).toEqual([
      "give either parentCodeProperty or parentCodePrefix, not both",
    ]);
    expect(issues({ level: "STADT" })).toEqual(["a STADT has no parent"]);
    expect(issues({})).toEqual([]);
  });
});

describe("formatImportProblem", () => {
  const names = { file: "data/bad.csv", manifest: "data/bad.manifest.json" };
  it("writes problems as file:line: messages, naming the column once", () => {
    expect(
      formatImportProblem({ in: "file", line: 7, column: "S1", message: 'value "x" is not a number' }, names),
    ).toBe('data/bad.csv:7: S1: value "x" is not a number');
    expect(
      formatImportProblem(
        { in: "file", line: 1, column: "S4", message: "column S4 is missing: the manifest names it" },
        names,
      ),
    ).toBe("data/bad.csv:1: column S4 is missing: the manifest names it");
    expect(
      formatImportProblem({ in: "file", feature: 3, code: "0110", message: "unknown parent code 01" }, names),
    ).toBe("data/bad.csv: feature #3 (code 0110): unknown parent code 01");
    expect(formatImportProblem({ in: "manifest", field: "columns.2.indicator", message: "unknown" }, names)).toBe(
      "data/bad.manifest.json: columns.2.indicator: unknown",
    );
  });
});

describe("cells", () => {
  it("reads Stichtage in every supported format", () => {
    expect(parseReferenceDate("202012", "YYYYMM")).toBe("2020-12-31");
    expect(parseReferenceDate("202402", "YYYYMM")).toBe("2024-02-29");
    expect(parseReferenceDate("202013", "YYYYMM")).toBeNull();
    expect(parseReferenceDate("2020", "YYYY")).toBe("2020-12-31");
    expect(parseReferenceDate("31.12.2020", "DD.MM.YYYY")).toBe("2020-12-31");
    expect(parseReferenceDate("1.7.2021", "DD.MM.YYYY")).toBe("2021-07-01");
    expect(parseReferenceDate("20201231", "YYYYMMDD")).toBe("2020-12-31");
    expect(parseReferenceDate("2021-02-30", "YYYY-MM-DD")).toBeNull();
    expect(parseReferenceDate("2020-12-31", "YYYYMM")).toBeNull();
  });

  it("reads numbers with the manifest's decimal separator and nothing else", () => {
    expect(parseDecimal("3,5", ",")).toBe(3.5);
    expect(parseDecimal("-0.25", ".")).toBe(-0.25);
    expect(parseDecimal("1e3", ".")).toBe(1000);
    expect(parseDecimal("3,5", ".")).toBeNull();
    expect(parseDecimal("1.234,5", ",")).toBeNull();
    for (const text of ["", "abc", "0x10", "Infinity", "1e400", "12 %"])
      expect(parseDecimal(text, "."), text).toBeNull();
  });
});

describe("validateObservationCsv", () => {
  it("turns every row into one observation per indicator and previews the file", () => {
    const { rows, errors, preview } = validateObservationCsv(csv(...good), manifest(), context);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({
      indicatorKey: "mss2021.s1",
      areaCode: "01100101",
      referenceDate: "2020-12-31",
      value: 4.22594,
      numerator: null,
      denominator: null,
      missingReason: null,
      provisional: false,
      estimated: false,
      suppressed: false,
      breakInSeries: false,
      source: null,
      extractedAt: null,
    });
    // The marker -9999 becomes a missing value with the row's validity remark as reason.
    expect(rows[5]).toMatchObject({ areaCode: "01100103", value: null, missingReason: "ungültig (EW unter 300)" });
    expect(preview).toEqual({
      rowCount: 3,
      observationCount: 6,
      areaLevel: "PLANUNGSRAUM",
      indicatorKeys: ["mss2021.s1", "mss2021.s4"],
      indicators: [
        { key: "mss2021.s1", values: 2, missing: 1, min: 1.15858, max: 4.22594 },
        { key: "mss2021.s4", values: 2, missing: 1, min: 8.33333, max: 19.39799 },
      ],
      referenceDates: ["2020-12-31"],
      areaCount: 3,
      unknownAreaCodes: [],
      unknownIndicatorKeys: [],
      errorCount: 0,
    });
  });

  it("gives an empty cell the reason 'no value in the source', and a marker without remark a generic one", () => {
    const { rows } = validateObservationCsv(
      csv('202012,"01100101",x,,-9999,'),
      manifest({ missingValues: ["", "-9999"] }),
      context,
    );
    expect(rows.map((row) => row.missingReason)).toEqual([
      noValueInSourceReason,
      "in der Quelle als fehlend markiert (-9999)",
    ]);
  });

  it("reads semicolon-separated files with decimal commas and a fixed Stichtag", () => {
    const { rows, errors } = validateObservationCsv(
      "code;wert;anteil\n01100101;3,5;12\n",
      manifest({
        areaCodeColumn: "code",
        referenceDate: "2021-06-30",
        delimiter: ";",
        decimal: ",",
        missingReasonColumn: undefined,
        ignoreColumns: [],
        columns: [
          { column: "wert", indicator: "mss2021.s1" },
          { column: "anteil", indicator: "mss2021.s4" },
        ],
      }),
      context,
    );
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.referenceDate, row.value])).toEqual([
      ["2021-06-30", 3.5],
      ["2021-06-30", 12],
    ]);
  });

  it("rejects a wrong header on line 1: a missing column and an unexpected one", () => {
    const { rows, errors, preview } = validateObservationCsv(
      "ZEIT,PLR_ID,PLR_NAME,S1,S4_NEU,BEZ_ID,KOM\n202012,01100101,x,1,2,01,gültig\n",
      manifest(),
      context,
    );
    expect(rows).toEqual([]);
    expect(where(errors)).toEqual([
      ["line 1, column S4", "column S4 is missing: the manifest names it"],
      [
        "line 1, column S4_NEU",
        'unexpected column S4_NEU: map it to an indicator in the manifest\'s "columns" or list it in "ignoreColumns"',
      ],
      [
        "line 1, column BEZ_ID",
        'unexpected column BEZ_ID: map it to an indicator in the manifest\'s "columns" or list it in "ignoreColumns"',
      ],
    ]);
    expect(preview.errorCount).toBe(3);
  });

  it("names line and column of a value that is not a number", () => {
    const { rows, errors } = validateObservationCsv(
      csv(good[0] ?? "", '202012,"01100102",x,n.a.,8.3,gültig', '202012,"01100103",x,1.5,"3,5",gültig'),
      manifest(),
      context,
    );
    expect(rows).toEqual([]);
    expect(where(errors)).toEqual([
      ["line 3, column S1", 'value "n.a." is not a number'],
      [
        "line 4, column S4",
        'value "3,5" is not a number (the manifest says decimal "."; set "decimal": "," for numbers like 3,5)',
      ],
    ]);
  });

  it("names the line of an unknown area code and suggests the code with its leading zero", () => {
    const { errors, preview } = validateObservationCsv(
      csv(good[0] ?? "", "202012,1100102,x,1,2,gültig", "202012,99999999,x,1,2,gültig"),
      manifest(),
      context,
    );
    expect(where(errors)).toEqual([
      [
        "line 3, column PLR_ID",
        "unknown area code 1100102: no PLANUNGSRAUM has this code (did you mean 01100102? a spreadsheet may have dropped the leading zeros)",
      ],
      ["line 4, column PLR_ID", "unknown area code 99999999: no PLANUNGSRAUM has this code"],
    ]);
    expect(preview.unknownAreaCodes).toEqual(["1100102", "99999999"]);
  });

  it("names both lines of a duplicate key (same area, same Stichtag)", () => {
    const { errors } = validateObservationCsv(
      csv(good[0] ?? "", good[1] ?? "", '202012,"01100101",again,1,2,gültig'),
      manifest(),
      context,
    );
    expect(where(errors)).toEqual([
      ["line 4, column PLR_ID", "area 01100101 on 2020-12-31 appears twice: on line 2 and on line 4"],
    ]);
  });

  it("allows the same area on different Stichtage", () => {
    const { errors, preview } = validateObservationCsv(
      csv(good[0] ?? "", '202112,"01100101",later,1,2,gültig'),
      manifest(),
      context,
    );
    expect(errors).toEqual([]);
    expect(preview.referenceDates).toEqual(["2020-12-31", "2021-12-31"]);
  });

  it("names the line of a bad date", () => {
    const { errors } = validateObservationCsv(
      csv(good[0] ?? "", '202013,"01100102",x,1,2,gültig'),
      manifest(),
      context,
    );
    expect(where(errors)).toEqual([["line 3, column ZEIT", '"202013" is not a date in the format YYYYMM']]);
  });

  it("reports an unknown indicator key as a problem of the manifest", () => {
    const { rows, errors, preview } = validateObservationCsv(
      csv(...good),
      manifest({
        columns: [
          { column: "S1", indicator: "mss2021.s1" },
          { column: "S4", indicator: "mss2030.s4" },
        ],
      }),
      context,
    );
    expect(rows).toEqual([]);
    expect(where(errors)).toEqual([
      ["manifest field columns.1.indicator", "unknown indicator key mss2030.s4: create the indicator first"],
    ]);
    expect(preview.unknownIndicatorKeys).toEqual(["mss2030.s4"]);
  });

  it("keeps exact line numbers after blank lines and cells that span lines", () => {
    const text = `${header}\n${good[0]}\n\n202012,"01100102","Großer\nTiergarten",1,x,gültig\r\n`;
    const { errors } = validateObservationCsv(text, manifest(), context);
    expect(where(errors)).toEqual([["line 4, column S4", 'value "x" is not a number']]);
  });

  it("names a row with the wrong number of cells, and an unterminated quote", () => {
    expect(where(validateObservationCsv(csv(good[0] ?? "", "202012,01100102"), manifest(), context).errors)).toEqual([
      ["line 3", "expected 6 cells, found 2"],
    ]);
    const unterminated = validateObservationCsv(
      csv(good[0] ?? "", '202012,"01100102,x,1,2,gültig'),
      manifest(),
      context,
    );
    expect(unterminated.errors[0]).toMatchObject({
      line: 3,
      message: expect.stringContaining("Quoted field unterminated"),
    });
  });

  it("checks counts and, when the units are known, the range of shares", () => {
    const withCounts = manifest({
      columns: [
        { column: "S1", indicator: "mss2021.s1" },
        { column: "S1_N", indicator: "mss2021.s1", role: "numerator" },
        { column: "S1_D", indicator: "mss2021.s1", role: "denominator" },
      ],
      ignoreColumns: ["PLR_NAME", "S4"],
    });
    const text = [
      "ZEIT,PLR_ID,PLR_NAME,S1,S1_N,S1_D,S4,KOM",
      "202012,01100101,x,50,-1,10,1,gültig",
      "202012,01100102,x,10,0,0,1,gültig",
      "202012,01100103,x,120,12,10,1,gültig",
    ].join("\n");
    const { errors } = validateObservationCsv(text, withCounts, {
      ...context,
      indicatorUnits: new Map([["mss2021.s1", "%"]]),
    });
    expect(where(errors)).toEqual([
      ["line 2, column S1_N", "a count cannot be negative: -1"],
      ["line 3, column S1_D", "the denominator must be greater than 0 (found 0): mark the cell as missing instead"],
      ["line 4, column S1", "mss2021.s1 is a share in %: the value must lie between 0 and 100"],
      ["line 4, column S1_N", "mss2021.s1 is a share: the numerator (part) cannot exceed the denominator (whole)"],
    ]);
  });

  it("rejects an empty file and a file without data rows", () => {
    expect(where(validateObservationCsv("", manifest(), context).errors)).toEqual([
      ["line 1", "the file is empty: expected a header row"],
    ]);
    expect(where(validateObservationCsv(`${header}\n`, manifest(), context).errors)).toEqual([
      ["line 1", "the file has a header but no data rows"],
    ]);
  });

  it("keeps the first problems of a large bad file and counts them all", () => {
    const lines = Array.from({ length: 1500 }, (_, i) => `202012,${90000000 + i},x,1,2,gültig`);
    const { errors, preview } = validateObservationCsv(csv(...lines), manifest(), context);
    expect(errors).toHaveLength(maxKeptProblems);
    expect(errors[0]?.line).toBe(2);
    expect(preview.errorCount).toBe(1500);
  });
});

const areaManifest = {
  kind: "areas" as const,
  level: "PLANUNGSRAUM" as const,
  codeProperty: "PLR_ID",
  nameProperty: "PLR_NAME",
  parentCodePrefix: 6,
};

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

const feature = (properties: Record<string, unknown>, geometry: unknown = square(13.3, 52.5)) => ({
  type: "Feature",
  properties,
  geometry,
});
const collection = (...features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });
const known = new Map<string, AreaLevel>([
  ["011001", "BEZIRKSREGION"],
  ["01100101", "PLANUNGSRAUM"],
]);
const areaOptions = { ...areaManifest, knownParentCodes: known };

describe("validateAreaGeoJson", () => {
  it("reads areas with their parent from the code prefix and previews them", () => {
    const { areas, errors, preview } = validateAreaGeoJson(
      collection(
        feature({ PLR_ID: "01100101", PLR_NAME: "Stülerstraße" }),
        feature(
          { PLR_ID: "01100102", PLR_NAME: "Großer Tiergarten" },
          { type: "MultiPolygon", coordinates: [square(13.32, 52.51).coordinates] },
        ),
      ),
      areaOptions,
    );
    expect(errors).toEqual([]);
    expect(areas.map((area) => [area.code, area.name, area.level, area.parentCode, area.areaM2])).toEqual([
      ["01100101", "Stülerstraße", "PLANUNGSRAUM", "011001", null],
      ["01100102", "Großer Tiergarten", "PLANUNGSRAUM", "011001", null],
    ]);
    expect(preview).toEqual({
      featureCount: 2,
      level: "PLANUNGSRAUM",
      newCodes: ["01100102"],
      unknownParentCodes: [],
      bbox: { minLon: 13.3, minLat: 52.5, maxLon: 13.32 + 0.01, maxLat: 52.51 + 0.01 },
      errorCount: 0,
    });
  });

  it("names each bad feature by number and code", () => {
    const unclosed = {
      type: "Polygon",
      coordinates: [
        [
          [13, 52],
          [13.1, 52],
          [13.1, 52.1],
          [13, 52.2],
        ],
      ],
    };
    const { areas, errors, preview } = validateAreaGeoJson(
      collection(
        feature({ PLR_ID: "01100101", PLR_NAME: "A" }, { type: "Point", coordinates: [13, 52] }),
        feature({ PLR_ID: "01100102", PLR_NAME: "B" }, unclosed),
        feature({ PLR_ID: "01100101", PLR_NAME: "A again" }),
        feature({ PLR_NAME: "no code" }),
        feature({ PLR_ID: "02200201", PLR_NAME: "orphan" }),
        feature({ PLR_ID: "01100104", PLR_NAME: "projected" }, square(391000, 5820000, 100)),
        feature({ PLR_ID: "01100105", PLR_NAME: "no geometry" }, null),
        feature({ PLR_ID: "011001", PLR_NAME: "a Bezirksregion" }),
        feature({ PLR_ID: "01100107", PLR_NAME: "" }),
        feature({ PLR_ID: "01100108 ä", PLR_NAME: "bad code" }),
      ),
      areaOptions,
    );
    expect(areas).toEqual([]);
    expect(where(errors)).toEqual([
      ["feature #1 (code 01100101)", "geometry is a Point: only Polygon and MultiPolygon are areas"],
      [
        "feature #2 (code 01100102)",
        "geometry coordinates.0: a linear ring must be closed (first position = last position)",
      ],
      ["feature #3 (code 01100101)", "code 01100101 appears twice: feature #1 and feature #3"],
      ["feature #4, column PLR_ID", "has no area code in property PLR_ID"],
      ["feature #5 (code 02200201)", "unknown parent code 022002"],
      [
        "feature #6 (code 01100104)",
        "position [391000, 5820000] is not WGS84 longitude/latitude: convert the file to EPSG:4326",
      ],
      ["feature #7 (code 01100105)", "has no geometry: an area needs a Polygon or MultiPolygon"],
      ["feature #8 (code 011001)", "area 011001 is stored as a BEZIRKSREGION, not a PLANUNGSRAUM"],
      ["feature #8 (code 011001)", "code 011001 is too short to hold a parent code of 6 characters"],
      ["feature #9 (code 01100107), column PLR_NAME", "has no name in property PLR_NAME"],
      ["feature #10 (code 01100108 ä), column PLR_ID", "code: codes contain only letters, digits, - and _"],
    ]);
    expect(preview.unknownParentCodes).toEqual(["022002"]);
  });

  it("takes parents from a property and the land area from another", () => {
    const { areas, errors } = validateAreaGeoJson(
      collection(feature({ id: "0110", name: "Zentrum", bez: "01", m2: "1234.5" })),
      {
        level: "PROGNOSERAUM",
        codeProperty: "id",
        nameProperty: "name",
        parentCodeProperty: "bez",
        areaM2Property: "m2",
        knownParentCodes: new Map([["01", "BEZIRK"]]),
      },
    );
    expect(errors).toEqual([]);
    expect(areas[0]).toMatchObject({ code: "0110", parentCode: "01", areaM2: 1234.5 });
  });

  it("rejects a parent that is not above the area", () => {
    const { errors } = validateAreaGeoJson(collection(feature({ id: "0110", name: "x", bez: "01100101" })), {
      level: "PROGNOSERAUM",
      codeProperty: "id",
      nameProperty: "name",
      parentCodeProperty: "bez",
      knownParentCodes: known,
    });
    expect(where(errors)).toEqual([
      ["feature #1 (code 0110)", "parent 01100101 (PLANUNGSRAUM) is not above PROGNOSERAUM"],
    ]);
  });

  it("rejects invalid JSON with its line, other documents, and projected reference systems", () => {
    expect(
      where(
        validateAreaGeoJson('{\n  "type": "FeatureCollection",\n  "features": []\n  "name": "x"\n}', areaOptions)
          .errors,
      ),
    ).toEqual([["line 4", expect.stringMatching(/^not valid JSON: /)]]);
    expect(validateAreaGeoJson('{"type":"Feature"}', areaOptions).errors[0]?.message).toContain(
      "expected a GeoJSON FeatureCollection",
    );
    const projected = JSON.stringify({
      type: "FeatureCollection",
      crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::25833" } },
      features: [],
    });
    expect(validateAreaGeoJson(projected, areaOptions).errors[0]?.message).toBe(
      "the file is in urn:ogc:def:crs:EPSG::25833: convert it to WGS84 longitude/latitude (EPSG:4326), as RFC 7946 requires",
    );
    const wgs84 = JSON.stringify({
      type: "FeatureCollection",
      crs: { type: "name", properties: { name: "urn:ogc:def:crs:OGC:1.3:CRS84" } },
      features: [feature({ PLR_ID: "01100101", PLR_NAME: "A" })],
    });
    expect(validateAreaGeoJson(wgs84, areaOptions).errors).toEqual([]);
  });
});
