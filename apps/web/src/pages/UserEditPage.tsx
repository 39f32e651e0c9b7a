import { useMutation, useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { UpdateUserDocument, UserDetailDocument } from "../generated/documents/account.ts";
import type { UserDetailQuery } from "../generated/graphql.ts";
import { useFormatters } from "../i18n/format.ts";
import { graphqlErrorCode } from "../lib/apollo.ts";
import { AccountLinks } from "../modules/account/components/AccountLinks.tsx";
import { AccessErrorState, RequireAccess } from "../modules/account/components/RequireAccess.tsx";
import { UserForm } from "../modules/account/components/UserForm.tsx";
import { UserStatusBadge } from "../modules/account/components/UserTable.tsx";
import type { Viewer } from "../modules/account/hooks/useViewer.ts";
import { Breadcrumbs } from "../ui/Breadcrumbs.tsx";
import { Notice } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { QueryState } from "../ui/QueryState.tsx";
import type { UserCreatedState } from "./UserCreatePage.tsx";

export function UserEditPage() {
  const { id = "" } = useParams();
  return <RequireAccess audience="admin">{(viewer) => <UserEditor key={id} id={id} viewer={viewer} />}</RequireAccess>;
}

function UserEditor({ id, viewer }: { id: string; viewer: Viewer }) {
  const { t } = useTranslation();
  const detail = useQuery(UserDetailDocument, { variables: { id } });
  const code = graphqlErrorCode(detail.error);
  // A malformed id is refused as BAD_USER_INPUT; for the reader both mean "no such user".
  if (code === "NOT_FOUND" || code === "BAD_USER_INPUT") {
    return (
      <>
        <PageHeader
          title={t("userForm.notFoundTitle")}
          above={<UserBreadcrumbs current={t("userForm.notFoundTitle")} />}
        />
        <Notice tone="info" className="narrow">
          <p>{t("userForm.notFoundText")}</p>
          <Link to="/verwaltung/benutzer">{t("userForm.cancel")}</Link>
        </Notice>
      </>
    );
  }
  return (
    <QueryState
      data={detail.dataState === "complete" ? detail.data.user : undefined}
      error={detail.error}
      renderError={(error) => <AccessErrorState error={error} onRetry={() => void detail.refetch()} />}
    >
      {(user) => <UserDetail user={user} ownAccount={user.id === viewer.id} />}
    </QueryState>
  );
}

function UserDetail({ user, ownAccount }: { user: UserDetailQuery["user"]; ownAccount: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const location = useLocation();
  const [updateUser] = useMutation(UpdateUserDocument);
  const created = (location.state as Partial<UserCreatedState> | null)?.createdName;
  return (
    <>
      <PageHeader
        title={user.name}
        badge={<UserStatusBadge user={user} />}
        lead={t("userForm.editLead", {
          createdAt: format.date(user.createdAt),
          lastSignIn: user.lastSignInAt ? format.dateTime(user.lastSignInAt) : t("users.never"),
        })}
        above={<UserBreadcrumbs current={user.name} />}
      />
      {created ? (
        <Notice tone="success" role="status" className="page-notice">
          {t("userForm.created", { name: created })}
        </Notice>
      ) : null}
      <div className="user-detail">
        <section className="panel" aria-label={t("userForm.submitEdit")}>
          <UserForm
            mode="edit"
            ownAccount={ownAccount}
            initial={{
              email: user.email,
              name: user.name,
              role: user.role,
              organisations: user.organisations.map(({ id, name }) => ({ id, name })),
              disabled: user.disabled,
            }}
            onSubmit={async (input) => {
              await updateUser({ variables: { id: user.id, input } });
            }}
          />
        </section>
        <AccountLinks user={user} />
      </div>
    </>
  );
}

function UserBreadcrumbs({ current }: { current: string }) {
  const { t } = useTranslation();
  return (
    <Breadcrumbs
      label={t("admin.breadcrumbs")}
      items={[{ label: t("users.title"), to: "/verwaltung/benutzer" }, { label: current }]}
    />
  );
}
