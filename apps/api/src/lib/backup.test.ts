import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertAreas } from "../modules/area/area.service.ts";
import { smallCity } from "../test/factories.ts";
import { createTestDatabase, type TestDatabase } from "../test/test-database.ts";
import { createBackup, dumpTables, restoreBackup } from "./backup.ts";
import { recordChange } from "./change-log.ts";

describe("backup and restore", () => {
  let source: TestDatabase;
  let target: TestDatabase;
  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await upsertAreas(source, smallCity(5));
    await source.prisma.$transaction(async (tx) => {
      await recordChange(tx, { actor: "seed", entity: "Area", entityId: "x", action: "CREATE", after: { a: 1 } });
      await recordChange(tx, { actor: "seed", entity: "Area", entityId: "x", action: "ARCHIVE" });
    });
  });
  afterAll(async () => {
    await Promise.all([source.close(), target.close()]);
  });

  it("round-trips every table, including hierarchy, geometry and the change log", async () => {
    await upsertAreas(target, smallCity(2)); // something to be replaced
    const result = await restoreBackup(target, await createBackup(source));
    expect(result.rows).toBe(9 + 2);
    expect(await dumpTables(target)).toEqual(await dumpTables(source));
    // Sequences continue after the restored rows instead of colliding with them.
    await target.prisma.$transaction((tx) =>
      recordChange(tx, { actor: "planner", entity: "Area", entityId: "y", action: "CREATE", after: {} }),
    );
    const ids = (await target.prisma.changeLog.findMany({ orderBy: { id: "asc" } })).map((row) => Number(row.id));
    expect(ids).toEqual([1, 2, 3]);
  });

  it("rejects a file that is not a backup and leaves the data as it was", async () => {
    const before = await dumpTables(target);
    await expect(restoreBackup(target, Buffer.from("hello"))).rejects.toThrow("not a Sozialatlas backup");
    const foreign = gzipSync(
      JSON.stringify({ format: "sozialatlas-backup", version: 1, migrations: ["x"], tables: {} }),
    );
    await expect(restoreBackup(target, foreign)).rejects.toThrow("another schema version");
    expect(await dumpTables(target)).toEqual(before);
  });
});
