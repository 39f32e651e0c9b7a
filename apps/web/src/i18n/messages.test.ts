import { describe, expect, it } from "vitest";
import { dePages } from "./de/pages.ts";
import { deShell } from "./de/shell.ts";
import { enPages } from "./en/pages.ts";
import { enShell } from "./en/shell.ts";

/** Dotted paths of all leaves, e.g. "nav.atlas". */
function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const parts = { shell: [deShell, enShell], pages: [dePages, enPages] } as const;

describe("messages", () => {
  // The types of en/ already enforce this; the test also catches a cast that slips past it.
  it.each(Object.entries(parts))("has the same %s keys in English as in German", (_part, [de, en]) => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });

  it("keeps the shell and the pages apart: no section is in both", () => {
    const shellSections = Object.keys(deShell);
    expect(Object.keys(dePages).filter((section) => shellSections.includes(section))).toEqual([]);
  });

  it("has no empty texts", () => {
    const leaves = (messages: object): unknown[] =>
      Object.values(messages).flatMap((value) =>
        typeof value === "object" && value !== null ? leaves(value) : [value],
      );
    for (const value of [deShell, dePages, enShell, enPages].flatMap(leaves)) expect(value).toMatch(/\S/);
  });
});
