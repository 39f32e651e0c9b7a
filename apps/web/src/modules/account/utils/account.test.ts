import { minPasswordLength as apiMinPasswordLength } from "@sozialatlas/domain/account";
import { describe, expect, it } from "vitest";
import { safeNextPath, signInPath } from "./nextPath.ts";
import { checkNewPassword, minPasswordLength } from "./password.ts";
import { mayAccess, roleOrder } from "./roles.ts";
import { filterUsers, userStatus } from "./users.ts";

describe("safeNextPath", () => {
  it("keeps paths on this site with their query and fragment", () => {
    expect(safeNextPath("/gebiete?level=BEZIRK#karte")).toBe("/gebiete?level=BEZIRK#karte");
    expect(safeNextPath("/verwaltung/benutzer")).toBe("/verwaltung/benutzer");
  });

  it.each([
    ["missing", null],
    ["empty", ""],
    ["absolute URL", "https://evil.example/"],
    ["protocol-relative", "//evil.example/x"],
    ["backslash", "/\\evil.example"],
    ["tab trick", "/\t/evil.example"],
    ["javascript", "javascript:alert(1)"],
    ["relative", "gebiete"],
    ["the sign-in page itself", "/anmelden?next=/x"],
    ["a one-time link", "/einladung?token=abc"],
  ])("falls back to the start page for %s", (_, raw) => {
    expect(safeNextPath(raw)).toBe("/");
  });

  it("builds the sign-in address with the way back", () => {
    expect(signInPath("/konto/passwort")).toBe("/anmelden?next=%2Fkonto%2Fpasswort");
    expect(signInPath("/")).toBe("/anmelden");
    expect(signInPath("/anmelden")).toBe("/anmelden");
  });
});

describe("passwords", () => {
  it("uses the API's minimum length", () => {
    expect(minPasswordLength).toBe(apiMinPasswordLength);
  });

  it("reports a short password and a repetition that differs or is missing", () => {
    expect(checkNewPassword("123456789", "123456789")).toEqual({ newPassword: "tooShort" });
    expect(checkNewPassword("1234567890", "")).toEqual({ repeat: "missing" });
    expect(checkNewPassword("1234567890", "1234567891")).toEqual({ repeat: "mismatch" });
    expect(checkNewPassword("1234567890", "1234567890")).toEqual({});
  });
});

describe("roles", () => {
  it("lets each role see what the API lets it read", () => {
    const table = Object.fromEntries(
      [null, ...roleOrder].map((role) => [
        role ?? "public",
        (["public", "council", "signedIn", "planning", "admin"] as const).filter((audience) =>
          mayAccess(role, audience),
        ),
      ]),
    );
    expect(table).toEqual({
      public: ["public"],
      VIEWER: ["public", "council", "signedIn"],
      PROVIDER: ["public", "signedIn"],
      PLANNER: ["public", "council", "signedIn", "planning"],
      ADMIN: ["public", "council", "signedIn", "planning", "admin"],
    });
  });
});

describe("users", () => {
  const base = { role: "VIEWER" as const, organisations: [] };
  const users = [
    { ...base, name: "Jörg Schäfer", email: "j.schaefer@example.org", disabled: false, hasPassword: true },
    {
      ...base,
      role: "PROVIDER" as const,
      name: "Tara",
      email: "tara@example.org",
      disabled: false,
      hasPassword: false,
      organisations: [{ name: "Tafel Kiez e. V." }],
    },
    { ...base, name: "Old", email: "old@example.org", disabled: true, hasPassword: false },
  ];

  it("derives the status: disabled before invited before active", () => {
    expect(users.map(userStatus)).toEqual(["ACTIVE", "INVITED", "DISABLED"]);
  });

  it("filters by words in name, e-mail and organisations, without caring for accents", () => {
    expect(filterUsers(users, { query: "jorg" }).map((u) => u.name)).toEqual(["Jörg Schäfer"]);
    expect(filterUsers(users, { query: "kiez tara" }).map((u) => u.name)).toEqual(["Tara"]);
    expect(filterUsers(users, { query: "example.org", status: "DISABLED" }).map((u) => u.name)).toEqual(["Old"]);
    expect(filterUsers(users, { query: "", role: "PROVIDER" }).map((u) => u.name)).toEqual(["Tara"]);
  });
});
