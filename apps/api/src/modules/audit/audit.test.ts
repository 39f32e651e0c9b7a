import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffFields, recordChange } from "../../lib/change-log.ts";
import { errorCodes, graphqlClient } from "../../test/graphql.ts";
import { createTestDatabase, type TestDatabase } from "../../test/test-database.ts";

describe("change log", () => {
  let db: TestDatabase;
  let client: ReturnType<typeof graphqlClient>;
  beforeAll(async () => {
    db = await createTestDatabase();
    client = graphqlClient(db);
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it("diffs only changed fields and ignores updatedAt/updatedBy", () => {
    const before = { name: "Alt", minAge: 3, updatedAt: new Date("2020-01-01"), startDate: new Date("2021-01-01") };
    const after = { name: "Neu", minAge: 3, updatedAt: new Date("2026-01-01"), startDate: new Date("2021-02-01") };
    expect(diffFields(before, after)).toEqual({
      name: { from: "Alt", to: "Neu" },
      startDate: { from: "2021-01-01T00:00:00.000Z", to: "2021-02-01T00:00:00.000Z" },
    });
  });

  it("records creates and updates in the caller's transaction and answers them newest first", async () => {
    await db.prisma.$transaction(async (tx) => {
      await recordChange(tx, {
        actor: "planner-1",
        entity: "Offer",
        entityId: "o-1",
        action: "CREATE",
        after: { name: "A" },
      });
      await recordChange(tx, {
        actor: "planner-2",
        entity: "Offer",
        entityId: "o-1",
        action: "UPDATE",
        before: { name: "A", cost: "FREE" },
        after: { name: "B", cost: "FREE" },
      });
      // An update that changes nothing is not worth a line.
      await recordChange(tx, {
        actor: "planner-2",
        entity: "Offer",
        entityId: "o-1",
        action: "UPDATE",
        before: { name: "B" },
        after: { name: "B" },
      });
    });
    const result = await client.execute<{ changeLog: Array<{ actor: string; action: string; changes: unknown }> }>(
      `{ changeLog(entity: "Offer", entityId: "o-1") { actor action changes at } }`,
    );
    expect(result.data?.changeLog.map(({ actor, action, changes }) => ({ actor, action, changes }))).toEqual([
      { actor: "planner-2", action: "UPDATE", changes: { name: { from: "A", to: "B" } } },
      { actor: "planner-1", action: "CREATE", changes: { name: "A" } },
    ]);
  });

  it("writes nothing when the surrounding transaction fails", async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await recordChange(tx, {
          actor: "x",
          entity: "Offer",
          entityId: "o-2",
          action: "CREATE",
          after: { name: "C" },
        });
        throw new Error("the entity write failed");
      }),
    ).rejects.toThrow("the entity write failed");
    expect(await db.prisma.changeLog.count({ where: { entityId: "o-2" } })).toBe(0);
  });

  it("lists all changes newest first, filtered and page by page", async () => {
    const query = `query($filter: ChangeLogFilter, $after: String) {
      changes(filter: $filter, first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { actor action } } }
    }`;
    type Page = {
      changes: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: { actor: string; action: string } }>;
      };
    };
    const first = await client.execute<Page>(query, { filter: { entity: "Offer" } });
    expect(first.data?.changes.totalCount).toBe(2);
    expect(first.data?.changes.edges.map((e) => e.node)).toEqual([{ actor: "planner-2", action: "UPDATE" }]);
    const second = await client.execute<Page>(query, {
      filter: { entity: "Offer" },
      after: first.data?.changes.pageInfo.endCursor,
    });
    expect(second.data?.changes.edges.map((e) => e.node)).toEqual([{ actor: "planner-1", action: "CREATE" }]);
    expect(second.data?.changes.pageInfo.hasNextPage).toBe(false);
    const byActor = await client.execute<Page>(query, { filter: { actor: "planner-1" } });
    expect(byActor.data?.changes.totalCount).toBe(1);
    const forged = await client.execute(query, { after: Buffer.from("log:1; DROP").toString("base64url") });
    expect(errorCodes(forged)).toEqual(["BAD_USER_INPUT"]);
  });

  it("rejects an out-of-range page size", async () => {
    const result = await client.execute(`{ changeLog(entity: "Offer", entityId: "o-1", first: 0) { id } }`);
    expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
  });
});
