import { DomainError } from "./errors.ts";
import { isUuid } from "./ids.ts";

/** Relay-style forward pagination arguments. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<Node> {
  edges: Array<{ cursor: string; node: Node }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export const defaultPageSize = 50;
export const maxPageSize = 500;

const encodeCursor = (id: string) => Buffer.from(`id:${id}`, "utf8").toString("base64url");

function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  if (!decoded.startsWith("id:") || !isUuid(decoded.slice(3))) {
    throw new DomainError("BAD_USER_INPUT", "Invalid cursor in `after`", {
      fieldErrors: [{ field: "after", message: "is not a cursor returned by this API" }],
    });
  }
  return decoded.slice(3);
}

/**
 * Runs one page query plus one count. `findPage` must order by a stable key ending in `id`
 * and use Prisma's cursor (`cursor: { id }, skip: 1`) when `afterId` is given.
 */
export async function paginate<Node extends { id: string }>(
  args: PageArgs,
  findPage: (page: { take: number; afterId: string | undefined }) => Promise<Node[]>,
  count: () => Promise<number>,
): Promise<Connection<Node>> {
  const first = args.first ?? defaultPageSize;
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw new DomainError("BAD_USER_INPUT", `first must be between 0 and ${maxPageSize}`, {
      fieldErrors: [{ field: "first", message: `must be between 0 and ${maxPageSize}` }],
    });
  }
  const afterId = args.after ? decodeCursor(args.after) : undefined;
  const [rows, totalCount] = await Promise.all([findPage({ take: first + 1, afterId }), count()]);
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: afterId !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

/** Prisma arguments for the page query: `{ take, skip, cursor }`. */
export function cursorArgs(page: { take: number; afterId: string | undefined }): {
  take: number;
  skip?: number;
  cursor?: { id: string };
} {
  return page.afterId === undefined ? { take: page.take } : { take: page.take, skip: 1, cursor: { id: page.afterId } };
}
