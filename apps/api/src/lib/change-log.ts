import type { ChangeAction, Prisma } from "../generated/prisma/client.ts";

type Tx = Prisma.TransactionClient;
type Json = Prisma.InputJsonValue;

/** Field-by-field differences of two plain records: { field: { from, to } }. */
export function diffFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of Object.keys(after)) {
    if (field === "updatedAt" || field === "updatedBy") continue;
    const from = toJson(before[field]);
    const to = toJson(after[field]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

function toJson(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value;
}

/**
 * Writes one ChangeLog row inside the caller's transaction, so the change and its record
 * are committed together or not at all. Updates without any changed field are not recorded.
 */
export async function recordChange(
  tx: Tx,
  entry: {
    actor: string;
    entity: string;
    entityId: string;
    action: ChangeAction;
    before?: Record<string, unknown>;
    after?: Record<string, unknown>;
  },
): Promise<void> {
  let changes: Record<string, unknown> | undefined;
  if (entry.action === "UPDATE" && entry.before && entry.after) {
    changes = diffFields(entry.before, entry.after);
    if (Object.keys(changes).length === 0) return;
  } else if (entry.after) {
    changes = Object.fromEntries(Object.entries(entry.after).map(([key, value]) => [key, toJson(value)]));
  }
  await tx.changeLog.create({
    data: {
      actor: entry.actor,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      changes: changes === undefined ? undefined : (JSON.parse(JSON.stringify(changes)) as Json),
    },
  });
}
