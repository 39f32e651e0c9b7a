import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { repoRoot } from "./config.ts";
import type { Database } from "./db.ts";
import { StartupError } from "./errors.ts";

export const migrationsDir = resolve(repoRoot, "prisma/migrations");

export interface Migration {
  name: string;
  sql: string;
  /** sha256 of the file, as Prisma records it in `_prisma_migrations.checksum`. */
  checksum: string;
}

export function readMigrations(dir = migrationsDir): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^\d{14}_[a-z0-9_]+$/.test(name))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

// Same ledger as `prisma migrate deploy`, so the Prisma CLI and this migrator agree.
const ledgerDdl = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Any constant: serialises concurrent migrators on one PostgreSQL server.
const migrationLockKey = 72_616_001;

/**
 * Applies all pending migrations and their ledger rows in one transaction, so a failing
 * migration leaves nothing behind. Refuses to run when an applied migration was
 * edited afterwards or when the database is newer than this code.
 * @returns the names of the migrations applied now
 */
export async function migrate(db: Database, migrations = readMigrations()): Promise<string[]> {
  const { prisma } = db;
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${migrationLockKey})`);
      await tx.$executeRawUnsafe(ledgerDdl);
      const applied = await tx.$queryRawUnsafe<Array<{ migration_name: string; checksum: string }>>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      const known = new Map(migrations.map((m) => [m.name, m]));
      for (const row of applied) {
        const migration = known.get(row.migration_name);
        if (!migration) {
          throw new StartupError(
            `The database has migration ${row.migration_name}, which this version does not know; use a newer version`,
          );
        }
        if (migration.checksum !== row.checksum) {
          throw new StartupError(`Migration ${row.migration_name} was changed after it was applied; restore the file`);
        }
      }
      const done = new Set(applied.map((row) => row.migration_name));
      const pending = migrations.filter((m) => !done.has(m.name));
      for (const migration of pending) {
        try {
          await tx.$executeRawUnsafe(migration.sql);
        } catch (error) {
          throw new StartupError(`Migration ${migration.name} failed: ${(error as Error).message}`);
        }
        await tx.$executeRawUnsafe(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 1)`,
          randomUUID(),
          migration.checksum,
          migration.name,
        );
      }
      return pending.map((m) => m.name);
    },
    { maxWait: 60_000, timeout: 30 * 60_000 },
  );
}

/** Drops everything in the public schema; `migrate` then builds it again. */
export async function dropAll(db: Database): Promise<void> {
  await db.prisma.$executeRawUnsafe(`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;`);
}
