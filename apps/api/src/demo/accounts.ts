import type { Role } from "@sozialatlas/domain/account";
import type { Database } from "../lib/db.ts";
import { createUser } from "../modules/account/account.service.ts";

/**
 * One demo account per role, with passwords documented in the README. Demo only: a real
 * installation creates its first admin with `pnpm cli user create --role ADMIN …`.
 */
export const demoAccounts: Array<{ email: string; name: string; role: Role; password: string; organisation?: string }> =
  [
    { email: "admin@example.org", name: "Demo Admin", role: "ADMIN", password: "demo-admin-2026" },
    { email: "planung@example.org", name: "Demo Sozialplanung", role: "PLANNER", password: "demo-planung-2026" },
    {
      email: "traeger@example.org",
      name: "Demo Träger",
      role: "PROVIDER",
      password: "demo-traeger-2026",
      organisation: "Tafel Kiez e. V. (Beispiel)",
    },
    { email: "rat@example.org", name: "Demo Ratsmitglied", role: "VIEWER", password: "demo-rat-2026" },
  ];

export async function seedDemoAccounts(db: Database, actor: string): Promise<void> {
  for (const account of demoAccounts) {
    if (await db.prisma.user.findUnique({ where: { email: account.email } })) continue;
    const organisation = account.organisation
      ? await db.prisma.organisation.findFirst({ where: { name: account.organisation } })
      : null;
    if (account.organisation && !organisation) {
      throw new Error(`demo account ${account.email}: organisation "${account.organisation}" is missing`);
    }
    await createUser(
      db,
      actor,
      {
        email: account.email,
        name: account.name,
        role: account.role,
        organisationIds: organisation ? [organisation.id] : [],
      },
      account.password,
    );
  }
}
