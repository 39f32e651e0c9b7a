import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../test/test-database.ts";
import { type Migration, migrate, readMigrations } from "./migrate.ts";

const extra = (name: string, sql: string): Migration => ({ name, sql, checksum: `checksum-of-${name}` });

describe("migrate", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(); // already migrated with the committed history
  });
  afterEach(async () => {
    await db.close();
  });

  it("records every committed migration in Prisma's ledger and applies nothing twice", async () => {
    const ledger = await db.prisma.$queryRawUnsafe<Array<{ migration_name: string; checksum: string }>>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(ledger).toEqual(readMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum })));
    expect(await migrate(db)).toEqual([]);
  });

  it("applies pending migrations in order", async () => {
    const history = [
      ...readMigrations(),
      extra("29990101000000_add_note", `CREATE TABLE "Note" (id int); INSERT INTO "Note" VALUES (1);`),
      extra("29990101000001_add_more", `INSERT INTO "Note" VALUES (2);`),
    ];
    expect(await migrate(db, history)).toEqual(["29990101000000_add_note", "29990101000001_add_more"]);
    const rows = await db.prisma.$queryRawUnsafe<Array<{ id: number }>>(`SELECT id FROM "Note" ORDER BY id`);
    expect(rows).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it("leaves nothing behind when a pending migration fails", async () => {
    const history = [
      ...readMigrations(),
      extra("29990101000000_good", `CREATE TABLE "Good" (id int);`),
      extra("29990101000001_bad", `CREATE TABLE "Bad" (id int); SELECT no_such_function();`),
    ];
    await expect(migrate(db, history)).rejects.toThrow(/Migration 29990101000001_bad failed/);
    const tables = await db.prisma.$queryRawUnsafe<Array<{ table_name: string }>>(
      `SELECT table_name::text FROM information_schema.tables WHERE table_name IN ('Good', 'Bad')`,
    );
    expect(tables).toEqual([]);
    const ledger = await db.prisma.$queryRawUnsafe<unknown[]>(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name LIKE '2999%'`,
    );
    expect(ledger).toEqual([]);
  });

  it("refuses a database whose applied migration was edited or is unknown to this version", async () => {
    const edited = readMigrations().map((m) => ({ ...m, checksum: "0".repeat(64) }));
    await expect(migrate(db, edited)).rejects.toThrow(/was changed after it was applied/);
    await expect(migrate(db, [])).rejects.toThrow(/which this version does not know/);
  });
});
