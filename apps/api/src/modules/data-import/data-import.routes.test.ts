import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../lib/logger.ts";
import { type App, createApp, sessionCookieName } from "../../server.ts";
import { smallCity } from "../../test/factories.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";
import { createUser, signIn } from "../account/account.service.ts";
import { upsertAreas } from "../area/area.service.ts";
import { upsertIndicators } from "../indicator/indicator.service.ts";
import { fileNameHeader, manifestHeader, uploadCsrfHeader } from "./data-import.routes.ts";

type Role = "VIEWER" | "PROVIDER" | "PLANNER" | "ADMIN";

const indicator = (key: string, unit: string) => ({
  key,
  name: key,
  description: `Test indicator ${key}`,
  unit,
  polarity: "NEUTRAL",
  topic: "Test",
  source: "Test",
  licence: "CC0",
});

const manifest = {
  kind: "observations",
  areaLevel: "PLANUNGSRAUM",
  areaCodeColumn: "code",
  referenceDate: "2020-12-31",
  delimiter: ";",
  decimal: ",",
  columns: [
    { column: "anteil", indicator: "t.share" },
    { column: "personen", indicator: "t.count" },
  ],
  ignoreColumns: ["name"],
};

const goodCsv = [
  "code;name;anteil;personen",
  "01100101;Planungsraum 01;12,5;1200",
  "01100102;Planungsraum 02;7,25;",
  "01100103;Planungsraum 03;30;800",
].join("\n");

const badCsv = [
  "code;name;anteil;personen",
  "01100101;Planungsraum 01;12,5;1200",
  "01100102;Planungsraum 02;sieben;900",
  "01100199;Planungsraum 99;3;100",
].join("\n");

/**
 * POSTs from a separate Node process and returns the chunks of the response body in the order
 * and grouping that process received them.
 */
