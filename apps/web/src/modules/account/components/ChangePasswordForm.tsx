import { useMutation } from "@apollo/client/react";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ChangePasswordDocument } from "../../../generated/documents/account.ts";
import { graphqlFieldErrors } from "../../../lib/apollo.ts";
import { Button } from "../../../ui/Button.tsx";
import { TextField } from "../../../ui/FormField.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { useFocusFirstInvalid } from "../hooks/useFocusFirstInvalid.ts";
import { fieldErrorsByField } from "../utils/fieldErrors.ts";
import { checkNewPassword, minPasswordLength } from "../utils/password.ts";

type Field = "currentPassword" | "newPassword" | "repeat";

/** Current password, new password twice; checked here first, then by the API. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: "", newPassword: "", repeat: "" });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [outcome, setOutcome] = useState<"saved" | "failed" | undefined>();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setOutcome(undefined);
    const problems = checkNewPassword(values.newPassword, values.repeat);
    const found: Partial<Record<Field, string>> = {
      currentPassword: values.currentPassword === "" ? t("form.required") : undefined,
      newPassword: problems.newPassword ? t("password.tooShort", { count: minPasswordLength }) : undefined,
      repeat:
        problems.repeat === "missing"
          ? t("password.repeatMissing")
          : problems.repeat === "mismatch"
            ? t("password.mismatch")
            : undefined,
    };
    setErrors(found);
    if (Object.values(found).some(Boolean)) return focusFirstInvalid();
    try {
      await changePassword({
        variables: { currentPassword: values.currentPassword, newPassword: values.newPassword },
      });
    } catch (error) {
      const server = fieldErrorsByField(t, graphqlFieldErrors(error));
      if (server.currentPassword || server.newPassword) {
        setErrors({ currentPassword: server.currentPassword, newPassword: server.newPassword });
        return focusFirstInvalid();
      }
      setOutcome("failed");
      return;
    }
    setValues({ currentPassword: "", newPassword: "", repeat: "" });
    setOutcome("saved");
  };

  return (
    <form ref={form} className="form" noValidate onSubmit={(event) => void submit(event)}>
      <TextField
        label={t("changePassword.current")}
        type="password"
        autoComplete="current-password"
        value={values.currentPassword}
        onChange={set("currentPassword")}
        error={errors.currentPassword}
      />
      <TextField
        label={t("changePassword.new")}
        hint={t("password.hint", { count: minPasswordLength })}
        type="password"
        autoComplete="new-password"
        value={values.newPassword}
        onChange={set("newPassword")}
        error={errors.newPassword}
      />
      <TextField
        label={t("changePassword.repeat")}
        type="password"
        autoComplete="new-password"
        value={values.repeat}
        onChange={set("repeat")}
        error={errors.repeat}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={loading}>
          {loading ? t("form.saving") : t("changePassword.submit")}
        </Button>
      </div>
      <div role="status">
        {outcome === "saved" ? <Notice tone="success">{t("changePassword.success")}</Notice> : null}
      </div>
      <div role="alert">{outcome === "failed" ? <Notice tone="error">{t("form.failed")}</Notice> : null}</div>
    </form>
  );
}
