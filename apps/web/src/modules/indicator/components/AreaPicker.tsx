import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format.ts";
import { Button } from "../../../ui/Button.tsx";
import { SearchField } from "../../../ui/SearchField.tsx";
import { filterAreas } from "../../area/utils/filterAreas.ts";
import { seriesStyle } from "../utils/chartStyle.ts";
import { maxAreas } from "../utils/explorerParams.ts";
import type { ExplorerArea } from "../utils/references.ts";

/** More matches than this are not listed: the search narrows them down. */
const maxMatches = 12;

export interface AreaPickerProps {
  areas: readonly ExplorerArea[];
  chosen: readonly ExplorerArea[];
  query: string;
  onQueryChange: (query: string) => void;
  onToggle: (code: string) => void;
}

/**
 * The chosen areas (each with the colour of its line) and a search by name or code among the
 * areas of the level, with a checkbox per match.
 */
export function AreaPicker({ areas, chosen, query, onQueryChange, onToggle }: AreaPickerProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [text, setText] = useState(query);
  const wrapper = useRef<HTMLDivElement>(null);

  // Follow the URL when it changes from outside (back button, a link), not while the user types.
  useEffect(() => {
    if (!wrapper.current?.contains(document.activeElement)) setText(query);
  }, [query]);

  const chosenCodes = new Set(chosen.map((area) => area.code));
  const full = chosen.length >= maxAreas;
  const matches = text.trim() === "" && areas.length > maxMatches ? [] : filterAreas(areas, text);
  const listed = matches.slice(0, maxMatches);

  return (
    <div className="area-picker">
      <div className="area-picker__chosen">
        <h3 className="area-picker__heading">{t("indicators.areaPicker.chosenHeading")}</h3>
        {chosen.length === 0 ? (
          <p className="field__hint">{t("indicators.areaPicker.noneChosen", { max: maxAreas })}</p>
        ) : (
          <ul className="chip-list" aria-label={t("indicators.areaPicker.chosenHeading")}>
            {chosen.map((area, index) => (
              <li key={area.code} className="chip">
                <span className="chip__swatch" style={{ background: seriesStyle(index).colour }} aria-hidden="true" />
                <span className="chip__label">{area.name}</span>
                <Button
                  size="sm"
                  variant="quiet"
                  className="chip__remove"
                  aria-label={t("indicators.areaPicker.remove", { name: area.name })}
                  onClick={() => onToggle(area.code)}
                >
                  <span aria-hidden="true">×</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div ref={wrapper}>
        <SearchField
          label={t("indicators.areaPicker.search")}
          placeholder={t("indicators.areaPicker.searchPlaceholder")}
          value={text}
          onChange={(value) => {
            setText(value);
            onQueryChange(value);
          }}
        />
      </div>
      <p className="field__hint" aria-live="polite">
        {full
          ? t("indicators.areaPicker.full", { max: maxAreas })
          : text.trim() === "" && areas.length > maxMatches
            ? t("indicators.areaPicker.typeToSearch", { count: areas.length, shown: format.number(areas.length) })
            : matches.length > maxMatches
              ? t("indicators.areaPicker.moreMatches", { count: matches.length, shown: maxMatches })
              : matches.length === 0
                ? t("indicators.areaPicker.noMatch", { query: text.trim() })
                : null}
      </p>
      {listed.length > 0 ? (
        <ul className="area-picker__matches" aria-label={t("indicators.areaPicker.matches")}>
          {listed.map((area) => {
            const checked = chosenCodes.has(area.code);
            const id = `area-option-${area.code}`;
            return (
              <li key={area.code} className="area-picker__option">
                <input
                  id={id}
                  type="checkbox"
                  className="checkbox-field__input"
                  checked={checked}
                  disabled={full && !checked}
                  onChange={() => onToggle(area.code)}
                />
                <label htmlFor={id}>
                  {area.name} <span className="code muted">{area.code}</span>
                </label>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
