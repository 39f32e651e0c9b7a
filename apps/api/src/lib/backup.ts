// Logical backup of the whole database as gzipped JSON: the same file restores into embedded
// PGlite or a PostgreSQL server, so it also moves data between the two.
import { gunzipSync, gzipSync } from "node:zlib";
import type { Database } from "./db.ts";
import { StartupError } from "./errors.ts";
import { migrate, readMigrations } from "./migrate.ts";

const format = "sozialatlas-backup";
const formatVersion = 1;

interface BackupFile {
  format: typeof format;
  version: number;
  createdAt: string;
  /** Migrations the data belongs to; restore requires the same history. */
  migrations: string[];
  /** Table name → rows as PostgreSQL's row_to_json made them. */
  tables: Record<string, unknown[]>;
}

/** User tables of the public schema, parents before children (by foreign keys). */
async function tablesInDependencyOrder(db: Database): Promise<string[]> {
  const tables = (
    await db.prisma.$queryRawUnsafe<Array<{ name: string }>>(
      `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
    )
  ).map((row) => row.name);
  const edges = await db.prisma.$queryRawUnsafe<Array<{ child: string; parent: string }>>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
     FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
     WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  const unquote = (name: string) => name.replace(/^"|"$/g, "");
  const parents = new Map<string, Set<string>>(tables.map((table) => [table, new Set()]));
  for (const { child, parent } of edges) {
    if (unquote(child) !== unquote(parent)) parents.get(unquote(child))?.add(unquote(parent));
  }
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const parent of parents.get(table) ?? []) visit(parent, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

/** Every table's rows, as JSON text per table (ordered by primary key for comparable dumps). */
export async function dumpTables(db: Database): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of await tablesInDependencyOrder(db)) {
    const [row] = await db.prisma.$queryRawUnsafe<Array<{ rows: string }>>(
      `SELECT coalesce(json_agg(t ORDER BY t::text), '[]')::text AS rows FROM "${table}" t`,
    );
    tables[table] = JSON.parse(row?.rows ?? "[]") as unknown[];
  }
  return tables;
}

export async function createBackup(db: Database): Promise<Buffer> {
  const applied = await db.prisma.$queryRawUnsafe<Array<{ name: string }>>(
    `SELECT migration_name::text AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY 1`,
  );
  const file: BackupFile = {
    format,
    version: formatVersion,
    createdAt: new Date().toISOString(),
    migrations: applied.map((row) => row.name),
    tables: await dumpTables(db),
  };
  return gzipSync(JSON.stringify(file));
}

function readBackup(content: Buffer): BackupFile {
  let file: BackupFile;
  try {
    file = JSON.parse(gunzipSync(content).toString("utf8")) as BackupFile;
  } catch {
    throw new StartupError("not a Sozialatlas backup (expected gzipped JSON written by `pnpm cli backup`)");
  }
  if (file.format !== format || file.version !== formatVersion || typeof file.tables !== "object") {
    throw new StartupError(`not a Sozialatlas backup of format version ${formatVersion}`);
  }
  return file;
}

/**
 * Replaces all data with the backup's, in one transaction: on any error nothing changes.
 * The database is first migrated; the backup must come from the same migration history.
 */
export async function restoreBackup(db: Database, content: Buffer): Promise<{ tables: number; rows: number }> {
  const file = readBackup(content);
  await migrate(db);
  const known = readMigrations().map((m) => m.name);
  if (JSON.stringify(known) !== JSON.stringify(file.migrations)) {
    throw new StartupError(
      `the backup belongs to another schema version (${file.migrations.at(-1) ?? "none"}; this version has ${known.at(-1)})`,
    );
  }
  const order = await tablesInDependencyOrder(db);
  const unknownTables = Object.keys(file.tables).filter((table) => !order.includes(table));
  if (unknownTables.length > 0) throw new StartupError(`the backup has unknown tables: ${unknownTables.join(", ")}`);
  let rows = 0;
  await db.prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`TRUNCATE ${order.map((table) => `"${table}"`).join(", ")} RESTART IDENTITY CASCADE`);
      for (const table of order) {
        const tableRows = file.tables[table] ?? [];
        if (tableRows.length === 0) continue;
        // One statement per table: self-references (Area.parentId, Goal.parentId) are checked
        // at the end of the statement, so the order of rows inside does not matter.
        await tx.$executeRawUnsafe(
          `INSERT INTO "${table}" SELECT * FROM json_populate_recordset(null::"${table}", $1::json)`,
          JSON.stringify(tableRows),
        );
        rows += tableRows.length;
      }
      const serials = await tx.$queryRawUnsafe<Array<{ table_name: string; column_name: string }>>(
        `SELECT table_name::text AS table_name, column_name::text AS column_name FROM information_schema.columns
         WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
      );
      for (const { table_name, column_name } of serials) {
        await tx.$queryRawUnsafe(
          `SELECT setval(pg_get_serial_sequence('"${table_name}"', '${column_name}'),
                         coalesce(max("${column_name}"), 1), max("${column_name}") IS NOT NULL)::text FROM "${table_name}"`,
        );
      }
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
  return { tables: order.length, rows };
}
