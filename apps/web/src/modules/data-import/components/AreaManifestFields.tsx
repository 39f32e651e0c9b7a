import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "../../../ui/FormField.tsx";
import { isAreaLevel } from "../../area/utils/levels.ts";
import { type AreaManifestForm, defaultPrefixFor, type GeoJsonSample } from "../utils/manifest.ts";
import { importLevels } from "./ObservationManifestFields.tsx";

export interface AreaManifestFieldsProps {
  sample: GeoJsonSample;
  value: AreaManifestForm;
  onChange: (value: AreaManifestForm) => void;
}

/**
 * How to read areas from the GeoJSON file: their level, the properties with code and name,
 * how the parent area is found (the first characters of the code, or a property), and the
 * optional land-area property.
 */
export function AreaManifestFields({ sample, value, onChange }: AreaManifestFieldsProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<AreaManifestForm>) => onChange({ ...value, ...patch });
  const options = sample.properties.map((name) => (
    <option key={name} value={name}>
      {name}
    </option>
  ));
  return (
    <div className="manifest-form">
      <div className="manifest-form__row">
        <SelectField
          label={t("dataImport.manifest.level")}
          value={value.level}
          onChange={(event) => {
            if (isAreaLevel(event.target.value)) {
              set({ level: event.target.value, parentCodePrefix: defaultPrefixFor(event.target.value) });
            }
          }}
        >
          {importLevels.map((level) => (
            <option key={level} value={level}>
              {t(`levels.${level}.one`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("dataImport.manifest.codeProperty")}
          value={value.codeProperty}
          onChange={(event) => set({ codeProperty: event.target.value })}
        >
          {options}
        </SelectField>
        <SelectField
          label={t("dataImport.manifest.nameProperty")}
          value={value.nameProperty}
          onChange={(event) => set({ nameProperty: event.target.value })}
        >
          <option value="">{t("dataImport.manifest.choose")}</option>
          {options}
        </SelectField>
      </div>
      {value.level !== "STADT" ? (
        <fieldset className="manifest-form__group">
          <legend>{t("dataImport.manifest.parent")}</legend>
          <div className="radio-list">
            <label>
              <input
                type="radio"
                name="parent-mode"
                checked={value.parentMode === "prefix"}
                onChange={() => set({ parentMode: "prefix" })}
              />
              {t("dataImport.manifest.parentPrefix")}
            </label>
            <label>
              <input
                type="radio"
                name="parent-mode"
                checked={value.parentMode === "property"}
                onChange={() => set({ parentMode: "property" })}
              />
              {t("dataImport.manifest.parentProperty")}
            </label>
          </div>
          {value.parentMode === "prefix" ? (
            <TextField
              label={t("dataImport.manifest.prefixLength")}
              hint={t("dataImport.manifest.prefixLengthHint")}
              inputMode="numeric"
              value={value.parentCodePrefix}
              onChange={(event) => set({ parentCodePrefix: event.target.value })}
            />
          ) : (
            <SelectField
              label={t("dataImport.manifest.parentPropertyName")}
              value={value.parentCodeProperty}
              onChange={(event) => set({ parentCodeProperty: event.target.value })}
            >
              <option value="">{t("dataImport.manifest.choose")}</option>
              {options}
            </SelectField>
          )}
        </fieldset>
      ) : null}
      <SelectField
        label={t("dataImport.manifest.areaM2Property")}
        hint={t("dataImport.manifest.areaM2Hint")}
        value={value.areaM2Property}
        onChange={(event) => set({ areaM2Property: event.target.value })}
      >
        <option value="">{t("dataImport.manifest.none")}</option>
        {options}
      </SelectField>
    </div>
  );
}
