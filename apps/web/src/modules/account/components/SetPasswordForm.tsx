import { useMutation } from "@apollo/client/react";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { RedeemAccountLinkDocument } from "../../../generated/documents/account.ts";
import { graphqlErrorCode, graphqlFieldErrors } from "../../../lib/apollo.ts";
import { Button } from "../../../ui/Button.tsx";
import { TextField } from "../../../ui/FormField.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { useFocusFirstInvalid } from "../hooks/useFocusFirstInvalid.ts";
import { fieldErrorsByField } from "../utils/fieldErrors.ts";
import { checkNewPassword, minPasswordLength } from "../utils/password.ts";

export interface SetPasswordFormProps {
  token: string;
  /** The server accepted the password and signed the user in. */
  onDone: (user: { name: string }) => Promise<void> | void;
  /** The link does not work (unknown, used, expired, or the account is disabled). */
  onInvalidLink: () => void;
}

/** The new password twice, for an invitation or password-reset link. */
export function SetPasswordForm({ token, onDone, onInvalidLink }: SetPasswordFormProps) {
  const { t } = useTranslation();
  const [redeem, { loading }] = useMutation(RedeemAccountLinkDocument);
  const [newPassword, setNewPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<{ newPassword?: string | undefined; repeat?: string | undefined }>({});
  const [failed, setFailed] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailed(false);
    const problems = checkNewPassword(newPassword, repeat);
    const found = {
      newPassword: problems.newPassword ? t("password.tooShort", { count: minPasswordLength }) : undefined,
      repeat:
        problems.repeat === "missing"
          ? t("password.repeatMissing")
          : problems.repeat === "mismatch"
            ? t("password.mismatch")
            : undefined,
    };
    setErrors(found);
    if (found.newPassword || found.repeat) return focusFirstInvalid();
    let user: { name: string };
    try {
      const result = await redeem({ variables: { token, newPassword } });
      if (!result.data) throw new Error("no data");
      user = result.data.redeemAccountLink;
    } catch (error) {
      if (graphqlErrorCode(error) === "UNAUTHENTICATED") return onInvalidLink();
      const server = fieldErrorsByField(t, graphqlFieldErrors(error));
      if (server.newPassword) {
        setErrors({ newPassword: server.newPassword });
        return focusFirstInvalid();
      }
      setFailed(true);
      return;
    }
    await onDone(user);
  };

  return (
    <form ref={form} className="form" noValidate onSubmit={(event) => void submit(event)}>
      <TextField
        label={t("accountLink.new")}
        hint={t("password.hint", { count: minPasswordLength })}
        type="password"
        autoComplete="new-password"
        value={newPassword}
        onChange={(event) => setNewPassword(event.target.value)}
        error={errors.newPassword}
      />
      <TextField
        label={t("accountLink.repeat")}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={(event) => setRepeat(event.target.value)}
        error={errors.repeat}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={loading}>
          {loading ? t("form.saving") : t("accountLink.submit")}
        </Button>
      </div>
      <div role="alert">{failed ? <Notice tone="error">{t("form.failed")}</Notice> : null}</div>
    </form>
  );
}
