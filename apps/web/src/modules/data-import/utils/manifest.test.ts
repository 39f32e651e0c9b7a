import { describe, expect, it } from "vitest";
import { areaManifest, detectDelimiter, guessObservationManifest, observationManifest, sampleCsv } from "./manifest.ts";

describe("manifest from the file", () => {
  it("detects the delimiter of the header line", () => {
    expect(detectDelimiter("a;b;c")).toBe(";");
    expect(detectDelimiter("a,b,c")).toBe(",");
    expect(detectDelimiter("a\tb\tc")).toBe("\t");
    expect(detectDelimiter("single")).toBe(";");
  });

  it("reads header and first rows with line numbers, leaving out a line cut by the sample", () => {
    const sample = sampleCsv("\ufeffcode,wert\n01,1\n\n02,2\n03,3\n04,", 5, false);
    expect(sample).toEqual({
      delimiter: ",",
      header: ["code", "wert"],
      rows: [
        { line: 2, cells: ["01", "1"] },
        { line: 4, cells: ["02", "2"] },
        { line: 5, cells: ["03", "3"] },
      ],
    });
  });

  it("guesses columns and builds the manifest the API reads", () => {
    const sample = sampleCsv("ZEIT,PLR_ID,PLR_NAME,S1,KOM\n202012,01100101,A,1.5,\n", 5, true);
    const form = guessObservationManifest(sample, ["ew", "mss2021.s1"]);
    expect(form).toMatchObject({
      areaCodeColumn: "PLR_ID",
      dateMode: "column",
      dateColumn: "ZEIT",
      dateFormat: "YYYYMM",
    });
    expect(observationManifest({ ...form, missingMarkers: "-9999, k. A.", source: " Amt " }, sample.header)).toEqual({
      kind: "observations",
      areaLevel: "PLANUNGSRAUM",
      areaCodeColumn: "PLR_ID",
      referenceDate: { column: "ZEIT", format: "YYYYMM" },
      delimiter: ",",
      decimal: ".",
      missingValues: ["", "-9999", "k. A."],
      columns: [{ column: "S1", indicator: "mss2021.s1", role: "value" }],
      ignoreColumns: ["PLR_NAME", "KOM"],
      source: "Amt",
    });
  });

  it("names the parent of an area by prefix or property, and none for the city", () => {
    const base = {
      level: "BEZIRKSREGION" as const,
      codeProperty: "BZR_ID",
      nameProperty: "BZR_NAME",
      parentMode: "prefix" as const,
      parentCodePrefix: "4",
      parentCodeProperty: "",
      areaM2Property: "",
    };
    expect(areaManifest(base)).toEqual({
      kind: "areas",
      level: "BEZIRKSREGION",
      codeProperty: "BZR_ID",
      nameProperty: "BZR_NAME",
      parentCodePrefix: 4,
    });
    expect(areaManifest({ ...base, parentMode: "property", parentCodeProperty: "PGR_ID" })).toMatchObject({
      parentCodeProperty: "PGR_ID",
    });
    expect(areaManifest({ ...base, level: "STADT" })).not.toHaveProperty("parentCodePrefix");
  });
});
