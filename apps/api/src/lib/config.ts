import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { StartupError } from "./errors.ts";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** Where the data lives: an embedded PGlite directory, in memory (tests), or a PostgreSQL server. */
export type DatabaseTarget =
  | { kind: "embedded"; dataDir: string }
  | { kind: "memory" }
  | { kind: "server"; url: string };

export interface Config {
  port: number;
  database: DatabaseTarget;
  production: boolean;
  logLevel: string;
  webDist: string;
  /** Base URL of the app as users reach it, for links in invitations (PUBLIC_URL). */
  publicUrl: string;
}

/** Reads the environment once; a bad value is a StartupError with a one-line message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === "" ? 4000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new StartupError(`PORT must be an integer between 0 and 65535, got "${env.PORT}"`);
  }
  return {
    port,
    database: databaseTarget(env),
    production: env.NODE_ENV === "production",
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"),
    webDist: resolve(repoRoot, "apps/web/dist"),
    publicUrl: (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, ""),
  };
}

function databaseTarget(env: NodeJS.ProcessEnv): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    assertPostgresUrl(url, "DATABASE_URL");
    return { kind: "server", url };
  }
  const dataDir = env.DATA_DIR?.trim() || resolve(repoRoot, ".data/db");
  return { kind: "embedded", dataDir: isAbsolute(dataDir) ? dataDir : resolve(process.cwd(), dataDir) };
}

export function assertPostgresUrl(url: string, variable: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StartupError(`${variable} is not a URL: expected postgresql://user:password@host:5432/database`);
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new StartupError(`${variable} must start with postgresql://, got ${parsed.protocol}//`);
  }
  if (!parsed.pathname || parsed.pathname === "/") {
    throw new StartupError(`${variable} names no database: expected postgresql://user@host:5432/database`);
  }
}
