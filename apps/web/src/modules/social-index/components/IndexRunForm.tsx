import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { RunIndexDocument } from "../../../generated/documents/social-index.ts";
import type { AreaLevel, RunIndexMutation } from "../../../generated/graphql.ts";
import { graphqlErrorCode } from "../../../lib/apollo.ts";
import { Button } from "../../../ui/Button.tsx";
import { SelectField, TextField } from "../../../ui/FormField.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { isAreaLevel } from "../../area/utils/levels.ts";

const levels: readonly AreaLevel[] = ["PLANUNGSRAUM", "BEZIRKSREGION", "PROGNOSERAUM", "BEZIRK", "STADT"];

export interface IndexRunFormProps {
  definitionId: string;
  defaultLevel: AreaLevel;
  defaultDate: string;
  /** Called with the stored run. */
  onRan: (run: RunIndexMutation["runIndex"]) => void;
}

/**
 * Computes the definition for a level and Stichtag over the stored values and stores the run.
 * The API says why when it cannot (e.g. no area has values for every indicator on that date).
 */
export function IndexRunForm({ definitionId, defaultLevel, defaultDate, onRan }: IndexRunFormProps) {
  const { t } = useTranslation();
  const [level, setLevel] = useState<AreaLevel>(defaultLevel);
  const [date, setDate] = useState(defaultDate);
  const [label, setLabel] = useState("");
  const [dateError, setDateError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [runIndex, { loading }] = useMutation(RunIndexDocument, {
    // Lists of runs (comparison choices, last run of each definition) include the new run once fetched again.
    update: (cache) => {
      cache.evict({ id: "ROOT_QUERY", fieldName: "indexRuns" });
      cache.evict({ id: "ROOT_QUERY", fieldName: "indexDefinitions" });
      cache.gc();
    },
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(undefined);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setDateError(t("indexWorkbench.run.dateRequired"));
      return;
    }
    setDateError(undefined);
    try {
      const result = await runIndex({
        variables: { definitionId, level, referenceDate: date, label: label.trim() || null },
      });
      if (result.data) {
        setLabel("");
        onRan(result.data.runIndex);
      }
    } catch (error) {
      const code = graphqlErrorCode(error);
      setFailure(
        code === "BAD_USER_INPUT" || code === "CONFLICT"
          ? t("indexWorkbench.run.rejected", { message: (error as Error).message })
          : t("form.failed"),
      );
    }
  };

  return (
    <form className="index-run-form" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="index-form__group">
        <legend>{t("indexWorkbench.run.title")}</legend>
        <div className="index-form__row">
          <SelectField
            label={t("indexWorkbench.run.level")}
            value={level}
            onChange={(event) => {
              if (isAreaLevel(event.target.value)) setLevel(event.target.value);
            }}
          >
            {levels.map((option) => (
              <option key={option} value={option}>
                {t(`levels.${option}.one`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("indexWorkbench.run.date")}
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            error={dateError}
          />
          <TextField
            label={t("indexWorkbench.run.label")}
            hint={t("indexWorkbench.run.labelHint")}
            value={label}
            maxLength={200}
            onChange={(event) => setLabel(event.target.value)}
          />
        </div>
        <div className="form__actions">
          <Button type="submit" variant="primary" disabled={loading}>
            {loading ? t("indexWorkbench.run.running") : t("indexWorkbench.run.submit")}
          </Button>
        </div>
        <div role="alert">{failure ? <Notice tone="error">{failure}</Notice> : null}</div>
      </fieldset>
    </form>
  );
}
