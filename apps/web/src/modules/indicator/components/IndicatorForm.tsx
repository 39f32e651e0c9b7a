import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DisclosureRounding, IndicatorInput, IndicatorPolarity } from "../../../generated/graphql.ts";
import { graphqlFieldErrors } from "../../../lib/apollo.ts";
import { Button } from "../../../ui/Button.tsx";
import { ButtonLink } from "../../../ui/ButtonLink.tsx";
import { FormErrorSummary } from "../../../ui/FormErrorSummary.tsx";
import { SelectField, TextField } from "../../../ui/FormField.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { useFocusFirstInvalid } from "../../account/hooks/useFocusFirstInvalid.ts";
import type { IndicatorMeta } from "../utils/explorer.ts";
import { indicatorErrorsByField } from "../utils/fieldErrors.ts";
import { TextAreaField } from "./TextAreaField.tsx";

export interface IndicatorFormValues {
  key: string;
  name: string;
  description: string;
  unit: string;
  polarity: IndicatorPolarity;
  numeratorDefinition: string;
  denominatorDefinition: string;
  topic: string;
  source: string;
  licence: string;
  decimals: string;
  minCount: string;
  minPopulation: string;
  rounding: DisclosureRounding;
}

export const emptyIndicator: IndicatorFormValues = {
  key: "",
  name: "",
  description: "",
  unit: "",
  polarity: "NEUTRAL",
  numeratorDefinition: "",
  denominatorDefinition: "",
  topic: "",
  source: "",
  licence: "",
  decimals: "1",
  minCount: "3",
  minPopulation: "300",
  rounding: "NONE",
};

export function indicatorFormValues(indicator: IndicatorMeta): IndicatorFormValues {
  return {
    key: indicator.key,
    name: indicator.name,
    description: indicator.description,
    unit: indicator.unit,
    polarity: indicator.polarity,
    numeratorDefinition: indicator.numeratorDefinition ?? "",
    denominatorDefinition: indicator.denominatorDefinition ?? "",
    topic: indicator.topic,
    source: indicator.source,
    licence: indicator.licence,
    decimals: String(indicator.decimals),
    minCount: String(indicator.disclosure.minCount),
    minPopulation: String(indicator.disclosure.minPopulation),
    rounding: indicator.disclosure.rounding,
  };
}

const polarities: readonly IndicatorPolarity[] = ["HIGHER_IS_WORSE", "HIGHER_IS_BETTER", "NEUTRAL"];
const roundings: readonly DisclosureRounding[] = ["NONE", "FIVE", "TEN"];
const unitSuggestions = ["%", "Prozentpunkte", "je 100 Einwohner", "Personen", "Anzahl", "Haushalte"];

/** Paths of the API's field errors that this form shows at a field. */
type Field =
  | "key"
  | "name"
  | "description"
  | "unit"
  | "polarity"
  | "numeratorDefinition"
  | "denominatorDefinition"
  | "topic"
  | "source"
  | "licence"
  | "decimals"
  | "disclosure.minCount"
  | "disclosure.minPopulation"
  | "disclosure.rounding";
const fields: readonly Field[] = [
  "key",
  "name",
  "description",
  "unit",
  "polarity",
  "numeratorDefinition",
  "denominatorDefinition",
  "topic",
  "source",
  "licence",
  "decimals",
  "disclosure.minCount",
  "disclosure.minPopulation",
  "disclosure.rounding",
];
type Errors = Partial<Record<Field, string>>;

export interface IndicatorFormProps {
  mode: "create" | "edit";
  initial: IndicatorFormValues;
  /** Topics in use, offered as suggestions. */
  topics: readonly string[];
  /** Saves; a rejected promise with the API's BAD_USER_INPUT shows its messages at the fields. */
  onSubmit: (input: IndicatorInput) => Promise<void>;
  cancelTo: string;
}

const wholeNumber = (text: string) => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : null);

/**
 * The definition of an indicator: texts, unit, polarity, counts behind shares, source,
 * licence, decimals and the disclosure rule. Checks what it can before sending; the API's
 * field errors appear at their fields.
 */
