import { useQuery } from "@apollo/client/react";
import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DirectoryAreasDocument, DirectoryFacetsDocument } from "../../../generated/documents/directory.ts";
import type { OfferCost } from "../../../generated/graphql.ts";
import { Button } from "../../../ui/Button.tsx";
import { CheckboxField, SelectField, TextField } from "../../../ui/FormField.tsx";
import {
  type AccessibilityFeature,
  accessibilityFeatures,
  costs,
  type DirectorySearch,
  emptySearch,
  formatPoint,
  parsePoint,
  radiusOptions,
} from "../utils/directoryParams.ts";
import { distinctLabels, languageName } from "../utils/offerText.ts";

export interface DirectorySearchFormProps {
  /** The search in the URL; the form starts from it (remount it with a new key when the URL changes). */
  search: DirectorySearch;
  onSearch: (search: DirectorySearch) => void;
}

/** The form's fields as typed, before they are checked. */
interface Draft {
  text: string;
  category: string;
  targetGroup: string;
  age: string;
  language: string;
  areaCode: string;
  near: string;
  radiusKm: number;
  costs: OfferCost[];
  socialPass: boolean;
  accessibility: AccessibilityFeature[];
  openNow: boolean;
}

const berlinpass = "berlinpass";

function toDraft(search: DirectorySearch): Draft {
  return {
    text: search.text,
    category: search.category,
    targetGroup: search.targetGroup,
    age: search.age === null ? "" : String(search.age),
    language: search.language,
    areaCode: search.areaCode,
    near: search.near ? formatPoint(search.near).replace(",", ", ") : "",
    radiusKm: search.radiusKm,
    costs: search.costs,
    socialPass: search.socialPass !== "",
    accessibility: search.accessibility,
    openNow: search.openNow,
  };
}

/** Checks the draft; either a search or the errors by field. */
function fromDraft(draft: Draft): { search: DirectorySearch } | { errors: Partial<Record<"age" | "near", true>> } {
  const errors: Partial<Record<"age" | "near", true>> = {};
  const ageText = draft.age.trim();
  const age = ageText === "" ? null : Number(ageText);
  if (age !== null && !(Number.isInteger(age) && age >= 0 && age <= 120)) errors.age = true;
  const nearText = draft.near.trim();
  const near = nearText === "" ? null : parsePoint(nearText);
  if (nearText !== "" && near === null) errors.near = true;
  if (errors.age || errors.near) return { errors };
  return {
    search: {
      ...emptySearch,
      text: draft.text.trim(),
      category: draft.category,
      targetGroup: draft.targetGroup,
      age,
      language: draft.language,
      areaCode: draft.areaCode,
      near,
      radiusKm: draft.radiusKm,
      costs: draft.costs,
      socialPass: draft.socialPass ? berlinpass : "",
      accessibility: draft.accessibility,
      openNow: draft.openNow,
    },
  };
}

const toggled = <T,>(values: readonly T[], value: T, on: boolean) =>
  on ? [...values.filter((entry) => entry !== value), value] : values.filter((entry) => entry !== value);

/** Number of conditions besides the search text, for the summary of the collapsed filters. */
function activeFilterCount(search: DirectorySearch): number {
  return (
    [search.category, search.targetGroup, search.language, search.areaCode, search.socialPass].filter(Boolean).length +
    (search.age === null ? 0 : 1) +
    (search.near ? 1 : 0) +
    search.costs.length +
    search.accessibility.length +
    (search.openNow ? 1 : 0)
  );
}

/**
 * The directory's search: a text field and the filters (what and for whom, where, accessibility,
 * cost). Nothing changes until the form is sent, so screen-reader and keyboard users are not
 * surprised by results moving while they choose.
 */
