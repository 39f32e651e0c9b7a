import { useMutation } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { CreateUserDocument } from "../generated/documents/account.ts";
import { RequireAccess } from "../modules/account/components/RequireAccess.tsx";
import { emptyUser, UserForm } from "../modules/account/components/UserForm.tsx";
import { userPath } from "../modules/account/components/UserTable.tsx";
import { Breadcrumbs } from "../ui/Breadcrumbs.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";

/** State handed to the edit page after creating, so it can say what to do next. */
export interface UserCreatedState {
  createdName: string;
}

export function UserCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [createUser] = useMutation(CreateUserDocument, {
    // The list must be fetched again to include the new account.
    update: (cache) => {
      cache.evict({ id: "ROOT_QUERY", fieldName: "users" });
      cache.gc();
    },
  });
  return (
    <RequireAccess audience="admin">
      {() => (
        <>
          <PageHeader
            title={t("userForm.createTitle")}
            lead={t("userForm.createLead")}
            above={
              <Breadcrumbs
                label={t("admin.breadcrumbs")}
                items={[{ label: t("users.title"), to: "/verwaltung/benutzer" }, { label: t("userForm.createTitle") }]}
              />
            }
          />
          <section className="panel" aria-label={t("userForm.createTitle")}>
            <UserForm
              mode="create"
              initial={emptyUser}
              onSubmit={async (input) => {
                const result = await createUser({ variables: { input } });
                const created = result.data?.createUser;
                if (!created) throw new Error("no user in the answer");
                const state: UserCreatedState = { createdName: created.name };
                await navigate(userPath(created.id), { state });
              }}
            />
          </section>
        </>
      )}
    </RequireAccess>
  );
}
