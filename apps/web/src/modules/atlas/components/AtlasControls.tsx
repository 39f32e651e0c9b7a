import { useTranslation } from "react-i18next";
import { CheckboxField, SelectField } from "../../../ui/FormField.tsx";
import { useAtlasText } from "../hooks/useAtlasText.ts";
import {
  type AtlasLevel,
  type AtlasParams,
  atlasLevels,
  type ClassMethod,
  maxClasses,
  minClasses,
} from "../utils/atlasParams.ts";
import { type AtlasLayer, indicatorsByTopic, type LayerCatalogue, layerParam, partsOf } from "../utils/layers.ts";

export interface AtlasControlsProps {
  params: AtlasParams;
  catalogue: LayerCatalogue | undefined;
  layer: AtlasLayer | null;
  dates: readonly string[] | undefined;
  date: string | null;
  method: ClassMethod;
  /** Whether the viewer may see programmes (then the funding-area toggle is offered). */
  mayShowProgrammes: boolean;
  /** `redraw`: the change alters the map's fills (marked for the benchmark). */
  onChange: (patch: Partial<AtlasParams>, redraw: boolean) => void;
}

const classCounts = Array.from({ length: maxClasses - minClasses + 1 }, (_, index) => minClasses + index);

/** The atlas's settings: level, layer, Stichtag, classes and the extra layers. */
export function AtlasControls({
  params,
  catalogue,
  layer,
  dates,
  date,
  method,
  mayShowProgrammes,
  onChange,
}: AtlasControlsProps) {
  const { t, i18n } = useTranslation();
  const text = useAtlasText(layer);
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const methods: ClassMethod[] =
    layer?.kind === "index"
      ? layer.part === "classes"
        ? ["index"]
        : ["index", "quantiles", "equalIntervals"]
      : ["quantiles", "equalIntervals"];

  return (
    <form
      className="atlas-controls"
      aria-label={t("atlas.controls.label")}
      onSubmit={(event) => event.preventDefault()}
    >
      <SelectField
        label={t("atlas.controls.level")}
        value={params.level}
        onChange={(event) => onChange({ level: event.target.value as AtlasLevel }, true)}
      >
        {atlasLevels.map((level) => (
          <option key={level} value={level}>
            {t(`levels.${level}.one`)}
          </option>
        ))}
      </SelectField>

      <div className="atlas-controls__layer">
        <SelectField
          label={t("atlas.controls.layer")}
          value={layer?.param ?? ""}
          disabled={!catalogue}
          onChange={(event) => onChange({ layer: event.target.value, method: null }, true)}
        >
          {!catalogue ? <option value="">{t("atlas.controls.loadingLayers")}</option> : null}
          {catalogue?.definitions.map((definition) => (
            <optgroup key={definition.key} label={t("atlas.controls.indexGroup", { name: definition.name })}>
              {partsOf(definition).map((part) => (
                <option key={part} value={layerParam({ kind: "index", definitionKey: definition.key, part })}>
                  {t(`atlas.controls.part.${part}`, { name: definition.name })}
                </option>
              ))}
            </optgroup>
          ))}
          {catalogue
            ? indicatorsByTopic(catalogue.indicators, locale).map((group) => (
                <optgroup key={group.topic} label={group.topic}>
                  {group.indicators.map((indicator) => (
                    <option key={indicator.key} value={indicator.key}>
                      {indicator.unit ? `${indicator.name} (${indicator.unit})` : indicator.name}
                    </option>
                  ))}
                </optgroup>
              ))
            : null}
        </SelectField>
      </div>

      <div>
        <SelectField
          label={t("atlas.controls.date")}
          value={date ?? ""}
          disabled={!dates || dates.length === 0}
          aria-describedby={dates?.length === 1 ? "atlas-one-date" : undefined}
          onChange={(event) => onChange({ date: event.target.value }, true)}
        >
          {!dates || dates.length === 0 ? <option value="">{t("common.noValue")}</option> : null}
          {dates?.map((value) => (
            <option key={value} value={value}>
              {text.date(value)}
            </option>
          ))}
        </SelectField>
        {/* Below the select, so the controls stay in line; a time series has one point until more years are imported. */}
        {dates?.length === 1 ? (
          <p id="atlas-one-date" className="atlas-controls__note">
            {t("atlas.controls.oneDate")}
          </p>
        ) : null}
      </div>

      <SelectField
        label={t("atlas.controls.method")}
        value={method}
        onChange={(event) => onChange({ method: event.target.value as ClassMethod }, true)}
      >
        {methods.map((value) => (
          <option key={value} value={value}>
            {t(`atlas.controls.methods.${value}`)}
          </option>
        ))}
      </SelectField>

      <SelectField
        label={t("atlas.controls.classCount")}
        value={String(params.classCount)}
        disabled={method === "index"}
        onChange={(event) => onChange({ classCount: Number(event.target.value) }, true)}
      >
        {classCounts.map((count) => (
          <option key={count} value={count}>
            {count}
          </option>
        ))}
      </SelectField>

      <div className="atlas-controls__toggles">
        {mayShowProgrammes ? (
          <CheckboxField
            label={t("atlas.controls.programmes")}
            checked={params.programmes}
            onChange={(event) => onChange({ programmes: event.target.checked }, false)}
          />
        ) : null}
        <CheckboxField
          label={t("atlas.controls.offers")}
          checked={params.offers}
          onChange={(event) => onChange({ offers: event.target.checked }, false)}
        />
      </div>
    </form>
  );
}
