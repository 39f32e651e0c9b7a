import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { IssueInvitationDocument, IssuePasswordResetDocument } from "../../../generated/documents/account.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { Button } from "../../../ui/Button.tsx";
import { CopyField } from "../../../ui/CopyField.tsx";
import { Notice } from "../../../ui/Notice.tsx";

interface IssuedLink {
  kind: "invitation" | "reset";
  url: string;
  expiresAt: string;
}

/**
 * Invitation and password-reset links for one account. There is no mail server: the
 * administrator copies the link and hands it over.
 */
export function AccountLinks({ user }: { user: { id: string; disabled: boolean } }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [issueInvitation, invitation] = useMutation(IssueInvitationDocument);
  const [issueReset, reset] = useMutation(IssuePasswordResetDocument);
  const [link, setLink] = useState<IssuedLink | undefined>();
  const [failed, setFailed] = useState(false);

  const issue = async (kind: IssuedLink["kind"]) => {
    setFailed(false);
    setLink(undefined);
    try {
      const variables = { userId: user.id };
      const issued =
        kind === "invitation"
          ? (await issueInvitation({ variables })).data?.issueInvitation
          : (await issueReset({ variables })).data?.issuePasswordReset;
      if (!issued) throw new Error("no link in the answer");
      setLink({ kind, url: issued.url, expiresAt: issued.expiresAt });
    } catch {
      setFailed(true);
    }
  };

  const busy = invitation.loading || reset.loading;
  return (
    <section className="panel account-links" aria-labelledby="account-links-title">
      <h2 id="account-links-title">{t("accountLinks.title")}</h2>
      <p>{t("accountLinks.text")}</p>
      {user.disabled ? <p className="muted">{t("accountLinks.disabledNote")}</p> : null}
      <div className="button-row">
        <Button disabled={busy || user.disabled} onClick={() => void issue("invitation")}>
          {t("accountLinks.invite")}
        </Button>
        <Button disabled={busy || user.disabled} onClick={() => void issue("reset")}>
          {t("accountLinks.reset")}
        </Button>
      </div>
      <div role="alert">{failed ? <Notice tone="error">{t("accountLinks.failed")}</Notice> : null}</div>
      {link ? (
        <CopyField
          key={link.url}
          focusOnMount
          label={link.kind === "invitation" ? t("accountLinks.invitationLabel") : t("accountLinks.resetLabel")}
          value={link.url}
          hint={t("accountLinks.expires", { date: format.dateTime(link.expiresAt) })}
          copyLabel={t("accountLinks.copy")}
          copiedMessage={t("accountLinks.copied")}
          copyFailedMessage={t("accountLinks.copyFailed")}
        />
      ) : null}
    </section>
  );
}
