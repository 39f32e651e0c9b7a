import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CompareAreaIndexQuery } from "../../../generated/graphql.ts";
import { normalizeForSearch, searchWords } from "../../../lib/search.ts";
import { Button } from "../../../ui/Button.tsx";
import { areaPath } from "../../area/utils/paths.ts";
import { maxCompareAreas, minCompareAreas } from "../utils/compareSet.ts";

export type IndexedArea = CompareAreaIndexQuery["areas"][number];

const maxResults = 8;
const levelOrder = ["PLANUNGSRAUM", "BEZIRKSREGION", "PROGNOSERAUM", "BEZIRK", "STADT"];

export interface AreaPickerProps {
  /** Every area (from the area index); undefined while loading. */
  areas: readonly IndexedArea[] | undefined;
  selected: readonly IndexedArea[];
  onAdd: (code: string) => void;
  onRemove: (code: string) => void;
}

/**
 * The compared areas as a list with remove buttons, and a search by name or code to add more
 * (2–6, with a clear message at either limit).
 */
export function AreaPicker({ areas, selected, onAdd, onRemove }: AreaPickerProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState("");
  const full = selected.length >= maxCompareAreas;
  const firstLevel = selected[0]?.level;

  const matches = useMemo(() => {
    const words = searchWords(query);
    if (!areas || words.length === 0) return [];
    const chosen = new Set(selected.map((area) => area.code));
    const collator = new Intl.Collator(i18n.language);
    return areas
      .filter((area) => !chosen.has(area.code))
      .filter((area) => {
        const haystack = `${normalizeForSearch(area.name)} ${area.code}`;
        return words.every((word) => haystack.includes(word));
      })
      .sort(
        (a, b) =>
          // Areas of the level already compared first, then small areas before large ones.
          Number(b.level === firstLevel) - Number(a.level === firstLevel) ||
          levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level) ||
          collator.compare(a.name, b.name),
      );
  }, [areas, query, selected, firstLevel, i18n.language]);

  return (
    <div className="area-picker">
      <h2 className="area-picker__title">
        {t("compare.picker.selected", { count: selected.length, max: maxCompareAreas })}
      </h2>
      {selected.length > 0 ? (
        <ul className="chips area-picker__chips">
          {selected.map((area) => (
            <li key={area.code} className="chip">
              <Link to={areaPath(area.code)}>{area.name}</Link>
              <span className="muted">
                {" "}
                {t(`levels.${area.level}.one`)} · <span className="code">{area.code}</span>
              </span>
              <Button
                size="sm"
                variant="quiet"
                className="chip__remove"
                aria-label={t("compare.picker.remove", { name: area.name })}
                onClick={() => onRemove(area.code)}
              >
                <span aria-hidden="true">×</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="area-picker__limit" role="status">
        {full
          ? t("compare.picker.full", { max: maxCompareAreas })
          : selected.length < minCompareAreas
            ? t("compare.picker.tooFew", { min: minCompareAreas, count: minCompareAreas - selected.length })
            : ""}
      </p>
      <div className="field area-picker__search">
        <label className="field__label" htmlFor={`${id}-search`}>
          {t("compare.picker.searchLabel")}
        </label>
        <input
          id={`${id}-search`}
          className="field__input"
          type="search"
          value={query}
          placeholder={t("compare.picker.searchPlaceholder")}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-results`}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <p id={`${id}-results`} className="result-count" aria-live="polite">
        {query.trim() === ""
          ? ""
          : areas === undefined
            ? t("common.loading")
            : matches.length === 0
              ? t("compare.picker.noMatch", { query: query.trim() })
              : t("compare.picker.matches", { count: matches.length, shown: Math.min(maxResults, matches.length) })}
      </p>
      {matches.length > 0 ? (
        <ul className="area-picker__results">
          {matches.slice(0, maxResults).map((area) => (
            <li key={area.code}>
              <Button
                size="sm"
                disabled={full}
                onClick={() => {
                  onAdd(area.code);
                  setQuery("");
                }}
              >
                <span className="visually-hidden">{t("compare.picker.add")} </span>
                <span aria-hidden="true">+ </span>
                <span>{area.name}</span>
                <span className="muted">
                  {" "}
                  {t(`levels.${area.level}.one`)}
                  {area.parent ? ` · ${area.parent.name}` : ""} · {area.code}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
