import { useTranslation } from "react-i18next";
import type { IndicatorMeta } from "../utils/explorer.ts";
import { maxIndicators } from "../utils/explorerParams.ts";

export interface IndicatorPickerProps {
  indicators: readonly IndicatorMeta[];
  chosen: readonly string[];
  onToggle: (key: string) => void;
}

/** Indicators by topic (topics and names in alphabetical order). */
export function groupByTopic(indicators: readonly IndicatorMeta[]): Array<[string, IndicatorMeta[]]> {
  const groups = new Map<string, IndicatorMeta[]>();
  for (const indicator of indicators) {
    const group = groups.get(indicator.topic);
    if (group) group.push(indicator);
    else groups.set(indicator.topic, [indicator]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "de"))
    .map(([topic, list]) => [topic, list.sort((a, b) => a.name.localeCompare(b.name, "de"))]);
}

/**
 * Checkboxes for the indicators, one group per topic, each with its unit and polarity. At most
 * `maxIndicators` can be chosen; the others are disabled then, with a hint why.
 */
export function IndicatorPicker({ indicators, chosen, onToggle }: IndicatorPickerProps) {
  const { t } = useTranslation();
  const full = chosen.length >= maxIndicators;
  return (
    <div className="indicator-picker">
      <p className="field__hint" id="indicator-picker-hint">
        {full
          ? t("indicators.picker.full", { max: maxIndicators })
          : t("indicators.picker.hint", { max: maxIndicators })}
      </p>
      {groupByTopic(indicators).map(([topic, list]) => (
        <fieldset key={topic} className="indicator-picker__group">
          <legend className="indicator-picker__topic">{topic}</legend>
          <ul className="indicator-picker__list">
            {list.map((indicator) => {
              const checked = chosen.includes(indicator.key);
              const id = `indicator-option-${indicator.key}`;
              return (
                <li key={indicator.key} className="indicator-picker__option">
                  <input
                    id={id}
                    type="checkbox"
                    className="checkbox-field__input"
                    checked={checked}
                    disabled={full && !checked}
                    aria-describedby={`${id}-meta`}
                    onChange={() => onToggle(indicator.key)}
                  />
                  <div className="indicator-picker__text">
                    <label htmlFor={id} className="indicator-picker__name">
                      {indicator.name}
                    </label>
                    <span id={`${id}-meta`} className="indicator-picker__meta">
                      {indicator.unit} · {t(`indicators.polarity.${indicator.polarity}`)}
                    </span>
                  </div>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}
