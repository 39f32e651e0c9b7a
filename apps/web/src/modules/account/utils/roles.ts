import type { Role } from "../../../generated/graphql.ts";

// `satisfies` ties the list to the schema: a role added to or removed from the API fails
// type-checking here. Ordered as the role select shows them: least rights first.
const roleSet = { VIEWER: true, PROVIDER: true, PLANNER: true, ADMIN: true } as const satisfies Record<Role, true>;

export const roleOrder = Object.keys(roleSet) as Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && Object.hasOwn(roleSet, value);
}

/**
 * Who a part of the app is for, mirroring the API's rules (apps/api/src/lib/authz.ts):
 * - public: everybody, signed in or not (atlas, areas, indicators, the offer directory);
 * - council: council staff, planners and admins; providers (freie Träger) are not council
 *   staff and do not see internal planning data such as programmes and measures;
 * - signedIn: every account (its own settings);
 * - planning: planners (Sozialplanung) and admins, who maintain the data and answer for
 *   it: the change log of all entities;
 * - admin: administrators only.
 */
export type Audience = "public" | "council" | "signedIn" | "planning" | "admin";

/** Whether someone with this role (null: not signed in) may see what is meant for `audience`. */
export function mayAccess(role: Role | null | undefined, audience: Audience): boolean {
  switch (audience) {
    case "public":
      return true;
    case "signedIn":
      return Boolean(role);
    case "council":
      return Boolean(role) && role !== "PROVIDER";
    case "planning":
      return role === "PLANNER" || role === "ADMIN";
    case "admin":
      return role === "ADMIN";
  }
}