export function DirectorySearchForm({ search, onSearch }: DirectorySearchFormProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState(() => toDraft(search));
  const [errors, setErrors] = useState<Partial<Record<"age" | "near", true>>>({});
  const [locating, setLocating] = useState<"idle" | "busy" | "failed">("idle");
  const form = useRef<HTMLFormElement>(null);
  const ids = useId();
  const filterCount = activeFilterCount(search);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = fromDraft(draft);
    if ("errors" in result) {
      setErrors(result.errors);
      // The first invalid field gets focus; its error is read out with it.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
      return;
    }
    setErrors({});
    onSearch(result.search);
  };

  const locate = () => {
    if (!navigator.geolocation) {
      setLocating("failed");
      return;
    }
    setLocating("busy");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating("idle");
        set(
          "near",
          formatPoint({ latitude: position.coords.latitude, longitude: position.coords.longitude }).replace(",", ", "),
        );
      },
      () => setLocating("failed"),
      { timeout: 15_000 },
    );
  };

  return (
    <form
      ref={form}
      className="directory-search panel"
      aria-label={t("directory.search.label")}
      onSubmit={submit}
      noValidate
    >
      <div className="directory-search__main">
        <TextField
          type="search"
          label={t("directory.search.text")}
          hint={t("directory.search.textHint")}
          value={draft.text}
          autoComplete="off"
          onChange={(event) => set("text", event.target.value)}
        />
        <Button variant="primary" type="submit">
          {t("directory.search.submit")}
        </Button>
      </div>
      <details className="directory-search__filters" open={filterCount > 0 || undefined}>
        <summary>
          {t("directory.search.moreFilters")}
          {filterCount > 0 ? ` (${t("directory.search.activeFilters", { count: filterCount })})` : ""}
        </summary>
        <div className="directory-search__groups">
          <fieldset className="directory-search__group">
            <legend>{t("directory.search.what")}</legend>
            <FacetSelects draft={draft} onChange={set} />
            <TextField
              label={t("directory.search.age")}
              hint={t("directory.search.ageHint")}
              inputMode="numeric"
              value={draft.age}
              error={errors.age ? t("directory.search.ageError") : undefined}
              onChange={(event) => set("age", event.target.value)}
            />
          </fieldset>
          <fieldset className="directory-search__group">
            <legend>{t("directory.search.where")}</legend>
            <AreaSelect value={draft.areaCode} onChange={(value) => set("areaCode", value)} />
            <TextField
              id={`${ids}-near`}
              label={t("directory.search.near")}
              hint={t("directory.search.nearHint")}
              inputMode="decimal"
              autoComplete="off"
              value={draft.near}
              error={errors.near ? t("directory.search.nearError") : undefined}
              onChange={(event) => set("near", event.target.value)}
            />
            <div className="directory-search__locate">
              <Button size="sm" onClick={locate} disabled={locating === "busy"}>
                {t("directory.search.useLocation")}
              </Button>
              <span role="status" className="field__hint">
                {locating === "busy"
                  ? t("directory.search.locating")
                  : locating === "failed"
                    ? t("directory.search.locationFailed")
                    : ""}
              </span>
            </div>
            <SelectField
              label={t("directory.search.radius")}
              value={String(draft.radiusKm)}
              onChange={(event) => set("radiusKm", Number(event.target.value))}
            >
              {radiusOptions.map((radius) => (
                <option key={radius} value={String(radius)}>
                  {t("directory.search.radiusValue", {
                    value: new Intl.NumberFormat(i18n.language).format(radius),
                  })}
                </option>
              ))}
            </SelectField>
          </fieldset>
          <fieldset className="directory-search__group">
            <legend>{t("directory.search.accessibility")}</legend>
            {accessibilityFeatures.map((feature) => (
              <CheckboxField
                key={feature}
                label={t(`directory.feature.${feature}`)}
                checked={draft.accessibility.includes(feature)}
                onChange={(event) => set("accessibility", toggled(draft.accessibility, feature, event.target.checked))}
              />
            ))}
          </fieldset>
          <fieldset className="directory-search__group">
            <legend>{t("directory.search.cost")}</legend>
            {costs.map((cost) => (
              <CheckboxField
                key={cost}
                label={t(`directory.costs.${cost}`)}
                checked={draft.costs.includes(cost)}
                onChange={(event) => set("costs", toggled(draft.costs, cost, event.target.checked))}
              />
            ))}
            <CheckboxField
              label={t("directory.search.socialPass")}
              checked={draft.socialPass}
              onChange={(event) => set("socialPass", event.target.checked)}
            />
            <CheckboxField
              label={t("directory.search.openNow")}
              checked={draft.openNow}
              onChange={(event) => set("openNow", event.target.checked)}
            />
          </fieldset>
        </div>
        <div className="directory-search__actions">
          <Button variant="primary" type="submit">
            {t("directory.search.submit")}
          </Button>
          <Link to="/angebote">{t("directory.search.reset")}</Link>
        </div>
      </details>
    </form>
  );
}

