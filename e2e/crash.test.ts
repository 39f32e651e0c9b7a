import { afterAll, describe, expect, it } from "vitest";
import { createServerDatabase } from "../apps/api/src/test/test-database.ts";
import { type RunningServer, startServer, tempDataDir } from "./support/server.ts";

// A server killed with SIGKILL in the middle of a large import must come back with either the
// whole import or none of it — never a part — and start again on the same data directory.

const dates = (fromYear: number, count: number) => Array.from({ length: count }, (_, i) => `${fromYear + i}-12-31`);

async function planCodes(url: string): Promise<string[]> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ areas(level: PLANUNGSRAUM) { code } }" }),
  });
  return ((await response.json()) as { data: { areas: Array<{ code: string }> } }).data.areas.map((a) => a.code);
}

async function signInAsPlanner(url: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation { signIn(email: "planung@example.org", password: "demo-planung-2026") { id } }`,
    }),
  });
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

function importRows(url: string, cookie: string, codes: string[], referenceDates: string[]) {
  const rows = referenceDates.flatMap((referenceDate, d) =>
    codes.map((areaCode, i) => ({ indicatorKey: "mss2021.s1", areaCode, referenceDate, value: (i % 90) + d / 10 })),
  );
  const request = fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({
      query: "mutation($rows: [ObservationInput!]!) { upsertObservations(rows: $rows) { created } }",
      variables: { rows },
    }),
  });
  return { rows, request };
}

async function countBetween(url: string, from: string, to: string): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `query($from: Date, $to: Date) {
        observations(filter: { indicatorKeys: ["mss2021.s1"], from: $from, to: $to }, first: 0) { totalCount } }`,
      variables: { from, to },
    }),
  });
  return ((await response.json()) as { data: { observations: { totalCount: number } } }).data.observations.totalCount;
}

const targets = [
  { name: "embedded PGlite", databaseUrl: undefined as string | undefined },
  ...(process.env.TEST_DATABASE_URL ? [{ name: "PostgreSQL", databaseUrl: process.env.TEST_DATABASE_URL }] : []),
];

describe.each(targets)("a crash during an import ($name)", ({ databaseUrl: baseUrl }) => {
  const dataDir = tempDataDir();
  let server: RunningServer | undefined;
  let database: { url: string; drop: () => Promise<void> } | undefined;
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it("leaves all of the import or none of it, and the server starts again", async () => {
    database = baseUrl ? await createServerDatabase(baseUrl) : undefined;
    const start = () => startServer({ dataDir, databaseUrl: database?.url });
    server = await start();
    const cookie = await signInAsPlanner(server.url);
    const codes = await planCodes(server.url);

    // A first import, completed, tells how long one takes on this machine.
    const first = importRows(server.url, cookie, codes, dates(1990, 12));
    const started = Date.now();
    const answer = (await (await first.request).json()) as { data?: { upsertObservations: { created: number } } };
    expect(answer).toEqual({ data: { upsertObservations: { created: first.rows.length } } });
    const duration = Date.now() - started;

    // The second one is killed half-way.
    const second = importRows(server.url, cookie, codes, dates(2002, 12));
    let answered = false;
    second.request.then(
      () => {
        answered = true;
      },
      () => undefined, // the connection dies with the server
    );
    await new Promise((resolve) => setTimeout(resolve, duration / 2));
    server.process.kill("SIGKILL");
    await new Promise((resolve) => server?.process.once("exit", resolve));
    expect(answered).toBe(false); // the kill really came in the middle of the import

    server = await start();
    expect(await countBetween(server.url, "1990-01-01", "2001-12-31")).toBe(first.rows.length);
    expect([0, second.rows.length]).toContain(await countBetween(server.url, "2002-01-01", "2013-12-31"));
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
