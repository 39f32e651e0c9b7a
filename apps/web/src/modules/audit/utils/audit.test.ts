import { describe, expect, it } from "vitest";
import { isSystemActor, shortId } from "./actors.ts";
import { changeFilterFromSearch, changeFilterToSearch, toApiFilter } from "./changeFilter.ts";
import { type ChangeRow, displayValue, toChangeRows, type ValueFormat } from "./changeRows.ts";

// German as in the app, with an explicit zone so the expectations do not depend on TZ.
const dateTime = new Intl.DateTimeFormat("de", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const date = new Intl.DateTimeFormat("de", { dateStyle: "medium", timeZone: "UTC" });
const de: ValueFormat = {
  dateTime: (iso) => dateTime.format(new Date(iso)),
  date: (isoDate) => date.format(new Date(`${isoDate}T00:00:00Z`)),
  number: (value) => new Intl.NumberFormat("de", { useGrouping: false, maximumFractionDigits: 10 }).format(value),
  yes: "Ja",
  no: "Nein",
  none: "–",
  emptyText: "(leer)",
  emptyList: "(keine)",
};

/** Rows as plain text, to compare what a reader sees. */
function texts(rows: ChangeRow[]) {
  return rows.map((row) =>
    "value" in row ? [row.field, row.value.text] : [row.field, `${row.from.text} → ${row.to.text}`],
  );
}

describe("toChangeRows", () => {
  it("turns an update into one row per field with the old and the new value", () => {
    const rows = toChangeRows(
      { name: { from: "Stadtteilzentrum", to: "Stadtteilzentrum Moabit" }, free: { from: false, to: true } },
      de,
      { action: "UPDATE" },
    );
    expect(rows).toEqual([
      {
        field: "name",
        from: { text: "Stadtteilzentrum", full: undefined, empty: false },
        to: { text: "Stadtteilzentrum Moabit", full: undefined, empty: false },
      },
      {
        field: "free",
        from: { text: "Nein", full: undefined, empty: false },
        to: { text: "Ja", full: undefined, empty: false },
      },
    ]);
  });

  it("turns a creation into one row per initial value", () => {
    const rows = toChangeRows({ name: "Tafel Kiez e. V.", type: "VEREIN", website: null }, de, { action: "CREATE" });
    expect(texts(rows)).toEqual([
      ["name", "Tafel Kiez e. V."],
      ["type", "VEREIN"],
      ["website", "–"],
    ]);
    expect(rows[2]).toEqual({ field: "website", value: { text: "–", full: undefined, empty: true } });
  });

  it("gives no rows when nothing was recorded", () => {
    expect(toChangeRows(null, de)).toEqual([]);
    expect(toChangeRows(undefined, de, { action: "RESTORE" })).toEqual([]);
    expect(toChangeRows({}, de, { action: "UPDATE" })).toEqual([]);
  });

  it("keeps a created field that looks like a change as a value, but reads the shape when the action is unknown", () => {
    const period = { period: { from: "2026-01-01", to: "2026-12-31" } };
    expect(texts(toChangeRows(period, de, { action: "CREATE" }))).toEqual([
      ["period", '{"from":"2026-01-01","to":"2026-12-31"}'],
    ]);
    expect(texts(toChangeRows(period, de))).toEqual([["period", "01.01.2026 → 31.12.2026"]]);
    // Without the action, a mix of shapes is not an update.
    expect(texts(toChangeRows({ a: { from: 1, to: 2 }, b: 3 }, de))).toEqual([
      ["a", '{"from":1,"to":2}'],
      ["b", "3"],
    ]);
    // In an update, a field without before/after keeps its value.
    expect(texts(toChangeRows({ a: { from: 1, to: 2 }, b: 3 }, de, { action: "UPDATE" }))).toEqual([
      ["a", "1 → 2"],
      ["b", "3"],
    ]);
  });

  it("records archive entries as values", () => {
    expect(texts(toChangeRows({ archivedAt: "2026-03-02T09:15:00.000Z" }, de, { action: "ARCHIVE" }))).toEqual([
      ["archivedAt", "02.03.2026, 09:15"],
    ]);
  });

  it("shows a value that is not an object as one row without a field name", () => {
    expect(texts(toChangeRows("reset by support", de))).toEqual([["", "reset by support"]]);
  });
});

describe("displayValue", () => {
  const text = (value: unknown) => displayValue(value, de).text;

  it("formats timestamps in the active language and calendar dates without a time", () => {
    expect(text("2026-03-02T09:15:00.000Z")).toBe("02.03.2026, 09:15");
    expect(text("2026-03-02T10:15:00+01:00")).toBe("02.03.2026, 09:15");
    expect(text("2026-03-02")).toBe("02.03.2026");
    // Date columns come as midnight UTC: a date, not "01:00" in Berlin.
    expect(text("2026-01-01T00:00:00.000Z")).toBe("01.01.2026");
    // Not dates: left as they are.
    expect(text("2026-13-45")).toBe("2026-13-45");
    expect(text("0110")).toBe("0110");
  });

  it("shows booleans as Ja/Nein and numbers without grouping", () => {
    expect(text(true)).toBe("Ja");
    expect(text(false)).toBe("Nein");
    expect(text(2026)).toBe("2026");
    expect(text(1250.5)).toBe("1250,5");
    expect(text(0)).toBe("0");
  });

  it("marks missing and empty values", () => {
    expect(displayValue(null, de)).toEqual({ text: "–", full: undefined, empty: true });
    expect(displayValue("", de)).toEqual({ text: "(leer)", full: undefined, empty: true });
    expect(displayValue([], de)).toEqual({ text: "(keine)", full: undefined, empty: true });
  });

  it("joins lists of plain values and writes records as compact JSON", () => {
    expect(text(["KINDER", "FAMILIEN"])).toBe("KINDER, FAMILIEN");
    expect(text([true, null, 3])).toBe("Ja, –, 3");
    expect(text({ street: "Turmstraße 75", postcode: "10551" })).toBe('{"street":"Turmstraße 75","postcode":"10551"}');
    expect(text([{ name: "Ada", role: null }])).toBe('[{"name":"Ada","role":null}]');
  });

  it("shortens long texts and keeps the whole text for the title", () => {
    const long = `${"Beratung für Familien ".repeat(6)}im Kiez`;
    const value = displayValue(long, de, 40);
    expect(value.text).toBe("Beratung für Familien Beratung für Fami…");
    expect(Array.from(value.text)).toHaveLength(40);
    // No space before the ellipsis.
    expect(displayValue(long, de, 23).text).toBe("Beratung für Familien…");
    expect(value.full).toBe(long);
    expect(displayValue("kurz", de, 40).full).toBeUndefined();
    // Characters outside the BMP are not cut in half.
    expect(displayValue("😀".repeat(5), de, 3).text).toBe("😀😀…");
  });

  it("shortens long JSON too", () => {
    const value = displayValue({ description: "x".repeat(200) }, de);
    expect(Array.from(value.text)).toHaveLength(80);
    expect(value.full).toBe(JSON.stringify({ description: "x".repeat(200) }));
  });
});

describe("change filter", () => {
  it("reads the filter from the URL, leaving out what the API would not know", () => {
    expect(changeFilterFromSearch(new URLSearchParams("entity=Offer&actor=+seed+&action=UPDATE"))).toEqual({
      entity: "Offer",
      actor: "seed",
      action: "UPDATE",
    });
    expect(changeFilterFromSearch(new URLSearchParams("entity=Nope&actor=&action=DELETE"))).toEqual({
      entity: undefined,
      actor: undefined,
      action: undefined,
    });
  });

  it("writes the filter to the URL and to the API without empty parts", () => {
    expect(changeFilterToSearch({ entity: "Programme", action: "CREATE" }).toString()).toBe(
      "entity=Programme&action=CREATE",
    );
    expect(toApiFilter({ actor: "seed" })).toEqual({ actor: "seed" });
    expect(toApiFilter({})).toBeUndefined();
  });
});

describe("actors", () => {
  it("shortens user ids and keeps system actors", () => {
    expect(shortId("3f2a9c1e-0000-4000-8000-000000000001")).toBe("3f2a9c1e…");
    expect(shortId("seed")).toBe("seed");
    expect(shortId("cm9x1abcdefghijklmnop")).toBe("cm9x1abcdefg…");
    expect(isSystemActor("seed")).toBe(true);
    expect(isSystemActor("anonymous")).toBe(true);
    expect(isSystemActor("3f2a9c1e-0000-4000-8000-000000000001")).toBe(false);
  });
});
