import { useQuery } from "@apollo/client/react";
import { type FormEvent, type ReactNode, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { IndexWorkbenchIndicatorsDocument } from "../../../generated/documents/social-index.ts";
import type { IndexDefinitionInput, IndexStandardisationBasis } from "../../../generated/graphql.ts";
import { graphqlErrorCode, graphqlFieldErrors } from "../../../lib/apollo.ts";
import { Button } from "../../../ui/Button.tsx";
import { cx } from "../../../ui/cx.ts";
import { FormErrorSummary } from "../../../ui/FormErrorSummary.tsx";
import { CheckboxField, SelectField, TextField } from "../../../ui/FormField.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { useFocusFirstInvalid } from "../../account/hooks/useFocusFirstInvalid.ts";
import {
  type DefinitionFormValues,
  definitionInput,
  groupFieldErrors,
  type IndicatorRow,
  numberErrors,
} from "../utils/definitionForm.ts";
import { IndicatorListEditor, type IndicatorOption } from "./IndicatorListEditor.tsx";

export const indicatorOptionsPageSize = 500;

export interface IndexDefinitionFormProps {
  mode: "create" | "edit";
  initial: DefinitionFormValues;
  /** The version the saved definition will have (edit: current + 1). */
  nextVersion: number;
  /** Saves; a rejected promise with the API's BAD_USER_INPUT shows its messages at the fields. */
  onSubmit: (input: IndexDefinitionInput) => Promise<void>;
  /** Shown next to the submit button, e.g. a link back. */
  secondaryAction?: ReactNode;
}

type ThresholdName = "highBelow" | "middleUpTo" | "lowUpTo" | "positiveBelow" | "stableUpTo";

const standardisations: readonly IndexStandardisationBasis[] = ["SAME_DATE", "BASE_DATE"];

/**
 * Everything of an index definition: key, name and description; the indicators of the status
 * and (optional) dynamics part with weight and polarity; the class thresholds; what the
 * indicators are standardised against; the minimum population and the areas left out. The
 * API checks it; its field errors appear at the fields they concern.
 */
export function IndexDefinitionForm({
  mode,
  initial,
  nextVersion,
  onSubmit,
  secondaryAction,
}: IndexDefinitionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<"saved" | "failed" | "conflict" | undefined>();
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const indicators = useQuery(IndexWorkbenchIndicatorsDocument, { variables: { first: indicatorOptionsPageSize } });
  const options: IndicatorOption[] = useMemo(
    () =>
      indicators.dataState === "complete"
        ? indicators.data.indicators.edges
            .map(({ node }) => ({ key: node.key, name: node.name, topic: node.topic }))
            .sort((a, b) => a.topic.localeCompare(b.topic) || a.key.localeCompare(b.key))
        : [],
    [indicators.dataState, indicators.data],
  );

  const update = (patch: Partial<DefinitionFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setOutcome(undefined);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setOutcome(undefined);
    setOtherErrors([]);
    const found: Record<string, string> = numberErrors(values, t("indexWorkbench.errors.number"));
    if (values.key.trim() === "") found.key = t("form.required");
    if (values.name.trim() === "") found.name = t("form.required");
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstInvalid();
    setSaving(true);
    try {
      await onSubmit(definitionInput(values));
    } catch (error) {
      setSaving(false);
      const { byField, other } = groupFieldErrors(t, graphqlFieldErrors(error));
      setErrors(byField);
      setOtherErrors(other);
      if (Object.keys(byField).length > 0 || other.length > 0) return focusFirstInvalid();
      setOutcome(graphqlErrorCode(error) === "CONFLICT" ? "conflict" : "failed");
      return;
    }
    setSaving(false);
    setErrors({});
    setOutcome("saved");
  };

  const hasErrors = Object.keys(errors).length > 0 || otherErrors.length > 0;
  const threshold = (
    part: "status" | "dynamics",
    name: ThresholdName,
    value: string,
    onChange: (value: string) => void,
  ) => (
    <TextField
      label={t(`indexWorkbench.form.thresholds.${name}`)}
      inputMode="decimal"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={errors[`${part}.thresholds.${name}`]}
      aria-invalid={errors[`${part}.thresholds`] ? true : undefined}
      aria-describedby={errors[`${part}.thresholds`] ? `${id}-${part}-thresholds-error` : undefined}
    />
  );
  const groupError = (part: "status" | "dynamics") =>
    errors[`${part}.thresholds`] ? (
      <p id={`${id}-${part}-thresholds-error`} className="field__error">
        <span aria-hidden="true" className="field__error-icon">
          !
        </span>
        {errors[`${part}.thresholds`]}
      </p>
    ) : null;

  return (
    <form ref={form} className="form index-form" noValidate onSubmit={(event) => void submit(event)}>
      <FormErrorSummary show={hasErrors} messages={otherErrors} />

      <fieldset className="index-form__group">
        <legend>{t("indexWorkbench.form.basics")}</legend>
        <TextField
          label={t("indexWorkbench.form.key")}
          hint={t("indexWorkbench.form.keyHint")}
          autoComplete="off"
          spellCheck={false}
          value={values.key}
          onChange={(event) => update({ key: event.target.value })}
          error={errors.key}
        />
        <TextField
          label={t("indexWorkbench.form.name")}
          autoComplete="off"
          value={values.name}
          onChange={(event) => update({ name: event.target.value })}
          error={errors.name}
        />
        <TextArea
          label={t("indexWorkbench.form.description")}
          value={values.description}
          onChange={(description) => update({ description })}
          error={errors.description}
          rows={5}
        />
      </fieldset>

      <fieldset className="index-form__group">
        <legend>{t("indexWorkbench.form.parts.status")}</legend>
        <p className="field__hint">{t("indexWorkbench.form.statusHint")}</p>
        <IndicatorListEditor
          part="status"
          rows={values.status}
          onChange={(status: IndicatorRow[]) => update({ status })}
          options={options}
          errors={errors}
        />
        <fieldset className={cx("index-form__thresholds", errors["status.thresholds"] && "field--invalid")}>
          <legend>{t("indexWorkbench.form.statusThresholds")}</legend>
          <div className="index-form__row">
            {threshold("status", "highBelow", values.statusThresholds.highBelow, (highBelow) =>
              update({ statusThresholds: { ...values.statusThresholds, highBelow } }),
            )}
            {threshold("status", "middleUpTo", values.statusThresholds.middleUpTo, (middleUpTo) =>
              update({ statusThresholds: { ...values.statusThresholds, middleUpTo } }),
            )}
            {threshold("status", "lowUpTo", values.statusThresholds.lowUpTo, (lowUpTo) =>
              update({ statusThresholds: { ...values.statusThresholds, lowUpTo } }),
            )}
          </div>
          {groupError("status")}
        </fieldset>
      </fieldset>

      <fieldset className="index-form__group">
        <legend>{t("indexWorkbench.form.parts.dynamics")}</legend>
        <CheckboxField
          label={t("indexWorkbench.form.hasDynamics")}
          hint={t("indexWorkbench.form.dynamicsHint")}
          checked={values.hasDynamics}
          onChange={(event) => update({ hasDynamics: event.target.checked })}
        />
        {values.hasDynamics ? (
          <>
            <IndicatorListEditor
              part="dynamics"
              rows={values.dynamics}
              onChange={(dynamics: IndicatorRow[]) => update({ dynamics })}
              options={options}
              errors={errors}
            />
            <fieldset className={cx("index-form__thresholds", errors["dynamics.thresholds"] && "field--invalid")}>
              <legend>{t("indexWorkbench.form.dynamicsThresholds")}</legend>
              <div className="index-form__row">
                {threshold("dynamics", "positiveBelow", values.dynamicsThresholds.positiveBelow, (positiveBelow) =>
                  update({ dynamicsThresholds: { ...values.dynamicsThresholds, positiveBelow } }),
                )}
                {threshold("dynamics", "stableUpTo", values.dynamicsThresholds.stableUpTo, (stableUpTo) =>
                  update({ dynamicsThresholds: { ...values.dynamicsThresholds, stableUpTo } }),
                )}
              </div>
              {groupError("dynamics")}
            </fieldset>
          </>
        ) : null}
      </fieldset>

      <fieldset className="index-form__group">
        <legend>{t("indexWorkbench.form.calculation")}</legend>
        <div className="index-form__row">
          <SelectField
            label={t("indexWorkbench.form.standardisation")}
            hint={t(`indexWorkbench.standardisation.${values.standardisation}.hint`)}
            value={values.standardisation}
            onChange={(event) => update({ standardisation: event.target.value as IndexStandardisationBasis })}
            error={errors.standardisation}
          >
            {standardisations.map((basis) => (
              <option key={basis} value={basis}>
                {t(`indexWorkbench.standardisation.${basis}.label`)}
              </option>
            ))}
          </SelectField>
          {values.standardisation === "BASE_DATE" ? (
            <TextField
              label={t("indexWorkbench.form.baseDate")}
              type="date"
              value={values.baseDate}
              onChange={(event) => update({ baseDate: event.target.value })}
              error={errors.baseDate}
            />
          ) : null}
        </div>
        <TextField
          label={t("indexWorkbench.form.minPopulation")}
          hint={t("indexWorkbench.form.minPopulationHint")}
          inputMode="numeric"
          value={values.minPopulation}
          onChange={(event) => update({ minPopulation: event.target.value })}
          error={errors.minPopulation}
        />
        <TextArea
          label={t("indexWorkbench.form.excludedAreas")}
          hint={t("indexWorkbench.form.excludedAreasHint")}
          value={values.excludedAreaCodes}
          onChange={(excludedAreaCodes) => update({ excludedAreaCodes })}
          error={errors.excludedAreaCodes}
          rows={2}
          spellCheck={false}
        />
      </fieldset>

      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={saving}>
          {saving
            ? t("form.saving")
            : mode === "create"
              ? t("indexWorkbench.form.submitCreate")
              : t("indexWorkbench.form.submitEdit", { version: nextVersion })}
        </Button>
        {secondaryAction}
      </div>
      <div role="status">
        {outcome === "saved" ? <Notice tone="success">{t("indexWorkbench.form.saved")}</Notice> : null}
      </div>
      <div role="alert">
        {outcome === "failed" ? <Notice tone="error">{t("form.failed")}</Notice> : null}
        {outcome === "conflict" ? <Notice tone="error">{t("indexWorkbench.form.conflict")}</Notice> : null}
      </div>
    </form>
  );
}

function TextArea({
  label,
  hint,
  error,
  value,
  onChange,
  rows = 3,
  spellCheck,
}: {
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  spellCheck?: boolean;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={cx("field", "workbench-field", error && "field--invalid")}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        className="field__input"
        rows={rows}
        value={value}
        spellCheck={spellCheck}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="field__error">
          <span aria-hidden="true" className="field__error-icon">
            !
          </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
