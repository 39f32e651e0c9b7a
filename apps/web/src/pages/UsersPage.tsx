import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { RequireAccess } from "../modules/account/components/RequireAccess.tsx";
import { UserList } from "../modules/account/components/UserList.tsx";
import { isRole } from "../modules/account/utils/roles.ts";
import { isUserStatus, type UserFilter } from "../modules/account/utils/users.ts";
import { ButtonLink } from "../ui/ButtonLink.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";

/** Administration: the list of accounts. The filter lives in the URL (?q=&role=&status=). */
export function UsersPage() {
  const { t } = useTranslation();
  return (
    <RequireAccess audience="admin">
      {() => (
        <>
          <PageHeader title={t("users.title")} lead={t("users.lead")}>
            <div className="page-header__actions">
              <ButtonLink to="/verwaltung/benutzer/neu" variant="primary">
                {t("users.create")}
              </ButtonLink>
            </div>
          </PageHeader>
          <FilteredUserList />
        </>
      )}
    </RequireAccess>
  );
}

function FilteredUserList() {
  const [params, setParams] = useSearchParams();
  // Typing updates the state at once; the URL follows (replacing, so Back leaves the page).
  const [filter, setFilter] = useState<UserFilter>(() => {
    const role = params.get("role");
    const status = params.get("status");
    return {
      query: params.get("q") ?? "",
      role: isRole(role) ? role : undefined,
      status: isUserStatus(status) ? status : undefined,
    };
  });
  const onFilterChange = (next: UserFilter) => {
    setFilter(next);
    const search = new URLSearchParams();
    if (next.query) search.set("q", next.query);
    if (next.role) search.set("role", next.role);
    if (next.status) search.set("status", next.status);
    setParams(search, { replace: true });
  };
  return <UserList filter={filter} onFilterChange={onFilterChange} />;
}
