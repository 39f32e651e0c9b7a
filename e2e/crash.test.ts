import { afterAll, describe, expect, it } from "vitest";
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
    codes.map((areaCode, i) => ({ indicatorKey: "mss2021.s1", areaCode, referenceDate, value: (i % 100) + d / 10 })),
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

describe("a crash during an import", () => {
  const dataDir = tempDataDir();
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it("leaves all of the import or none of it, and the server starts again", async () => {
    server = await startServer({ dataDir });
    const cookie = await signInAsPlanner(server.url);
    const codes = await planCodes(server.url);

    // A first import, completed, tells how long one takes on this machine.
    const first = importRows(server.url, cookie, codes, dates(1990, 12));
    const started = Date.now();
    const answer = (await (await first.request).json()) as { data?: { upsertObservations: { created: number } } };
    expect(answer.data?.upsertObservations.created).toBe(first.rows.length);
    const duration = Date.now() - started;

    // The second one is killed half-way.
    const second = importRows(server.url, cookie, codes, dates(2002, 12));
    second.request.catch(() => undefined); // the connection dies with the server
    await new Promise((resolve) => setTimeout(resolve, duration / 2));
    server.process.kill("SIGKILL");
    await new Promise((resolve) => server?.process.once("exit", resolve));

    server = await startServer({ dataDir });
    expect(await countBetween(server.url, "1990-01-01", "2001-12-31")).toBe(first.rows.length);
    expect([0, second.rows.length]).toContain(await countBetween(server.url, "2002-01-01", "2013-12-31"));
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
