import { useTranslation } from "react-i18next";
import { SelectField } from "../../../ui/FormField.tsx";
import { useStichtagFormat } from "../hooks/useStichtag.ts";

/**
 * The Stichtag of a chart, newest first. Before the Stichtage are known it is disabled but
 * already takes its place, so the chart below does not move.
 */
export function DateSelect({
  dates,
  value,
  onChange,
}: {
  dates: readonly string[] | undefined;
  value: string | null;
  onChange: (date: string) => void;
}) {
  const { t } = useTranslation();
  const formatDate = useStichtagFormat();
  const options = [...(dates ?? [])].reverse();
  return (
    <SelectField
      label={t("indicators.date")}
      value={value ?? ""}
      disabled={options.length === 0}
      onChange={(event) => onChange(event.target.value)}
    >
      {options.length === 0 ? <option value="">{t("common.noValue")}</option> : null}
      {options.map((date) => (
        <option key={date} value={date}>
          {formatDate(date)}
        </option>
      ))}
    </SelectField>
  );
}