function postFromChildProcess(url: string, body: string, headers: Record<string, string>): Promise<string[]> {
  const script = `
    const body = await new Response(process.stdin).text();
    const response = await fetch(process.env.UPLOAD_URL, { method: "POST", headers: JSON.parse(process.env.UPLOAD_HEADERS), body });
    const decoder = new TextDecoder();
    for await (const chunk of response.body) process.stdout.write(JSON.stringify(decoder.decode(chunk)) + "\\n");
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
      env: { ...process.env, UPLOAD_URL: url, UPLOAD_HEADERS: JSON.stringify(headers) },
    });
    let output = "";
    let errors = "";
    child.stdout.on("data", (data: Buffer) => {
      output += data;
    });
    child.stderr.on("data", (data: Buffer) => {
      errors += data;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) reject(new Error(`upload process failed (${code}): ${errors}`));
      else
        resolve(
          output
            .split("\n")
            .filter(Boolean)
            .map((line) => JSON.parse(line) as string),
        );
    });
    child.stdin.end(body);
  });
}

/** Row counts and a checksum of every row of the tables an import writes. */
async function snapshot(db: TestDatabase): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of ["Area", "Observation", "DataImport", "ChangeLog"]) {
    const [row] = await db.prisma.$queryRawUnsafe<Array<{ rows: number; checksum: string | null }>>(
      `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t.id)) AS checksum FROM "${table}" t`,
    );
    result[table] = `${row?.rows}:${row?.checksum}`;
  }
  return result;
}

/** The NDJSON lines of a response, parsed. */
async function ndjson(response: Response): Promise<Array<Record<string, unknown>>> {
  return ndjsonLines(await response.text());
}

function ndjsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("data import over HTTP (/api/imports)", () => {
  let db: TestDatabase;
  let app: App;
  let base: string;
  const cookies = {} as Record<Role, string>;
  const userIds = {} as Record<Role, string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, smallCity(3));
    await upsertIndicators(db, "test", [indicator("t.share", "%"), indicator("t.count", "Personen")]);
    for (const role of ["VIEWER", "PROVIDER", "PLANNER", "ADMIN"] as const) {
      const email = `${role.toLowerCase()}@upload.test`;
      const user = await createUser(db, "test", { email, name: role, role }, "upload-password-1");
      userIds[role] = user.id;
      const { session } = await signIn(db, { email, password: "upload-password-1" }, { ip: "10.0.0.1" });
      cookies[role] = `${sessionCookieName}=${session.token}`;
    }
    const webDist = mkdtempSync(join(tmpdir(), "sozialatlas-web-"));
    app = await createApp({ db, log: createLogger("silent"), production: false, webDist });
    await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.stop();
    await db.close();
  });

  const upload = (
    path: "/api/imports/preview" | "/api/imports",
    body: string | Uint8Array,
    options: {
      role?: Role | null;
      manifest?: unknown;
      fileName?: string;
      contentType?: string;
      headers?: Record<string, string>;
    } = {},
  ) => {
    const role = options.role === undefined ? "PLANNER" : options.role;
    const headers: Record<string, string> = {
      "content-type": options.contentType ?? "text/csv",
      [uploadCsrfHeader]: "1",
      [fileNameHeader]: encodeURIComponent(options.fileName ?? "Werte März.csv"),
      [manifestHeader]: encodeURIComponent(JSON.stringify(options.manifest ?? manifest)),
      ...(role ? { cookie: cookies[role] } : {}),
      ...options.headers,
    };
    return fetch(`${base}${path}`, { method: "POST", headers, body });
  };

  it("lets only planners and admins upload: the public must sign in, others are forbidden", async () => {
    const before = await snapshot(db);
    const statuses: Record<string, number[]> = {};
    for (const role of [null, "VIEWER", "PROVIDER", "PLANNER", "ADMIN"] as const) {
      const preview = await upload("/api/imports/preview", goodCsv, { role });
      statuses[role ?? "public"] = [preview.status];
      if (role !== "PLANNER" && role !== "ADMIN") {
        const write = await upload("/api/imports", goodCsv, { role });
        statuses[role ?? "public"]?.push(write.status);
        expect(await write.json()).toEqual({
          error:
            role === null
              ? { code: "UNAUTHENTICATED", message: "Sign in first" }
              : { code: "FORBIDDEN", message: "Only planners and admins may do this" },
        });
      } else {
        await preview.json();
      }
    }
    expect(statuses).toEqual({
      public: [401, 401],
      VIEWER: [403, 403],
      PROVIDER: [403, 403],
      PLANNER: [200],
      ADMIN: [200],
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it("requires the custom CSRF header, also from a signed-in planner", async () => {
    const before = await snapshot(db);
    const response = await upload("/api/imports", goodCsv, { headers: { [uploadCsrfHeader]: "" } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.message).toMatch(/CSRF.*x-sozialatlas-upload/);
    // A cross-site form can only send simple requests: no custom header, a text/plain body.
    const form = await fetch(`${base}/api/imports`, {
      method: "POST",
      headers: { "content-type": "text/plain", cookie: cookies.PLANNER },
      body: goodCsv,
    });
    expect(form.status).toBe(400);
    expect(await snapshot(db)).toEqual(before);
  });

  it("previews a malformed CSV with line-precise problems and writes nothing", async () => {
    const before = await snapshot(db);
    const response = await upload("/api/imports/preview", badCsv);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const preview = await response.json();
    expect(preview).toMatchObject({
      kind: "OBSERVATIONS",
      fileName: "Werte März.csv",
      accepted: false,
      errorCount: 2,
      errors: [
        { in: "file", line: 3, column: "anteil", message: 'value "sieben" is not a number' },
        {
          in: "file",
          line: 4,
          column: "code",
          message: "unknown area code 01100199: no PLANUNGSRAUM has this code",
        },
      ],
      observations: { rowCount: 3, areaCount: 2, unknownAreaCodes: ["01100199"], referenceDates: ["2020-12-31"] },
      previousImport: null,
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it("rejects a malformed file on import: the stream ends with the problems and nothing is written", async () => {
    const before = await snapshot(db);
    const response = await upload("/api/imports", badCsv);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    const lines = await ndjson(response);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      result: {
        accepted: false,
        dataImportId: null,
        created: 0,
        errorCount: 2,
        errors: [{ line: 3 }, { line: 4 }],
      },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it("imports a good file: progress lines, then the summary; the planner is recorded as importer", async () => {
    const response = await upload("/api/imports", goodCsv);
    const lines = await ndjson(response);
    expect(lines.slice(0, -1)).toEqual([
      { done: 0, total: 6 },
      { done: 6, total: 6 },
    ]);
    expect(lines.at(-1)).toMatchObject({
      result: { accepted: true, kind: "OBSERVATIONS", created: 6, updated: 0, unchanged: 0, errorCount: 0 },
    });
    const result = (lines.at(-1) as { result: { dataImportId: string } }).result;
    const log = await db.prisma.dataImport.findUniqueOrThrow({ where: { id: result.dataImportId } });
    expect(log).toMatchObject({ fileName: "Werte März.csv", importedBy: userIds.PLANNER, created: 6 });
    expect(await db.prisma.observation.count()).toBe(6);

    // The same bytes again: the preview names the earlier import, the import changes nothing.
    const preview = await (await upload("/api/imports/preview", goodCsv, { role: "ADMIN" })).json();
    expect(preview).toMatchObject({ accepted: true, previousImport: { importedBy: userIds.PLANNER } });
    const again = await ndjson(await upload("/api/imports", goodCsv, { role: "ADMIN" }));
    expect(again.at(-1)).toMatchObject({ result: { accepted: true, created: 0, updated: 0, unchanged: 6 } });
  });

  it("reports progress batch by batch for a large file", async () => {
    // 3 areas × 700 Stichtage × 2 indicators = 4,200 values: three batches of at most 2,000.
    const rows = ["code;name;tag;anteil;personen"];
    for (let day = 0; day < 700; day++) {
      const date = new Date(Date.UTC(2000, 0, 1 + day)).toISOString().slice(0, 10);
      for (const n of ["01", "02", "03"])
        rows.push(`011001${n};PLR ${n};${date};${String((day % 100) / 2).replace(".", ",")};${day}`);
    }
    const large = { ...manifest, referenceDate: { column: "tag", format: "YYYY-MM-DD" } };
    // Read by another process: this one is busy running the import (PGlite runs in-process), so
    // only a separate reader can see that the progress lines arrive while the values are written.
    const chunks = await postFromChildProcess(`${base}/api/imports`, rows.join("\n"), {
      "content-type": "text/csv",
      [uploadCsrfHeader]: "1",
      [fileNameHeader]: "reihe.csv",
      [manifestHeader]: encodeURIComponent(JSON.stringify(large)),
      cookie: cookies.PLANNER,
    });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks[0]).toBe('{"done":0,"total":4200}\n');
    const lines = ndjsonLines(chunks.join(""));
    expect(lines.slice(0, -1)).toEqual([
      { done: 0, total: 4200 },
      { done: 2000, total: 4200 },
      { done: 4000, total: 4200 },
      { done: 4200, total: 4200 },
    ]);
    expect(lines.at(-1)).toMatchObject({ result: { accepted: true, created: 4200 } });
  });

  it("imports area boundaries from GeoJSON", async () => {
    const geojson = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { PLR_ID: "01100104", PLR_NAME: "Neuer Planungsraum" },
          geometry: {
            type: "Polygon",
            coordinates: [
              [
                [13.05, 52],
                [13.06, 52],
                [13.06, 52.01],
                [13.05, 52.01],
                [13.05, 52],
              ],
            ],
          },
        },
      ],
    };
    const areaManifest = {
      kind: "areas",
      level: "PLANUNGSRAUM",
      codeProperty: "PLR_ID",
      nameProperty: "PLR_NAME",
      parentCodePrefix: 6,
    };
    const options = { manifest: areaManifest, contentType: "application/geo+json", fileName: "plr.geojson" };
    const preview = await (await upload("/api/imports/preview", JSON.stringify(geojson), options)).json();
    expect(preview).toMatchObject({
      kind: "AREAS",
      accepted: true,
      areas: { featureCount: 1, newCodes: ["01100104"] },
    });
    const lines = await ndjson(await upload("/api/imports", JSON.stringify(geojson), options));
    expect(lines).toEqual([
      { done: 0, total: 1 },
      { done: 1, total: 1 },
      { result: expect.objectContaining({ accepted: true, kind: "AREAS", created: 1 }) },
    ]);
    expect(await db.prisma.area.findUnique({ where: { code: "01100104" }, select: { name: true } })).toEqual({
      name: "Neuer Planungsraum",
    });
  });

  it("answers unusable requests with a code and writes nothing", async () => {
    const before = await snapshot(db);
    const errorOf = async (response: Response) => [
      response.status,
      ((await response.json()) as { error: { code: string } }).error.code,
    ];
    expect(await errorOf(await upload("/api/imports", goodCsv, { contentType: "text/plain" }))).toEqual([
      415,
      "BAD_REQUEST",
    ]);
    expect(await errorOf(await upload("/api/imports", goodCsv, { headers: { [manifestHeader]: "%7Bkind" } }))).toEqual([
      400,
      "BAD_USER_INPUT",
    ]);
    expect(await errorOf(await upload("/api/imports", goodCsv, { headers: { [manifestHeader]: "" } }))).toEqual([
      400,
      "BAD_USER_INPUT",
    ]);
    expect(await errorOf(await upload("/api/imports", `${goodCsv}\u0000`))).toEqual([400, "BAD_USER_INPUT"]);
    const tooLarge = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x41);
    expect(await errorOf(await upload("/api/imports/preview", tooLarge))).toEqual([413, "PAYLOAD_TOO_LARGE"]);
    // A manifest that is JSON but wrong is the preview's business: field problems, not a transport error.
    const preview = await (await upload("/api/imports/preview", goodCsv, { manifest: { kind: "werte" } })).json();
    expect(preview).toMatchObject({ accepted: false, kind: null, errors: [{ in: "manifest" }] });
    // The manifest may also come in the query.
    const query = encodeURIComponent(JSON.stringify(manifest));
    const viaQuery = await fetch(`${base}/api/imports/preview?manifest=${query}&fileName=q.csv`, {
      method: "POST",
      headers: { "content-type": "text/csv", [uploadCsrfHeader]: "1", cookie: cookies.PLANNER },
      body: goodCsv,
    });
    expect(await viaQuery.json()).toMatchObject({ fileName: "q.csv", accepted: true });
    expect((await fetch(`${base}/api/imports`)).status).toBe(405);
    expect(await snapshot(db)).toEqual(before);
  });
});
