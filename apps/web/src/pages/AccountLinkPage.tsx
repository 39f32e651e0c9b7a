import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { SetPasswordForm } from "../modules/account/components/SetPasswordForm.tsx";
import { useSessionChanged } from "../modules/account/hooks/useSession.ts";
import { Notice } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";

export interface AccountLinkPageProps {
  /** Which link the API issued: an invitation (first password) or a password reset. */
  kind: "invitation" | "reset";
}

type Outcome = { state: "form" } | { state: "invalid" } | { state: "done"; name: string };

/** Where invitation and reset links lead: set a password, and be signed in. */
export function AccountLinkPage({ kind }: AccountLinkPageProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token")?.trim() ?? "";
  const sessionChanged = useSessionChanged();
  const [outcome, setOutcome] = useState<Outcome>(token ? { state: "form" } : { state: "invalid" });
  const result = useRef<HTMLDivElement>(null);

  // The result replaces the form: focus it so keyboard and screen-reader users are told.
  useEffect(() => {
    if (outcome.state !== "form") result.current?.focus();
  }, [outcome.state]);

  const title = kind === "invitation" ? t("accountLink.invitationTitle") : t("accountLink.resetTitle");
  const lead = kind === "invitation" ? t("accountLink.invitationLead") : t("accountLink.resetLead");

  return (
    <>
      <PageHeader title={title} lead={outcome.state === "form" ? lead : undefined} />
      <section className="panel narrow" aria-label={title}>
        {outcome.state === "form" ? (
          <SetPasswordForm
            token={token}
            onInvalidLink={() => setOutcome({ state: "invalid" })}
            onDone={async (user) => {
              await sessionChanged();
              setOutcome({ state: "done", name: user.name });
            }}
          />
        ) : outcome.state === "invalid" ? (
          <Notice ref={result} tabIndex={-1} tone="error" role="alert" title={t("accountLink.invalidTitle")}>
            <p>{t("accountLink.invalidText")}</p>
          </Notice>
        ) : (
          <Notice
            ref={result}
            tabIndex={-1}
            tone="success"
            role="status"
            title={t("accountLink.successTitle", { name: outcome.name })}
          >
            <p>{t("accountLink.successText")}</p>
            <Link to="/">{t("accountLink.toAtlas")}</Link>
          </Notice>
        )}
      </section>
    </>
  );
}
