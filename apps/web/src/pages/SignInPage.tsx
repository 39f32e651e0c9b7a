import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { DemoAccounts, showDemoAccounts } from "../modules/account/components/DemoAccounts.tsx";
import { type Credentials, SignInForm } from "../modules/account/components/SignInForm.tsx";
import { useSessionChanged } from "../modules/account/hooks/useSession.ts";
import { useViewer } from "../modules/account/hooks/useViewer.ts";
import { safeNextPath } from "../modules/account/utils/nextPath.ts";
import { Notice } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const { viewer } = useViewer();
  const [prefill, setPrefill] = useState<Credentials | undefined>();
  const [signingIn, setSigningIn] = useState(false);
  const next = safeNextPath(params.get("next"));

  const onSignedIn = async () => {
    setSigningIn(true);
    await sessionChanged();
    await navigate(next, { replace: true });
  };

  return (
    <>
      <PageHeader title={t("signIn.title")} lead={t("signIn.lead")} />
      <div className="sign-in">
        <section className="panel sign-in__form" aria-label={t("signIn.title")}>
          {viewer && !signingIn ? (
            <Notice tone="info" role="status">
              <p>{t("signIn.alreadySignedIn", { name: viewer.name })}</p>
              <Link to={next}>{t("signIn.continue")}</Link>
            </Notice>
          ) : null}
          <SignInForm onSignedIn={onSignedIn} prefill={prefill} />
          <p className="muted sign-in__note">{t("signIn.forgotPassword")}</p>
          <p className="muted sign-in__note">{t("signIn.publicNote")}</p>
        </section>
        {showDemoAccounts ? <DemoAccounts onUse={setPrefill} /> : null}
      </div>
    </>
  );
}
