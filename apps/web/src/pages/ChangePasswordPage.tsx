import { useTranslation } from "react-i18next";
import { ChangePasswordForm } from "../modules/account/components/ChangePasswordForm.tsx";
import { RequireAccess } from "../modules/account/components/RequireAccess.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";

export function ChangePasswordPage() {
  const { t } = useTranslation();
  return (
    <RequireAccess audience="signedIn">
      {() => (
        <>
          <PageHeader title={t("changePassword.title")} lead={t("changePassword.lead")} />
          <section className="panel narrow" aria-label={t("changePassword.title")}>
            <ChangePasswordForm />
          </section>
        </>
      )}
    </RequireAccess>
  );
}
