// A fresh, migrated database per test file: in-memory PGlite by default, or a new database
// on the PostgreSQL server of TEST_DATABASE_URL when the test project runs with TEST_DB=postgres.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { assertPostgresUrl } from "../lib/config.ts";
import { type Database, openDatabase } from "../lib/db.ts";
import { migrate } from "../lib/migrate.ts";

export interface TestDatabase extends Database {
  /** SQL statements sent since the last `resetQueryLog()`. */
  queries: string[];
  resetQueryLog(): void;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const queries: string[] = [];
  const onQuery = (sql: string) => queries.push(sql);
  let db: Database;
  let dropServerDatabase = async () => {};
  if (process.env.TEST_DB === "postgres") {
    const baseUrl = process.env.TEST_DATABASE_URL ?? "";
    assertPostgresUrl(baseUrl, "TEST_DATABASE_URL");
    const name = `t_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    await adminQuery(baseUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    db = await openDatabase({ kind: "server", url: url.toString() }, { onQuery });
    dropServerDatabase = () => adminQuery(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else {
    db = await openDatabase({ kind: "memory" }, { onQuery });
  }
  await migrate(db);
  queries.length = 0;
  return {
    ...db,
    queries,
    resetQueryLog: () => {
      queries.length = 0;
    },
    async close() {
      await db.close();
      await dropServerDatabase();
    },
  };
}

/** A new, empty database on the server of `baseUrl` (for end-to-end tests); `drop` removes it. */
export async function createServerDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  assertPostgresUrl(baseUrl, "TEST_DATABASE_URL");
  const name = `e2e_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await adminQuery(baseUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
