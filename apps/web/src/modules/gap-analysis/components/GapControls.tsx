import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { GapChoicesQuery } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { Button } from "../../../ui/Button.tsx";
import { SelectField, TextField } from "../../../ui/FormField.tsx";
import {
  clampRadius,
  type GapLevel,
  type GapParams,
  gapLevels,
  maxRadiusKm,
  type NeedSource,
  type Per,
  perOptions,
} from "../utils/gapParams.ts";

export interface GapControlsProps {
  params: GapParams;
  /** The need source in use (the URL's or the default); null: none. */
  need: NeedSource | null;
  choices: GapChoicesQuery | undefined;
  categoryOptions: readonly string[];
  targetGroupOptions: readonly string[];
  /** Stichtage of the target population; undefined while loading. */
  dates: readonly string[] | undefined;
  onChange: (patch: Partial<GapParams>) => void;
}

const runPrefix = "lauf:";

/**
 * The settings of the analysis: level, supply measure, which offers (categories, target groups,
 * age), target population and "per", need source, catchment radius and Stichtag. Every change
 * goes to the URL; typed numbers (age, radius) are committed once they are valid.
 */
export function GapControls({
  params,
  need,
  choices,
  categoryOptions,
  targetGroupOptions,
  dates,
  onChange,
}: GapControlsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const indicators = choices?.indicators.edges.map((edge) => edge.node) ?? [];
  const runs = choices?.indexRuns.edges.map((edge) => edge.node) ?? [];
  const needValue = need === null ? "" : need.kind === "run" ? `${runPrefix}${need.id}` : need.key;
  const populationKnown = indicators.some((indicator) => indicator.key === params.populationKey);

  return (
    <form className="gap-controls" aria-label={t("gaps.controls.label")} onSubmit={(event) => event.preventDefault()}>
      <SelectField
        label={t("gaps.controls.level")}
        value={params.level}
        onChange={(event) => onChange({ level: event.target.value as GapLevel, need: keepNeed(params.need) })}
      >
        {gapLevels.map((level) => (
          <option key={level} value={level}>
            {t(`levels.${level}.other`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("gaps.controls.supplyMeasure")}
        value={params.supplyMeasure}
        onChange={(event) => onChange({ supplyMeasure: event.target.value === "PLACES" ? "PLACES" : "OFFERS" })}
      >
        <option value="OFFERS">{t("gaps.controls.measure.OFFERS")}</option>
        <option value="PLACES">{t("gaps.controls.measure.PLACES")}</option>
      </SelectField>
      <MultiSelect
        label={t("gaps.controls.categories")}
        options={categoryOptions}
        selected={params.categories}
        onChange={(categories) => onChange({ categories })}
      />
      <MultiSelect
        label={t("gaps.controls.targetGroups")}
        options={targetGroupOptions}
        selected={params.targetGroups}
        onChange={(targetGroups) => onChange({ targetGroups })}
      />
      <AgeField age={params.age} onChange={(age) => onChange({ age })} />
      <SelectField
        label={t("gaps.controls.population")}
        value={params.populationKey}
        onChange={(event) => onChange({ populationKey: event.target.value, date: null })}
      >
        {populationKnown ? null : <option value={params.populationKey}>{params.populationKey}</option>}
        {indicators.map((indicator) => (
          <option key={indicator.key} value={indicator.key}>
            {indicator.name} ({indicator.key})
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("gaps.controls.per")}
        value={String(params.per)}
        onChange={(event) => onChange({ per: Number(event.target.value) as Per })}
      >
        {perOptions.map((per) => (
          <option key={per} value={per}>
            {t("gaps.controls.perOption", { per: format.number(per) })}
          </option>
        ))}
      </SelectField>
      <div className="gap-controls__wide">
        <SelectField
          label={t("gaps.controls.need")}
          value={needValue}
          onChange={(event) => {
            const value = event.target.value;
            onChange({
              need: value.startsWith(runPrefix)
                ? { kind: "run", id: value.slice(runPrefix.length) }
                : { kind: "indicator", key: value },
            });
          }}
        >
          {need === null ? (
            <option value="" disabled>
              {t("gaps.controls.noNeed")}
            </option>
          ) : null}
          {runs.length > 0 ? (
            <optgroup label={t("gaps.controls.needRuns")}>
              {runs.map((run) => (
                <option key={run.id} value={`${runPrefix}${run.id}`}>
                  {t("gaps.controls.runOption", {
                    definition: run.label ? `${run.definition.name} (${run.label})` : run.definition.name,
                    level: t(`levels.${run.level}.other`),
                    date: format.date(run.referenceDate),
                  })}
                </option>
              ))}
            </optgroup>
          ) : null}
          <optgroup label={t("gaps.controls.needIndicators")}>
            {need?.kind === "indicator" && !indicators.some((indicator) => indicator.key === need.key) ? (
              <option value={need.key}>{need.key}</option>
            ) : null}
            {indicators.map((indicator) => (
              <option key={indicator.key} value={indicator.key}>
                {indicator.name} ({indicator.key})
              </option>
            ))}
          </optgroup>
        </SelectField>
      </div>
      <RadiusField radiusKm={params.radiusKm} onChange={(radiusKm) => onChange({ radiusKm })} />
      <SelectField
        label={t("gaps.controls.date")}
        value={params.date ?? ""}
        onChange={(event) => onChange({ date: event.target.value || null })}
      >
        <option value="">{t("gaps.controls.dateLatest")}</option>
        {params.date && !dates?.includes(params.date) ? (
          <option value={params.date}>{format.date(params.date)}</option>
        ) : null}
        {(dates ?? []).map((date) => (
          <option key={date} value={date}>
            {format.date(date)}
          </option>
        ))}
      </SelectField>
    </form>
  );
}

/** An index run belongs to one level: after a change of level the default (that level's newest run) applies. */
function keepNeed(need: NeedSource | null): NeedSource | null {
  return need?.kind === "indicator" ? need : null;
}

interface MultiSelectProps {
  label: string;
  options: readonly string[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/** Checkboxes in a disclosure: the summary tells how many are chosen (none = all). */
function MultiSelect({ label, options, selected, onChange }: MultiSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  // Chosen values that no published offer carries (any more) stay visible, so they can be removed.
  const all = [...options, ...selected.filter((value) => !options.includes(value))];
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((candidate) => candidate !== value));
  return (
    <details className="field gap-multi">
      <summary className="gap-multi__summary">
        <span className="field__label">{label}</span>
        <span className="gap-multi__count">
          {selected.length === 0
            ? t("gaps.controls.allSelected")
            : t("gaps.controls.selectedCount", { count: selected.length })}
        </span>
      </summary>
      <fieldset className="gap-multi__options">
        <legend className="visually-hidden">{label}</legend>
        {all.length === 0 ? <p className="gap-multi__empty">{t("gaps.controls.noOptions")}</p> : null}
        {all.map((value, index) => (
          <div key={value} className="gap-multi__option">
            <input
              type="checkbox"
              id={`${id}-${index}`}
              checked={selected.includes(value)}
              onChange={(event) => toggle(value, event.target.checked)}
            />
            <label htmlFor={`${id}-${index}`}>{value}</label>
          </div>
        ))}
        {selected.length > 0 ? (
          <Button size="sm" variant="quiet" onClick={() => onChange([])}>
            {t("gaps.controls.clear")}
          </Button>
        ) : null}
      </fieldset>
    </details>
  );
}

/** Age in whole years; empty means any age. Committed as soon as the text is a valid age. */
function AgeField({ age, onChange }: { age: number | null; onChange: (age: number | null) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(age === null ? "" : String(age));
  useEffect(() => setText(age === null ? "" : String(age)), [age]);
  return (
    <TextField
      label={t("gaps.controls.age")}
      hint={t("gaps.controls.ageHint")}
      type="number"
      inputMode="numeric"
      min={0}
      max={120}
      step={1}
      value={text}
      onChange={(event) => {
        const value = event.target.value;
        setText(value);
        if (value.trim() === "") onChange(null);
        else {
          const number = Number(value);
          if (Number.isInteger(number) && number >= 0 && number <= 120) onChange(number);
        }
      }}
    />
  );
}

/**
 * The catchment radius as slider and number field. The slider's steps are committed after a
 * short pause, so dragging does not ask the server for every 100 m.
 */
function RadiusField({ radiusKm, onChange }: { radiusKm: number; onChange: (radiusKm: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(String(radiusKm));
  const [pending, setPending] = useState<number | null>(null);
  // A ref: the parent's new callback on every render must not restart the pause.
  const commit = useRef(onChange);
  commit.current = onChange;
  useEffect(() => setText(String(radiusKm)), [radiusKm]);
  useEffect(() => {
    if (pending === null) return;
    const timer = setTimeout(() => {
      setPending(null);
      if (pending !== radiusKm) commit.current(pending);
    }, 300);
    return () => clearTimeout(timer);
  }, [pending, radiusKm]);
  const number = Number(text);
  const invalid = text.trim() === "" || !Number.isFinite(number) || number < 0 || number > maxRadiusKm;
  return (
    <div className="gap-controls__radius">
      <TextField
        id={id}
        label={t("gaps.controls.radius")}
        hint={t("gaps.controls.radiusHint")}
        error={invalid ? t("gaps.controls.radiusError") : undefined}
        type="number"
        inputMode="decimal"
        min={0}
        max={maxRadiusKm}
        step={0.1}
        value={text}
        onChange={(event) => {
          const value = event.target.value;
          setText(value);
          const number = Number(value);
          if (value.trim() !== "" && Number.isFinite(number) && number >= 0 && number <= maxRadiusKm) {
            setPending(clampRadius(number));
          }
        }}
      />
      <input
        type="range"
        className="gap-controls__slider"
        aria-label={t("gaps.controls.radius")}
        min={0}
        max={maxRadiusKm}
        step={0.1}
        value={pending ?? radiusKm}
        onChange={(event) => {
          const number = clampRadius(Number(event.target.value));
          if (number !== null) {
            setText(String(number));
            setPending(number);
          }
        }}
      />
    </div>
  );
}
