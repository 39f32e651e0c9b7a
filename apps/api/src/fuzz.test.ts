import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dumpTables } from "./lib/backup.ts";
import { createLogger } from "./lib/logger.ts";
import { createUser } from "./modules/account/account.service.ts";
import { upsertAreas } from "./modules/area/area.service.ts";
import { buildSdlSchema } from "./schema.ts";
import { type App, createApp } from "./server.ts";
import { smallCity } from "./test/factories.ts";
import { createTestDatabase, type TestDatabase } from "./test/test-database.ts";

// Thousands of generated malformed requests against the real HTTP server: none may crash it,
// end in HTTP 500 or an unmasked internal error, or change the database.

// graphql's own type guards fail when Vitest loads the package twice; unwrap by hand.
function getNamedType(type: GraphQLType): GraphQLNamedType {
  return "ofType" in type ? getNamedType(type.ofType as GraphQLType) : type;
}
const isNonNullType = (type: GraphQLType) => type.constructor.name === "GraphQLNonNull";

/** Small deterministic PRNG (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nastyStrings = [
  "' OR 1=1 --",
  '"; DROP TABLE "Area"; --',
  "<script>alert(1)</script>",
  `$${"{"}7*7}{{7*7}}`,
  "../../etc/passwd",
  "\u202egnp.exe",
  "😀".repeat(500),
  "x".repeat(60_000),
  "",
  "   ",
  "-1",
  "NaN",
  "1e309",
  "null",
  "__proto__",
  "00000000-0000-4000-8000-000000000000",
  "2020-02-30",
];

describe("fuzzing the GraphQL endpoint", () => {
  let db: TestDatabase;
  let app: App;
  let base: string;
  let plannerCookie = "";
  const schema = buildSdlSchema();
  const roots = [
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ["query", field] as const),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ["mutation", field] as const),
  ];

  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, smallCity(3));
    await createUser(
      db,
      "test",
      { email: "planer@example.org", name: "Planer", role: "PLANNER" },
      "planner-password-1",
    );
    app = await createApp({
      db,
      log: createLogger("silent"),
      production: true,
      webDist: mkdtempSync(join(tmpdir(), "sozialatlas-fuzz-")),
    });
    await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
    const signIn = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation { signIn(email: "planer@example.org", password: "planner-password-1") { id } }`,
      }),
    });
    plannerCookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  });
  afterAll(async () => {
    await app.stop();
    await db.close();
  });

  /** A value that cannot be coerced to `type` (wrong kind, unknown enum, missing required field). */
  function wrongValue(type: GraphQLInputType, next: () => number): unknown {
    const named = getNamedType(type);
    const choices: unknown[] = [
      { nested: { deeper: { deepest: [1, 2, 3] } } },
      [[["deep"]]],
      "NOT_AN_ENUM_VALUE",
      1e308,
      -1.5,
      true,
      nastyStrings[Math.floor(next() * nastyStrings.length)],
    ];
    if (isNonNullType(type) && next() < 0.2) return null;
    const value = choices[Math.floor(next() * choices.length)];
    // A string is a valid String/ID, a number a valid Float: pick something of another kind.
    if (typeof value === "string" && ["String", "ID", "Date", "DateTime", "JSON"].includes(named.name)) return [value];
    if (typeof value === "number" && ["Float", "JSON"].includes(named.name)) return { value };
    if ("getFields" in named && typeof value === "object" && value !== null && !Array.isArray(value)) return 17;
    return value;
  }

  /** A well-typed but hostile value (injection strings, huge text, odd numbers, random ids). */
  function hostileValue(type: GraphQLInputType, next: () => number, depth = 0): unknown {
    if ("ofType" in type && type.constructor.name === "GraphQLList") {
      return [hostileValue(type.ofType as GraphQLInputType, next, depth + 1)];
    }
    if ("ofType" in type) return hostileValue(type.ofType as GraphQLInputType, next, depth);
    const named = getNamedType(type);
    if ("getValues" in named) return named.getValues()[0]?.value;
    if ("getFields" in named) {
      if (depth > 4) return {};
      return Object.fromEntries(
        Object.values(named.getFields()).map((field) => [field.name, hostileValue(field.type, next, depth + 1)]),
      );
    }
    const pick = <T>(values: T[]) => values[Math.floor(next() * values.length)];
    switch (named.name) {
      case "Int":
        return pick([0, -1, 2_147_483_647, -2_147_483_648]);
      case "Float":
        return pick([0, -1e308, 1e308, 5e-324]);
      case "Boolean":
        return next() < 0.5;
      case "Date":
        return pick(["0001-01-01", "9999-12-31", "2020-02-29"]);
      case "DateTime":
        return pick(["1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z"]);
      case "JSON":
        return { $where: "1" };
      default:
        return pick(nastyStrings);
    }
  }

  function request(next: () => number): { body: string; kind: string } {
    const roll = next();
    if (roll < 0.05) return { body: "{ this is not json", kind: "json" };
    const [root, field] = roots[Math.floor(next() * roots.length)] as readonly [string, GraphQLField<unknown, unknown>];
    if (roll < 0.15) {
      const garbage = [
        "{",
        "}}}",
        `${root} { ${field.name}(`,
        `${root} { ${field.name} { ${"a { ".repeat(40)}`,
        "query @skip",
      ];
      return { body: JSON.stringify({ query: garbage[Math.floor(next() * garbage.length)] }), kind: "syntax" };
    }
    const wrongTypes = roll < 0.6;
    const args = field.args;
    const variables = Object.fromEntries(
      args.map((arg) => [arg.name, wrongTypes ? wrongValue(arg.type, next) : hostileValue(arg.type, next)]),
    );
    const declarations = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
    const passing = args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
    const selection = "getFields" in getNamedType(field.type) ? " { __typename }" : "";
    const query = `${root}${declarations ? `(${declarations})` : ""} { ${field.name}${passing ? `(${passing})` : ""}${selection} }`;
    return { body: JSON.stringify({ query, variables }), kind: wrongTypes ? "types" : "hostile" };
  }

  it("in production mode, refuses introspection and sends no stack traces or field suggestions", async () => {
    const post = async (query: string) =>
      (await (
        await fetch(`${base}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        })
      ).json()) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    const introspection = await post("{ __schema { types { name } } }");
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await post("{ areaz { code } }");
    expect(typo.errors?.[0]?.message).not.toMatch(/did you mean/i);
    expect(typo.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
  });

  it("survives 3,000 malformed requests without a 500, without an uncoded error, without a change", async () => {
    const before = await dumpTables(db);
    const next = random(20_261_121);
    const problems: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const { body, kind } = request(next);
      // Type-wrong requests also go out as the planner: coercion must stop them before any resolver.
      const asPlanner = kind === "types" || kind === "syntax" || kind === "json";
      const response = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(asPlanner ? { cookie: plannerCookie } : {}) },
        body,
      });
      const text = await response.text();
      const answer = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
      const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
      if (response.status >= 500 || codes.includes("INTERNAL_SERVER_ERROR") || codes.includes(undefined)) {
        problems.push(`#${i} ${kind} → ${response.status} ${text.slice(0, 300)} for ${body.slice(0, 300)}`);
      }
    }
    expect(problems).toEqual([]);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const after = await dumpTables(db);
    // Sessions may be touched by sign-in attempts' bookkeeping; the domain data must not change.
    delete before.Session;
    delete after.Session;
    expect(after).toEqual(before);
  });
});
