import DataLoader from "dataloader";
import type { Organisation } from "../../generated/prisma/client.ts";
import type { Database } from "../../lib/db.ts";

export function createAccountLoaders(db: Database) {
  return {
    organisationsByUserId: new DataLoader<string, Organisation[]>(async (userIds) => {
      const memberships = await db.prisma.membership.findMany({
        where: { userId: { in: [...userIds] } },
        include: { organisation: true },
        orderBy: { organisation: { name: "asc" } },
      });
      return userIds.map((id) => memberships.filter((m) => m.userId === id).map((m) => m.organisation));
    }),
  };
}
