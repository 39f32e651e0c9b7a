import { describe, expect, it } from "vitest";
import { copyKey, errorTarget, parseNumber, splitCodes } from "./definitionForm.ts";
import { parseMethodSheet } from "./methodSheet.ts";

describe("index definition form", () => {
  it("reads numbers typed in German or English, and nothing else", () => {
    expect(["1,5", "1.5", "-1", "−1", " 0,8 ", ".5"].map(parseNumber)).toEqual([1.5, 1.5, -1, -1, 0.8, 0.5]);
    expect(["", "eins", "1.000,5", "1e3", "Infinity"].map(parseNumber)).toEqual([null, null, null, null, null]);
  });

  it("shows each API field error where it belongs", () => {
    expect(errorTarget("status.indicators.2.weight")).toBe("status.indicators.2.weight");
    expect(errorTarget("dynamics.indicators")).toBe("dynamics.indicators");
    expect(errorTarget("status.indicators.0")).toBe("status.indicators");
    expect(errorTarget("status.thresholds")).toBe("status.thresholds");
    expect(errorTarget("dynamics.thresholds.stableUpTo")).toBe("dynamics.thresholds.stableUpTo");
    expect(errorTarget("excludedAreaCodes.3")).toBe("excludedAreaCodes");
    expect(errorTarget("key")).toBe("key");
    expect(errorTarget("input")).toBeNull();
  });

  it("finds a free key for a copy and splits area codes", () => {
    expect(copyKey("mss-2021", new Set(["mss-2021"]), "kopie")).toBe("mss-2021-kopie");
    expect(copyKey("mss-2021", new Set(["mss-2021-kopie", "mss-2021-kopie-2"]), "kopie")).toBe("mss-2021-kopie-3");
    expect(splitCodes(" 01100101,01100102\n01100103;  ")).toEqual(["01100101", "01100102", "01100103"]);
  });
});

describe("method sheet", () => {
  it("splits the text into title, headed blocks, lists and paragraphs", () => {
    const sheet = parseMethodSheet(
      [
        "Index (key)",
        "",
        "Indikatoren:",
        "  - a",
        "  - b",
        "",
        "Berechnung:",
        "  1. eins",
        "  2. zwei",
        "",
        "Schluss.",
      ].join("\n"),
    );
    expect(sheet).toEqual({
      title: "Index (key)",
      sections: [
        {
          heading: "Indikatoren",
          items: [
            { kind: "bullet", text: "a" },
            { kind: "bullet", text: "b" },
          ],
        },
        {
          heading: "Berechnung",
          items: [
            { kind: "step", text: "eins" },
            { kind: "step", text: "zwei" },
          ],
        },
        { heading: null, items: [{ kind: "text", text: "Schluss." }] },
      ],
    });
  });
});