export function IndicatorForm({ mode, initial, topics, onSubmit, cancelTo }: IndicatorFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<IndicatorFormValues>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<"saved" | "failed" | undefined>();
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const update = (patch: Partial<IndicatorFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setOutcome(undefined);
  };

  const check = (): Errors => {
    const required = (text: string) => (text.trim() === "" ? t("form.required") : undefined);
    const range = (text: string, min: number, max: number) => {
      const number = wholeNumber(text);
      if (number === null) return t("indicators.form.server.wholeNumber");
      if (number < min) return t("indicators.form.server.min", { min });
      if (number > max) return t("indicators.form.server.max", { max });
      return undefined;
    };
    return {
      key: required(values.key),
      name: required(values.name),
      description: required(values.description),
      unit: required(values.unit),
      topic: required(values.topic),
      source: required(values.source),
      licence: required(values.licence),
      decimals: range(values.decimals, 0, 6),
      "disclosure.minCount": range(values.minCount, 1, 1000),
      "disclosure.minPopulation": range(values.minPopulation, 0, 1_000_000),
    };
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setOutcome(undefined);
    setOtherErrors([]);
    const found = check();
    setErrors(found);
    if (Object.values(found).some(Boolean)) return focusFirstInvalid();
    setSaving(true);
    try {
      await onSubmit({
        key: values.key.trim(),
        name: values.name.trim(),
        description: values.description.trim(),
        unit: values.unit.trim(),
        polarity: values.polarity,
        numeratorDefinition: values.numeratorDefinition.trim() || null,
        denominatorDefinition: values.denominatorDefinition.trim() || null,
        topic: values.topic.trim(),
        source: values.source.trim(),
        licence: values.licence.trim(),
        decimals: Number(values.decimals),
        disclosure: {
          minCount: Number(values.minCount),
          minPopulation: Number(values.minPopulation),
          rounding: values.rounding,
        },
      });
    } catch (error) {
      setSaving(false);
      const byField = indicatorErrorsByField(t, graphqlFieldErrors(error));
      const atFields: Errors = Object.fromEntries(fields.map((field) => [field, byField[field]]));
      const elsewhere = Object.entries(byField)
        .filter(([field]) => !(fields as readonly string[]).includes(field))
        .map(([field, message]) => `${field}: ${message}`);
      setErrors(atFields);
      setOtherErrors(elsewhere);
      if (Object.values(atFields).some(Boolean)) return focusFirstInvalid();
      if (elsewhere.length === 0) setOutcome("failed");
      return;
    }
    setSaving(false);
    setOutcome("saved");
  };

  const hasErrors = Object.values(errors).some(Boolean) || otherErrors.length > 0;
  const text = (field: Field & keyof IndicatorFormValues) => ({
    value: values[field],
    onChange: (event: { target: { value: string } }) => update({ [field]: event.target.value }),
    error: errors[field],
  });

  return (
    <form ref={form} className="form indicator-form" noValidate onSubmit={(event) => void submit(event)}>
      <FormErrorSummary show={hasErrors} messages={otherErrors} />
      <fieldset className="form__group">
        <legend>{t("indicators.form.groups.what")}</legend>
        <TextField
          label={t("indicators.fields.key")}
          hint={mode === "edit" ? t("indicators.form.keyFixed") : t("indicators.form.keyHint")}
          spellCheck={false}
          autoComplete="off"
          readOnly={mode === "edit"}
          {...text("key")}
        />
        <TextField label={t("indicators.fields.name")} autoComplete="off" {...text("name")} />
        <TextAreaField
          label={t("indicators.fields.description")}
          hint={t("indicators.form.descriptionHint")}
          rows={4}
          {...text("description")}
        />
        <TextField
          label={t("indicators.fields.topic")}
          hint={t("indicators.form.topicHint")}
          list={`${id}-topics`}
          autoComplete="off"
          {...text("topic")}
        />
        <datalist id={`${id}-topics`}>
          {topics.map((topic) => (
            <option key={topic} value={topic} />
          ))}
        </datalist>
        <TextField
          label={t("indicators.fields.unit")}
          hint={t("indicators.form.unitHint")}
          list={`${id}-units`}
          autoComplete="off"
          {...text("unit")}
        />
        <datalist id={`${id}-units`}>
          {unitSuggestions.map((unit) => (
            <option key={unit} value={unit} />
          ))}
        </datalist>
        <SelectField
          label={t("indicators.fields.polarity")}
          hint={t(`indicators.polarityHint.${values.polarity}`)}
          value={values.polarity}
          onChange={(event) => {
            const next = polarities.find((polarity) => polarity === event.target.value);
            if (next) update({ polarity: next });
          }}
          error={errors.polarity}
        >
          {polarities.map((polarity) => (
            <option key={polarity} value={polarity}>
              {t(`indicators.polarity.${polarity}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("indicators.fields.decimals")}
          hint={t("indicators.form.decimalsHint")}
          type="number"
          inputMode="numeric"
          min={0}
          max={6}
          step={1}
          {...text("decimals")}
        />
      </fieldset>
      <fieldset className="form__group">
        <legend>{t("indicators.form.groups.counts")}</legend>
        <p className="field__hint">{t("indicators.form.countsHint")}</p>
        <TextAreaField label={t("indicators.fields.numeratorDefinition")} rows={2} {...text("numeratorDefinition")} />
        <TextAreaField
          label={t("indicators.fields.denominatorDefinition")}
          rows={2}
          {...text("denominatorDefinition")}
        />
      </fieldset>
      <fieldset className="form__group">
        <legend>{t("indicators.form.groups.source")}</legend>
        <TextAreaField
          label={t("indicators.fields.source")}
          hint={t("indicators.form.sourceHint")}
          rows={3}
          {...text("source")}
        />
        <TextAreaField
          label={t("indicators.fields.licence")}
          hint={t("indicators.form.licenceHint")}
          rows={2}
          {...text("licence")}
        />
      </fieldset>
      <fieldset className="form__group">
        <legend>{t("indicators.form.groups.disclosure")}</legend>
        <p className="field__hint">{t("indicators.form.disclosureHint")}</p>
        <TextField
          label={t("indicators.fields.minCount")}
          hint={t("indicators.form.minCountHint")}
          type="number"
          inputMode="numeric"
          min={1}
          max={1000}
          step={1}
          value={values.minCount}
          onChange={(event) => update({ minCount: event.target.value })}
          error={errors["disclosure.minCount"]}
        />
        <TextField
          label={t("indicators.fields.minPopulation")}
          hint={t("indicators.form.minPopulationHint")}
          type="number"
          inputMode="numeric"
          min={0}
          max={1000000}
          step={1}
          value={values.minPopulation}
          onChange={(event) => update({ minPopulation: event.target.value })}
          error={errors["disclosure.minPopulation"]}
        />
        <SelectField
          label={t("indicators.fields.rounding")}
          value={values.rounding}
          onChange={(event) => {
            const next = roundings.find((rounding) => rounding === event.target.value);
            if (next) update({ rounding: next });
          }}
          error={errors["disclosure.rounding"]}
        >
          {roundings.map((rounding) => (
            <option key={rounding} value={rounding}>
              {t(`indicators.rounding.${rounding}`)}
            </option>
          ))}
        </SelectField>
      </fieldset>
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={saving}>
          {saving
            ? t("form.saving")
            : mode === "create"
              ? t("indicators.form.submitCreate")
              : t("indicators.form.submitEdit")}
        </Button>
        <ButtonLink to={cancelTo} variant="quiet">
          {mode === "create" ? t("indicators.form.cancelCreate") : t("indicators.form.cancelEdit")}
        </ButtonLink>
      </div>
      <div role="status">
        {outcome === "saved" ? <Notice tone="success">{t("indicators.form.saved")}</Notice> : null}
      </div>
      <div role="alert">{outcome === "failed" ? <Notice tone="error">{t("form.failed")}</Notice> : null}</div>
    </form>
  );
}
