import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role, UserInput } from "../../../generated/graphql.ts";
import { graphqlFieldErrors } from "../../../lib/apollo.ts";
import { Button } from "../../../ui/Button.tsx";
import { ButtonLink } from "../../../ui/ButtonLink.tsx";
import { FormErrorSummary } from "../../../ui/FormErrorSummary.tsx";
import { CheckboxField, SelectField, TextField } from "../../../ui/FormField.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { useFocusFirstInvalid } from "../hooks/useFocusFirstInvalid.ts";
import { fieldErrorsByField } from "../utils/fieldErrors.ts";
import { isRole, roleOrder } from "../utils/roles.ts";
import { OrganisationPicker, type OrganisationRef } from "./OrganisationPicker.tsx";

export interface UserFormValues {
  email: string;
  name: string;
  role: Role;
  organisations: OrganisationRef[];
  disabled: boolean;
}

export const emptyUser: UserFormValues = { email: "", name: "", role: "VIEWER", organisations: [], disabled: false };

export interface UserFormProps {
  mode: "create" | "edit";
  initial: UserFormValues;
  /** Saves; a rejected promise with the API's BAD_USER_INPUT shows its messages at the fields. */
  onSubmit: (input: UserInput) => Promise<void>;
  /**
   * Editing one's own account: role and access stay as they are, so an administrator cannot
   * lock themselves out by accident.
   */
  ownAccount?: boolean;
}

type Field = "email" | "name" | "role" | "organisationIds" | "disabled";
type Errors = Partial<Record<Field, string>>;

const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/** E-mail, name, role, organisations and (when editing) whether the account is disabled. */
export function UserForm({ mode, initial, onSubmit, ownAccount = false }: UserFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<UserFormValues>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<"saved" | "failed" | undefined>();
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const update = (patch: Partial<UserFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setOutcome(undefined);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setOutcome(undefined);
    setOtherErrors([]);
    const email = values.email.trim();
    const found: Errors = {
      email: email === "" ? t("form.required") : looksLikeEmail(email) ? undefined : t("form.invalidEmail"),
      name: values.name.trim() === "" ? t("form.required") : undefined,
    };
    setErrors(found);
    if (found.email || found.name) return focusFirstInvalid();
    setSaving(true);
    try {
      await onSubmit({
        email,
        name: values.name.trim(),
        role: values.role,
        organisationIds: values.organisations.map((organisation) => organisation.id),
        disabled: values.disabled,
      });
    } catch (error) {
      setSaving(false);
      const byField = fieldErrorsByField(t, graphqlFieldErrors(error));
      const known: Field[] = ["email", "name", "role", "organisationIds", "disabled"];
      const atFields = Object.fromEntries(known.map((field) => [field, byField[field]]));
      const elsewhere = Object.entries(byField)
        .filter(([field]) => !(known as string[]).includes(field))
        .map(([field, message]) => `${field}: ${message}`);
      setErrors(atFields);
      setOtherErrors(elsewhere);
      if (Object.values(atFields).some(Boolean)) return focusFirstInvalid();
      setOutcome("failed");
      return;
    }
    setSaving(false);
    setOutcome("saved");
  };

  const hasErrors = Object.values(errors).some(Boolean) || otherErrors.length > 0;
  return (
    <form ref={form} className="form" noValidate onSubmit={(event) => void submit(event)}>
      <FormErrorSummary show={hasErrors} messages={otherErrors} />
      <TextField
        label={t("userForm.email")}
        hint={t("userForm.emailHint")}
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={values.email}
        onChange={(event) => update({ email: event.target.value })}
        error={errors.email}
      />
      <TextField
        label={t("userForm.name")}
        autoComplete="off"
        value={values.name}
        onChange={(event) => update({ name: event.target.value })}
        error={errors.name}
      />
      <SelectField
        label={t("userForm.role")}
        hint={ownAccount ? t("userForm.ownAccount") : t(`roleDescriptions.${values.role}`)}
        value={values.role}
        disabled={ownAccount}
        onChange={(event) => {
          if (isRole(event.target.value)) update({ role: event.target.value });
        }}
        error={errors.role}
      >
        {roleOrder.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </SelectField>
      <OrganisationPicker
        selected={values.organisations}
        onChange={(organisations) => update({ organisations })}
        error={errors.organisationIds}
      />
      {mode === "edit" ? (
        <CheckboxField
          label={t("userForm.disabled")}
          hint={ownAccount ? t("userForm.ownAccount") : t("userForm.disabledHint")}
          checked={values.disabled}
          disabled={ownAccount}
          onChange={(event) => update({ disabled: event.target.checked })}
          error={errors.disabled}
        />
      ) : null}
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={saving}>
          {saving ? t("form.saving") : mode === "create" ? t("userForm.submitCreate") : t("userForm.submitEdit")}
        </Button>
        <ButtonLink to="/verwaltung/benutzer" variant="quiet">
          {t("userForm.cancel")}
        </ButtonLink>
      </div>
      <div role="status">{outcome === "saved" ? <Notice tone="success">{t("userForm.saved")}</Notice> : null}</div>
      <div role="alert">{outcome === "failed" ? <Notice tone="error">{t("form.failed")}</Notice> : null}</div>
    </form>
  );
}
