import { mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "./lib/logger.ts";
import { createUser } from "./modules/account/account.service.ts";
import { upsertAreas } from "./modules/area/area.service.ts";
import { type App, createApp } from "./server.ts";
import { smallCity } from "./test/factories.ts";
import { createTestDatabase, type TestDatabase } from "./test/test-database.ts";

describe("HTTP server", () => {
  let db: TestDatabase;
  let app: App;
  let base: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    await upsertAreas(db, smallCity(2));
    const webDist = mkdtempSync(join(tmpdir(), "sozialatlas-web-"));
    writeFileSync(join(webDist, "index.html"), "<!doctype html><title>Sozialatlas</title>");
    app = await createApp({ db, log: createLogger("silent"), production: false, webDist });
    await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.stop();
    await db.close();
  });

  it("answers GraphQL over HTTP with a request id", async () => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "req-42" },
      body: JSON.stringify({ query: "{ areas(level: PLANUNGSRAUM) { code } }" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req-42");
    expect(await response.json()).toEqual({ data: { areas: [{ code: "01100101" }, { code: "01100102" }] } });
  });

  it("serves the SPA for deep links (history API fallback) but 404s for missing assets", async () => {
    const page = await fetch(`${base}/gebiete/01100101`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>Sozialatlas</title>");
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it("sends security headers with a CSP that allows only the app's own origin", async () => {
    const response = await fetch(`${base}/`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });

  it("rejects documents that are too deep or have too many aliases, before executing them", async () => {
    const deep = `{ area(code: "01100101") { ${"parent { ".repeat(14)}code${" }".repeat(14)} } }`;
    const deepAnswer = (await (await post({ query: deep })).json()) as { errors: Array<{ message: string }> };
    expect(deepAnswer.errors[0]?.message).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: apiVersion`).join(" ")} }`;
    const aliasAnswer = (await (await post({ query: aliases })).json()) as { errors: Array<{ message: string }> };
    expect(aliasAnswer.errors[0]?.message).toMatch(/alias/i);
    const manyTokens = await post({ query: `{ ${"apiVersion ".repeat(6000)}}` });
    expect(manyTokens.status).toBe(400);
    expect(((await manyTokens.json()) as { errors: Array<{ message: string }> }).errors[0]?.message).toMatch(/token/i);
  });

  it("refuses batched operations, oversized bodies and simple cross-site GET requests", async () => {
    const batch = await post([{ query: "{ apiVersion }" }, { query: "{ apiVersion }" }]);
    expect(batch.status).toBe(400);
    const huge = await post({ query: `{ apiVersion } # ${"x".repeat(1_100_000)}` });
    expect(huge.status).toBe(413);
    const crossSite = await fetch(`${base}/graphql?query=${encodeURIComponent("{ apiVersion }")}`);
    expect(crossSite.status).toBe(400);
    expect(await crossSite.text()).toMatch(/CSRF/i);
  });

  it("keeps the session in an httpOnly, SameSite=Lax cookie (not Secure over plain http)", async () => {
    await createUser(db, "test", { email: "http@example.org", name: "Http", role: "VIEWER" }, "http-password-1");
    const signIn = await post({
      query: `mutation { signIn(email: "http@example.org", password: "http-password-1") { email } }`,
    });
    const cookie = signIn.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^sozialatlas_session=[\w-]+;/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).not.toContain("Secure");
    const me = await post({ query: "{ me { email } }" }, { cookie: cookie.split(";")[0] ?? "" });
    expect(await me.json()).toEqual({ data: { me: { email: "http@example.org" } } });
    const anonymous = await post({ query: "{ me { email } }" });
    expect(await anonymous.json()).toEqual({ data: { me: null } });
  });

  it("answers malformed bodies and NUL characters with a GraphQL error and a code", async () => {
    const malformed = await post("{ not json");
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      errors: [{ message: "Malformed JSON body", extensions: { code: "BAD_REQUEST" } }],
    });
    const nul = await post({ query: "query($c: String!) { area(code: $c) { name } }", variables: { c: "01\u0000" } });
    expect(nul.status).toBe(400);
    const body = (await nul.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });

  it("reports health 200 while the database answers", async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("reports health 503 when the database does not answer", async () => {
    const ping = db.ping;
    db.ping = () => Promise.reject(new Error("connection lost"));
    try {
      expect((await fetch(`${base}/healthz`)).status).toBe(503);
    } finally {
      db.ping = ping;
    }
  });
});
