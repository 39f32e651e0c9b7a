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
