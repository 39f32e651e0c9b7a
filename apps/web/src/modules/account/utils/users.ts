import type { Role } from "../../../generated/graphql.ts";
import { normalizeForSearch, searchWords } from "../../../lib/search.ts";

/** Invited: the account exists but no password was set yet (the invitation is open). */
export type UserStatus = "ACTIVE" | "INVITED" | "DISABLED";

export const userStatuses: readonly UserStatus[] = ["ACTIVE", "INVITED", "DISABLED"];

export function isUserStatus(value: unknown): value is UserStatus {
  return typeof value === "string" && (userStatuses as readonly string[]).includes(value);
}

/** A disabled account counts as disabled whether or not it ever set a password. */
export function userStatus(user: { disabled: boolean; hasPassword: boolean }): UserStatus {
  if (user.disabled) return "DISABLED";
  return user.hasPassword ? "ACTIVE" : "INVITED";
}

export interface UserFilter {
  /** Words that must each occur in the name, e-mail address or an organisation's name. */
  query: string;
  role?: Role | undefined;
  status?: UserStatus | undefined;
}

interface FilterableUser {
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  hasPassword: boolean;
  organisations: ReadonlyArray<{ name: string }>;
}

export function filterUsers<T extends FilterableUser>(users: readonly T[], filter: UserFilter): T[] {
  const words = searchWords(filter.query);
  return users.filter((user) => {
    if (filter.role && user.role !== filter.role) return false;
    if (filter.status && userStatus(user) !== filter.status) return false;
    if (words.length === 0) return true;
    const text = normalizeForSearch([user.name, user.email, ...user.organisations.map((o) => o.name)].join(" "));
    return words.every((word) => text.includes(word));
  });
}
