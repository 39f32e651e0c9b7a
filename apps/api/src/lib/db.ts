import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client.ts";
import type { DatabaseTarget } from "./config.ts";
import { lockDataDir } from "./data-dir-lock.ts";
import { StartupError } from "./errors.ts";

/** The one database handle of a process: a Prisma client over PGlite or PostgreSQL. */
export interface Database {
  prisma: PrismaClient;
  target: DatabaseTarget;
  /** Human-readable location, for logs ("embedded PGlite at …", "PostgreSQL at …"). */
  location: string;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /** Closes connections (and the embedded database, releasing its lock). Idempotent. */
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Called with every SQL statement Prisma sends (tests and benchmarks count them). */
  onQuery?: (sql: string) => void;
}

export async function openDatabase(target: DatabaseTarget, options: DatabaseOptions = {}): Promise<Database> {
  switch (target.kind) {
    case "server":
      return openServer(target, target.url, options);
    case "memory":
      return openPGlite(target, new PGlite(), "in-memory PGlite", () => {}, options);
    case "embedded": {
      prepareDataDir(target.dataDir);
      const release = lockDataDir(target.dataDir);
      try {
        const pglite = await PGlite.create(target.dataDir);
        return await openPGlite(target, pglite, `embedded PGlite at ${target.dataDir}`, release, options);
      } catch (error) {
        release();
        if (error instanceof StartupError) throw error;
        throw new StartupError(`Cannot open embedded database at ${target.dataDir}: ${messageOf(error)}`);
      }
    }
  }
}

async function openPGlite(
  target: DatabaseTarget,
  pglite: PGlite,
  location: string,
  releaseLock: () => void,
  options: DatabaseOptions,
): Promise<Database> {
  const prisma = createPrismaClient(new PrismaPGlite(pglite), options);
  let closed = false;
  const db: Database = {
    prisma,
    target,
    location,
    ping: () => ping(prisma),
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      await pglite.close();
      releaseLock();
    },
  };
  await db.ping();
  return db;
}

async function openServer(target: DatabaseTarget, url: string, options: DatabaseOptions): Promise<Database> {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.slice(1));
  const location = `PostgreSQL at ${parsed.hostname}:${parsed.port || 5432}/${database}`;
  // Host/port/user split out on purpose: with `connectionString` Prisma's shadow database
  // handling would silently target the real database.
  const adapter = new PrismaPg({
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    database,
    ssl: parsed.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
    max: Number(parsed.searchParams.get("connection_limit") ?? 10),
    connectionTimeoutMillis: 5000,
  });
  const prisma = createPrismaClient(adapter, options);
  let closed = false;
  const db: Database = {
    prisma,
    target,
    location,
    ping: () => ping(prisma),
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
    },
  };
  try {
    await db.ping();
  } catch (error) {
    await db.close();
    throw new StartupError(`Cannot reach ${location}: ${messageOf(error)}`);
  }
  return db;
}

function createPrismaClient(adapter: PrismaPGlite | PrismaPg, { onQuery }: DatabaseOptions): PrismaClient {
  if (!onQuery) return new PrismaClient({ adapter });
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (event) => onQuery(event.query));
  return prisma;
}

async function ping(prisma: PrismaClient): Promise<void> {
  await prisma.$queryRawUnsafe("SELECT 1");
}

/** Refuses paths that are files, unwritable, or non-empty directories of something else. */
function prepareDataDir(dataDir: string): void {
  try {
    if (existsSync(dataDir)) {
      if (!statSync(dataDir).isDirectory()) throw new Error("it exists and is not a directory");
      const entries = readdirSync(dataDir);
      if (entries.length > 0 && !entries.includes("PG_VERSION")) {
        throw new Error("it is not empty and holds no database (no PG_VERSION)");
      }
    } else {
      mkdirSync(dataDir, { recursive: true });
    }
  } catch (error) {
    throw new StartupError(`Cannot use DATA_DIR ${dataDir}: ${messageOf(error)}`);
  }
}

/** One line out of driver and Prisma errors (which wrap the real message in several lines). */
function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return messageOf(error.errors[0]);
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  if (!error.message && cause) return messageOf(cause);
  const prismaMessage = /Message: `([^`]*)`/.exec(error.message)?.[1];
  const firstLine = error.message.split("\n").find((line) => line.trim() !== "");
  return (prismaMessage ?? firstLine ?? error.name).trim();
}

/**
 * Refreshes the query planner's statistics after bulk writes (demo seed, data imports).
 * Embedded PGlite has no autovacuum daemon: without this the planner assumes empty tables and
 * picks nested loops that turn a 542-area map query from milliseconds into seconds.
 */
export async function refreshStatistics(db: Database): Promise<void> {
  await db.prisma.$executeRawUnsafe("ANALYZE");
}
