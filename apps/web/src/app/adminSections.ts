import type { Role } from "../generated/graphql.ts";
import type { Messages } from "../i18n/messages.ts";
import { type Audience, mayAccess } from "../modules/account/utils/roles.ts";

export interface AdminSection {
  to: string;
  label: `admin.${Exclude<keyof Messages["admin"], "breadcrumbs" | "sections">}`;
  audience: Extract<Audience, "planning" | "admin">;
}

/**
 * The parts of "Verwaltung", in the order of its sub-navigation. Admins land on the first,
 * planners on the change log, the only part they may use.
 */
export const adminSections: readonly AdminSection[] = [
  { to: "/verwaltung/benutzer", label: "admin.users", audience: "admin" },
  { to: "/verwaltung/aenderungen", label: "admin.changes", audience: "planning" },
];

/** The parts of "Verwaltung" someone with this role (null: not signed in) may use. */
export function adminSectionsFor(role: Role | null | undefined): AdminSection[] {
  return adminSections.filter((section) => mayAccess(role, section.audience));
}
