import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { UserListDocument } from "../../../generated/documents/account.ts";
import type { UserFieldsFragment } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { SelectField } from "../../../ui/FormField.tsx";
import { EmptyState, QueryState } from "../../../ui/QueryState.tsx";
import { SearchField } from "../../../ui/SearchField.tsx";
import { roleOrder } from "../utils/roles.ts";
import { filterUsers, type UserFilter, userStatuses } from "../utils/users.ts";
import { AccessErrorState } from "./RequireAccess.tsx";
import { UserTable } from "./UserTable.tsx";

export interface UserListProps {
  filter: UserFilter;
  onFilterChange: (filter: UserFilter) => void;
}

/** All accounts with a filter by text, role and status (the filter lives in the URL). */
export function UserList({ filter, onFilterChange }: UserListProps) {
  const { t } = useTranslation();
  const list = useQuery(UserListDocument);
  const users = list.dataState === "complete" ? list.data.users : undefined;

  return (
    <>
      <div className="filter-bar filter-bar--row">
        <SearchField
          label={t("users.filterLabel")}
          placeholder={t("users.filterPlaceholder")}
          value={filter.query}
          onChange={(query) => onFilterChange({ ...filter, query })}
        />
        <SelectField
          label={t("users.roleFilter")}
          value={filter.role ?? ""}
          onChange={(event) => {
            const role = roleOrder.find((r) => r === event.target.value);
            onFilterChange({ ...filter, role });
          }}
        >
          <option value="">{t("users.allRoles")}</option>
          {roleOrder.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("users.statusFilter")}
          value={filter.status ?? ""}
          onChange={(event) => {
            const status = userStatuses.find((s) => s === event.target.value);
            onFilterChange({ ...filter, status });
          }}
        >
          <option value="">{t("users.allStatuses")}</option>
          {userStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`users.status.${status}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <QueryState
        data={users}
        error={list.error}
        renderError={(error) => <AccessErrorState error={error} onRetry={() => void list.refetch()} />}
        isEmpty={(all) => all.length === 0}
        empty={t("users.empty")}
      >
        {(all) => <FilteredUsers users={all} filter={filter} />}
      </QueryState>
    </>
  );
}

function FilteredUsers({ users, filter }: { users: readonly UserFieldsFragment[]; filter: UserFilter }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const shown = filterUsers(users, filter);
  return (
    <>
      <p className="result-count" aria-live="polite">
        {t("users.resultCount", { count: users.length, shown: format.number(shown.length) })}
      </p>
      {shown.length === 0 ? <EmptyState>{t("users.noMatch")}</EmptyState> : <UserTable users={shown} />}
    </>
  );
}
