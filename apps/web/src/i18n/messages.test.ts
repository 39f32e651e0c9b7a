import { describe, expect, it } from "vitest";
import { de } from "./de.ts";
import { en } from "./en.ts";

/** Dotted paths of all leaves, e.g. "nav.atlas". */
function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("messages", () => {
  // The type of en.ts already enforces this; the test also catches a cast that slips past it.
  it("has the same keys in English as in German", () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });

  it("has no empty texts", () => {
    const leaves = (messages: object): unknown[] =>
      Object.values(messages).flatMap((value) =>
        typeof value === "object" && value !== null ? leaves(value) : [value],
      );
    for (const value of [...leaves(de), ...leaves(en)]) expect(value).toMatch(/\S/);
  });
});