/** Category, target group and language, with the labels the published offers use. */
function FacetSelects({
  draft,
  onChange,
}: {
  draft: Draft;
  onChange: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
}) {
  const { t, i18n } = useTranslation();
  const facets = useQuery(DirectoryFacetsDocument);
  const nodes = facets.dataState === "complete" ? facets.data.offers.edges.map((edge) => edge.node) : [];
  const loading = facets.dataState !== "complete" && !facets.error;
  // A value from the URL stays selectable even when no offer uses it (any more).
  const withCurrent = (labels: string[], current: string) =>
    current && !labels.includes(current) ? [current, ...labels] : labels;
  const categories = withCurrent(distinctLabels(nodes.map((node) => node.categories)), draft.category);
  const targetGroups = withCurrent(distinctLabels(nodes.map((node) => node.targetGroups)), draft.targetGroup);
  const languages = withCurrent([...new Set(nodes.flatMap((node) => node.languages))], draft.language)
    .map((code) => ({ code, name: languageName(code, i18n.language) }))
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  const anyLabel = loading ? t("directory.search.loadingOptions") : t("directory.search.any");

  return (
    <>
      <SelectField
        label={t("directory.search.category")}
        value={draft.category}
        onChange={(event) => onChange("category", event.target.value)}
      >
        <option value="">{anyLabel}</option>
        {categories.map((label) => (
          <option key={label} value={label}>
            {label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("directory.search.targetGroup")}
        value={draft.targetGroup}
        onChange={(event) => onChange("targetGroup", event.target.value)}
      >
        <option value="">{anyLabel}</option>
        {targetGroups.map((label) => (
          <option key={label} value={label}>
            {label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("directory.search.language")}
        value={draft.language}
        onChange={(event) => onChange("language", event.target.value)}
      >
        <option value="">{anyLabel}</option>
        {languages.map((language) => (
          <option key={language.code} value={language.code}>
            {language.name}
          </option>
        ))}
      </SelectField>
    </>
  );
}

/** Bezirke and their Planungsräume (by the first two digits of the code), by name. */
function AreaSelect({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t, i18n } = useTranslation();
  const areas = useQuery(DirectoryAreasDocument);
  const data = areas.dataState === "complete" ? areas.data : undefined;
  const byName = <T extends { name: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  const known = data ? [...data.districts, ...data.planningAreas].some((area) => area.code === value) : true;
  return (
    <SelectField label={t("directory.search.area")} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{data || areas.error ? t("directory.search.any") : t("directory.search.loadingOptions")}</option>
      {!known || (!data && value) ? <option value={value}>{value}</option> : null}
      {data
        ? byName(data.districts).map((district) => (
            <optgroup key={district.code} label={district.name}>
              <option value={district.code}>{t("directory.search.wholeDistrict", { name: district.name })}</option>
              {byName(data.planningAreas.filter((area) => area.code.startsWith(district.code))).map((area) => (
                <option key={area.code} value={area.code}>
                  {area.name}
                </option>
              ))}
            </optgroup>
          ))
        : null}
    </SelectField>
  );
}
