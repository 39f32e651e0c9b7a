import { useTranslation } from "react-i18next";
import type { AreaLevel } from "../../../generated/graphql.ts";
import { SelectField, TextField } from "../../../ui/FormField.tsx";
import { isAreaLevel } from "../../area/utils/levels.ts";
import {
  type ColumnRole,
  type CsvSample,
  columnRoles,
  type DateFormat,
  type Delimiter,
  dateFormats,
  delimiters,
  type ObservationManifestForm,
} from "../utils/manifest.ts";

export const importLevels: readonly AreaLevel[] = ["PLANUNGSRAUM", "BEZIRKSREGION", "PROGNOSERAUM", "BEZIRK", "STADT"];

export interface IndicatorChoice {
  key: string;
  name: string;
  topic: string;
}

export interface ObservationManifestFieldsProps {
  sample: CsvSample;
  value: ObservationManifestForm;
  onChange: (value: ObservationManifestForm) => void;
  indicators: readonly IndicatorChoice[];
}

/**
 * The manifest of an indicator CSV as a form: level, Stichtag (one date or a date column),
 * the area code column, separators, and for every other column of the file the indicator it
 * holds (or none: the column is ignored).
 */
export function ObservationManifestFields({ sample, value, onChange, indicators }: ObservationManifestFieldsProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<ObservationManifestForm>) => onChange({ ...value, ...patch });
  const topics = [...new Set(indicators.map((indicator) => indicator.topic))].sort();
  const dataColumns = sample.header.filter(
    (name) => name !== value.areaCodeColumn && !(value.dateMode === "column" && name === value.dateColumn),
  );
  const columnOptions = sample.header.map((name) => (
    <option key={name} value={name}>
      {name}
    </option>
  ));

  return (
    <div className="manifest-form">
      <div className="manifest-form__row">
        <SelectField
          label={t("dataImport.manifest.level")}
          value={value.areaLevel}
          onChange={(event) => {
            if (isAreaLevel(event.target.value)) set({ areaLevel: event.target.value });
          }}
        >
          {importLevels.map((level) => (
            <option key={level} value={level}>
              {t(`levels.${level}.one`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("dataImport.manifest.areaCodeColumn")}
          value={value.areaCodeColumn}
          onChange={(event) => set({ areaCodeColumn: event.target.value })}
        >
          {columnOptions}
        </SelectField>
      </div>

      <fieldset className="manifest-form__group">
        <legend>{t("dataImport.manifest.referenceDate")}</legend>
        <div className="radio-list">
          <label>
            <input
              type="radio"
              name="date-mode"
              checked={value.dateMode === "fixed"}
              onChange={() => set({ dateMode: "fixed" })}
            />
            {t("dataImport.manifest.dateFixed")}
          </label>
          <label>
            <input
              type="radio"
              name="date-mode"
              checked={value.dateMode === "column"}
              onChange={() => set({ dateMode: "column", dateColumn: value.dateColumn || sample.header[1] || "" })}
            />
            {t("dataImport.manifest.dateColumn")}
          </label>
        </div>
        <div className="manifest-form__row">
          {value.dateMode === "fixed" ? (
            <TextField
              label={t("dataImport.manifest.date")}
              type="date"
              value={value.fixedDate}
              onChange={(event) => set({ fixedDate: event.target.value })}
            />
          ) : (
            <>
              <SelectField
                label={t("dataImport.manifest.dateColumnName")}
                value={value.dateColumn}
                onChange={(event) => set({ dateColumn: event.target.value })}
              >
                {columnOptions}
              </SelectField>
              <SelectField
                label={t("dataImport.manifest.dateFormat")}
                value={value.dateFormat}
                onChange={(event) => set({ dateFormat: event.target.value as DateFormat })}
              >
                {dateFormats.map((format) => (
                  <option key={format} value={format}>
                    {t(`dataImport.dateFormats.${format}`)}
                  </option>
                ))}
              </SelectField>
            </>
          )}
        </div>
      </fieldset>

      <div className="manifest-form__row">
        <SelectField
          label={t("dataImport.manifest.delimiter")}
          value={value.delimiter}
          onChange={(event) => set({ delimiter: event.target.value as Delimiter })}
        >
          {delimiters.map((delimiter) => (
            <option key={delimiter} value={delimiter}>
              {t(
                `dataImport.delimiters.${delimiter === "\t" ? "tab" : delimiter === ";" ? "semicolon" : delimiter === "," ? "comma" : "pipe"}`,
              )}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("dataImport.manifest.decimal")}
          value={value.decimal}
          onChange={(event) => set({ decimal: event.target.value === "," ? "," : "." })}
        >
          <option value=",">{t("dataImport.manifest.decimalComma")}</option>
          <option value=".">{t("dataImport.manifest.decimalPoint")}</option>
        </SelectField>
        <TextField
          label={t("dataImport.manifest.missingMarkers")}
          hint={t("dataImport.manifest.missingMarkersHint")}
          value={value.missingMarkers}
          onChange={(event) => set({ missingMarkers: event.target.value })}
        />
      </div>

      <fieldset className="manifest-form__group">
        <legend>{t("dataImport.manifest.columns")}</legend>
        <p className="field__hint">{t("dataImport.manifest.columnsHint")}</p>
        <table className="manifest-form__columns">
          <thead>
            <tr>
              <th scope="col">{t("dataImport.manifest.column")}</th>
              <th scope="col">{t("dataImport.manifest.indicator")}</th>
              <th scope="col">{t("dataImport.manifest.role")}</th>
            </tr>
          </thead>
          <tbody>
            {dataColumns.map((name) => {
              const mapping = value.mapping[name] ?? { indicator: "", role: "value" as ColumnRole };
              const setMapping = (patch: Partial<typeof mapping>) =>
                set({ mapping: { ...value.mapping, [name]: { ...mapping, ...patch } } });
              return (
                <tr key={name}>
                  <th scope="row">
                    <code>{name}</code>
                  </th>
                  <td>
                    <select
                      className="field__input field__select"
                      aria-label={t("dataImport.manifest.indicatorOf", { column: name })}
                      value={mapping.indicator}
                      onChange={(event) => setMapping({ indicator: event.target.value })}
                    >
                      <option value="">{t("dataImport.manifest.ignore")}</option>
                      {topics.map((topic) => (
                        <optgroup key={topic} label={topic}>
                          {indicators
                            .filter((indicator) => indicator.topic === topic)
                            .map((indicator) => (
                              <option key={indicator.key} value={indicator.key}>
                                {`${indicator.name} (${indicator.key})`}
                              </option>
                            ))}
                        </optgroup>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      className="field__input field__select"
                      aria-label={t("dataImport.manifest.roleOf", { column: name })}
                      value={mapping.role}
                      disabled={!mapping.indicator}
                      onChange={(event) => setMapping({ role: event.target.value as ColumnRole })}
                    >
                      {columnRoles.map((role) => (
                        <option key={role} value={role}>
                          {t(`dataImport.roles.${role}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>

      <TextField
        label={t("dataImport.manifest.source")}
        hint={t("dataImport.manifest.sourceHint")}
        value={value.source}
        onChange={(event) => set({ source: event.target.value })}
      />
    </div>
  );
}
