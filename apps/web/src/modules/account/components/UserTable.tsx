import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { UserFieldsFragment } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { Badge, type BadgeTone } from "../../../ui/Badge.tsx";
import { DataTable } from "../../../ui/Table.tsx";
import { type UserStatus, userStatus } from "../utils/users.ts";

const statusTone: Record<UserStatus, BadgeTone> = { ACTIVE: "success", INVITED: "notice", DISABLED: "muted" };

export function UserStatusBadge({ user }: { user: { disabled: boolean; hasPassword: boolean } }) {
  const { t } = useTranslation();
  const status = userStatus(user);
  return <Badge tone={statusTone[status]}>{t(`users.status.${status}`)}</Badge>;
}

export const userPath = (id: string) => `/verwaltung/benutzer/${encodeURIComponent(id)}`;

/** Accounts with role, organisations, status and last sign-in; names link to the edit page. */
export function UserTable({ users }: { users: readonly UserFieldsFragment[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <DataTable label={t("users.tableCaption")}>
      <caption className="visually-hidden">{t("users.tableCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("users.columns.name")}</th>
          <th scope="col">{t("users.columns.email")}</th>
          <th scope="col">{t("users.columns.role")}</th>
          <th scope="col">{t("users.columns.organisations")}</th>
          <th scope="col">{t("users.columns.status")}</th>
          <th scope="col">{t("users.columns.lastSignIn")}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id}>
            <th scope="row">
              <Link to={userPath(user.id)}>{user.name}</Link>
            </th>
            <td className="user-table__email">{user.email}</td>
            <td>{t(`roles.${user.role}`)}</td>
            <td>
              {user.organisations.length === 0 ? (
                t("common.noValue")
              ) : (
                <ul className="plain-list">
                  {user.organisations.map((organisation) => (
                    <li key={organisation.id}>{organisation.name}</li>
                  ))}
                </ul>
              )}
            </td>
            <td>
              <UserStatusBadge user={user} />
            </td>
            <td className="nowrap">{user.lastSignInAt ? format.dateTime(user.lastSignInAt) : t("users.never")}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
