import { describe, expect, it } from "vitest";
import { loadConfig, repoRoot } from "./config.ts";

describe("loadConfig", () => {
  it("defaults to port 4000 and the embedded database in ./.data/db of the repository", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({ kind: "embedded", dataDir: `${repoRoot}.data/db` });
  });

  it("honours PORT, DATA_DIR and DATABASE_URL", () => {
    expect(loadConfig({ PORT: "4321" }).port).toBe(4321);
    expect(loadConfig({ DATA_DIR: "/srv/atlas" }).database).toEqual({ kind: "embedded", dataDir: "/srv/atlas" });
    expect(loadConfig({ DATABASE_URL: "postgresql://u:p@db:5432/atlas" }).database).toEqual({
      kind: "server",
      url: "postgresql://u:p@db:5432/atlas",
    });
  });

  it("rejects unusable values with one clear line", () => {
    expect(() => loadConfig({ PORT: "http" })).toThrow('PORT must be an integer between 0 and 65535, got "http"');
    expect(() => loadConfig({ DATABASE_URL: "atlas" })).toThrow("DATABASE_URL is not a URL");
    expect(() => loadConfig({ DATABASE_URL: "mysql://localhost/atlas" })).toThrow(
      "DATABASE_URL must start with postgresql://",
    );
    expect(() => loadConfig({ DATABASE_URL: "postgresql://localhost" })).toThrow("DATABASE_URL names no database");
  });
});
