import { describe, expect, it } from "vitest";
import { DomainError } from "./errors.ts";
import { paginate } from "./pagination.ts";

const rows = Array.from({ length: 7 }, (_, i) => ({ id: `00000000-0000-4000-8000-00000000000${i}` }));

// An in-memory stand-in for a Prisma cursor query: rows after `afterId`, `take` of them.
const findPage = async ({ take, afterId }: { take: number; afterId: string | undefined }) => {
  const start = afterId ? rows.findIndex((row) => row.id === afterId) + 1 : 0;
  return rows.slice(start, start + take);
};
const count = async () => rows.length;

describe("paginate", () => {
  it("walks all rows page by page with cursors", async () => {
    const first = await paginate({ first: 3 }, findPage, count);
    expect(first.edges.map((edge) => edge.node.id)).toEqual(rows.slice(0, 3).map((row) => row.id));
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.totalCount).toBe(7);

    const second = await paginate({ first: 3, after: first.pageInfo.endCursor }, findPage, count);
    expect(second.edges.map((edge) => edge.node.id)).toEqual(rows.slice(3, 6).map((row) => row.id));
    const last = await paginate({ first: 3, after: second.pageInfo.endCursor }, findPage, count);
    expect(last.edges).toHaveLength(1);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it("rejects page sizes out of range and foreign cursors with field errors", async () => {
    await expect(paginate({ first: 501 }, findPage, count)).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      details: { fieldErrors: [{ field: "first", message: "must be between 0 and 500" }] },
    });
    await expect(paginate({ after: "not-a-cursor" }, findPage, count)).rejects.toBeInstanceOf(DomainError);
    const notAnId = Buffer.from("id:1 OR 1=1").toString("base64url");
    await expect(paginate({ after: notAnId }, findPage, count)).rejects.toBeInstanceOf(DomainError);
  });
});
