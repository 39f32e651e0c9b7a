import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, type RunningServer, runMain, startServer, tempDataDir } from "./support/server.ts";

describe("the server process", () => {
  const dataDir = tempDataDir();
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ dataDir });
  });
  afterAll(async () => {
    await server.stop();
  });

  it("migrates, loads the demo data into the empty database and answers", async () => {
    const data = await graphql<{ areaLevels: Array<{ count: number }> }>(server.url, "{ areaLevels { count } }");
    expect(data.areaLevels.map((level) => level.count)).toEqual([1, 12, 58, 143, 542]);
    expect(server.output()).toContain('"msg":"loaded demo data into the empty database"');
  });

  it("refuses a second server and a CLI command on the same data directory, leaving the first intact", async () => {
    const second = await runMain(["serve"], { DATA_DIR: dataDir, PORT: "0", DATABASE_URL: "" });
    expect(second.code).toBe(1);
    expect(second.stderr.trim().split("\n")).toHaveLength(1);
    expect(second.stderr).toMatch(/^error: Data directory .* is in use by process \d+ .*lock file .*\.lock/);

    const seed = await runMain(["db", "seed"], { DATA_DIR: dataDir, DATABASE_URL: "" });
    expect(seed.code).toBe(1);
    expect(seed.stderr).toContain("is in use by process");

    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const data = await graphql<{ areas: unknown[] }>(server.url, "{ areas(level: PLANUNGSRAUM) { code } }");
    expect(data.areas).toHaveLength(542);
  });

  it("stops cleanly on SIGTERM, releases the lock, and restarts on the same data without reseeding", async () => {
    expect(await server.stop()).toBe(0);
    expect(server.output()).toContain('"msg":"stopped cleanly"');
    expect(existsSync(`${dataDir}.lock`)).toBe(false);

    server = await startServer({ dataDir });
    expect(server.output()).not.toContain("loaded demo data");
    const data = await graphql<{ area: { name: string } }>(server.url, '{ area(code: "12601134") { name } }');
    expect(data.area.name).toBeTruthy();
  });
});

describe("unusable configuration", () => {
  it("answers a DATA_DIR that is a file with one line on stderr and exit code 1", async () => {
    const result = await runMain(["serve"], { DATA_DIR: "/etc/hostname", DATABASE_URL: "" });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("error: Cannot use DATA_DIR /etc/hostname: it exists and is not a directory\n");
  });

  it("answers an unreachable DATABASE_URL with one line on stderr and exit code 1", async () => {
    const result = await runMain(["serve"], { DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: Cannot reach PostgreSQL at 127\.0\.0\.1:1\/none: .+\n$/);
  });
});
