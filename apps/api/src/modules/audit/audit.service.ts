import type { ChangeAction } from "../../generated/prisma/client.ts";
import type { Database } from "../../lib/db.ts";
import { DomainError } from "../../lib/errors.ts";

export async function listChanges(db: Database, entity: string, entityId: string, first: number) {
  if (!Number.isInteger(first) || first < 1 || first > 1000) {
    throw new DomainError("BAD_USER_INPUT", "first must be between 1 and 1000", {
      fieldErrors: [{ field: "first", message: "must be between 1 and 1000" }],
    });
  }
  return db.prisma.changeLog.findMany({
    where: { entity, entityId },
    orderBy: { id: "desc" },
    take: first,
  });
}

export interface ChangeFilter {
  entity?: string | null;
  actor?: string | null;
  action?: ChangeAction | null;
}

/** Newest first; the cursor is the entry's sequence number. */
export async function listAllChanges(
  db: Database,
  filter: ChangeFilter,
  page: { first?: number | null; after?: string | null },
) {
  const first = page.first ?? 50;
  if (!Number.isInteger(first) || first < 0 || first > 500) {
    throw new DomainError("BAD_USER_INPUT", "first must be between 0 and 500", {
      fieldErrors: [{ field: "first", message: "must be between 0 and 500" }],
    });
  }
  let before: bigint | undefined;
  if (page.after) {
    const decoded = Buffer.from(page.after, "base64url").toString("utf8");
    if (!/^log:\d{1,18}$/.test(decoded)) {
      throw new DomainError("BAD_USER_INPUT", "Invalid cursor in `after`", {
        fieldErrors: [{ field: "after", message: "is not a cursor returned by this API" }],
      });
    }
    before = BigInt(decoded.slice(4));
  }
  const where = {
    entity: filter.entity ?? undefined,
    actor: filter.actor ?? undefined,
    action: filter.action ?? undefined,
  };
  const [rows, totalCount] = await Promise.all([
    db.prisma.changeLog.findMany({
      where: { ...where, id: before === undefined ? undefined : { lt: before } },
      orderBy: { id: "desc" },
      take: first + 1,
    }),
    db.prisma.changeLog.count({ where }),
  ]);
  const edges = rows.slice(0, first).map((node) => ({
    cursor: Buffer.from(`log:${node.id}`, "utf8").toString("base64url"),
    node,
  }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: before !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
