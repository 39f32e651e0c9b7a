import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { OfferInput } from "../../../generated/graphql.ts";
import { graphqlFieldErrors } from "../../../lib/apollo.ts";
import { Button } from "../../../ui/Button.tsx";
import { ButtonLink } from "../../../ui/ButtonLink.tsx";
import { FormErrorSummary } from "../../../ui/FormErrorSummary.tsx";
import { SelectField, TextField } from "../../../ui/FormField.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { useFocusFirstInvalid } from "../../account/hooks/useFocusFirstInvalid.ts";
import { TextAreaField } from "../../indicator/components/TextAreaField.tsx";
import {
  type AccessibilityField,
  accessibilityFields,
  costs,
  emptyLocation,
  emptySchedule,
  type LocationValues,
  type OfferFormValues,
  parseNumber,
  type ScheduleValues,
  statuses,
  type TriState,
  valuesToInput,
  weekdays,
} from "../utils/offerForm.ts";
import { type OfferErrors, offerErrorsByField, validateOffer } from "../utils/validateOffer.ts";
import { LocationMapPicker } from "./LocationMapPicker.tsx";

export interface OfferFormProps {
  mode: "create" | "edit";
  initial: OfferFormValues;
  /** The organisations the offer may belong to (a provider's own ones, all for planners). */
  organisations: readonly { id: string; name: string }[];
  /** Archived offers are shown but cannot be saved. */
  readOnly?: boolean;
  /** Saves; a rejected promise with the API's BAD_USER_INPUT shows its messages at the fields. */
  onSubmit: (input: OfferInput) => Promise<void>;
  /** Whether the form holds changes that are not saved (the workflow waits for them). */
  onDirtyChange?: (dirty: boolean) => void;
}

type TextKey = {
  [K in keyof OfferFormValues]: OfferFormValues[K] extends string ? K : never;
}[keyof OfferFormValues];

const locationFields = ["name", "street", "postalCode", "city", "latitude", "longitude"] as const;
const scheduleFields = ["weekday", "opensAt", "closesAt", "validFrom", "validUntil", "note"] as const;
const topLevelFields = new Set<string>([
  "organisationId",
  "name",
  "description",
  "categories",
  "targetGroups",
  "languages",
  "acceptedSocialPasses",
  "minAge",
  "maxAge",
  "eligibility",
  "cost",
  "costDescription",
  ...accessibilityFields,
  "accessibilityNote",
  "capacityAvailable",
  "capacityMax",
  "status",
  "url",
  "email",
  "phone",
]);

/** Whether the form shows a field error under `key` (otherwise it goes to the summary). */
function isShownAtField(key: string): boolean {
  if (topLevelFields.has(key)) return true;
  const row = /^(locations|schedules)\.\d+\.(\w+)$/.exec(key);
  if (!row) return false;
  const fields: readonly string[] = row[1] === "locations" ? locationFields : scheduleFields;
  return fields.includes(row[2] ?? "");
}

/**
 * Every field of an offer in fieldsets, checked with the API's own schema when a field is
 * left and on submit (no request while anything is wrong); the API's field errors are shown
 * at the same fields.
 */
export function OfferForm({ mode, initial, organisations, readOnly = false, onSubmit, onDirtyChange }: OfferFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<OfferFormValues>(initial);
  const [baseline, setBaseline] = useState<OfferFormValues>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [serverErrors, setServerErrors] = useState<OfferErrors>({});
  const [outcome, setOutcome] = useState<"saved" | "failed" | undefined>();
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);

  const clientErrors = useMemo(() => offerErrorsByField(t, validateOffer(values)), [t, values]);
  const dirty = useMemo(() => JSON.stringify(values) !== JSON.stringify(baseline), [values, baseline]);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const errorOf = (key: string): string | undefined =>
    serverErrors[key] ?? (showAll || touched.has(key) ? clientErrors[key] : undefined);
  const touch = (key: string) => setTouched((current) => (current.has(key) ? current : new Set(current).add(key)));
  const clearServerError = (key: string) =>
    setServerErrors((current) => {
      if (!(key in current)) return current;
      const { [key]: _removed, ...rest } = current;
      return rest;
    });
  const update = (patch: Partial<OfferFormValues>, keys: readonly string[]) => {
    setValues((current) => ({ ...current, ...patch }));
    for (const key of keys) clearServerError(key);
    setOutcome(undefined);
  };
  /** Props of a text input bound to a top-level field. */
  const bind = (key: TextKey) => ({
    value: values[key],
    onChange: (event: { target: { value: string } }) => update({ [key]: event.target.value }, [key]),
    onBlur: () => touch(key),
    error: errorOf(key),
    readOnly,
  });

  const updateLocation = (index: number, patch: Partial<LocationValues>) => {
    setValues((current) => ({
      ...current,
      locations: current.locations.map((location, i) => (i === index ? { ...location, ...patch } : location)),
    }));
    for (const field of Object.keys(patch)) clearServerError(`locations.${index}.${field}`);
    setOutcome(undefined);
  };
  const updateSchedule = (index: number, patch: Partial<ScheduleValues>) => {
    setValues((current) => ({
      ...current,
      schedules: current.schedules.map((schedule, i) => (i === index ? { ...schedule, ...patch } : schedule)),
    }));
    for (const field of Object.keys(patch)) clearServerError(`schedules.${index}.${field}`);
    setOutcome(undefined);
  };
  // Removing a row renumbers the rows after it: their server errors no longer match.
  const removeRow = (list: "locations" | "schedules", index: number) => {
    setValues((current) => ({ ...current, [list]: current[list].filter((_, i) => i !== index) }));
    setServerErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([key]) => !key.startsWith(`${list}.`))),
    );
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (readOnly) return;
    setOutcome(undefined);
    setServerErrors({});
    setShowAll(true);
    if (Object.keys(clientErrors).length > 0) return focusFirstInvalid();
    setSaving(true);
    try {
      await onSubmit(valuesToInput(values));
    } catch (error) {
      setSaving(false);
      const byField = offerErrorsByField(t, graphqlFieldErrors(error));
      setServerErrors(byField);
      if (Object.keys(byField).length > 0) return focusFirstInvalid();
      setOutcome("failed");
      return;
    }
    setSaving(false);
    setBaseline(values);
    setOutcome("saved");
  };

  const shownErrors = { ...(showAll ? clientErrors : {}), ...serverErrors };
  const elsewhere = Object.entries(shownErrors)
    .filter(([key]) => !isShownAtField(key))
    .map(([key, message]) => `${key}: ${message}`);
  const hasErrors = Object.keys(shownErrors).length > 0;

  return (
    <form ref={form} className="form" noValidate onSubmit={(event) => void submit(event)}>
      <FormErrorSummary show={showAll && hasErrors} messages={elsewhere} />

      <Group legend={t("offerAdmin.editor.groups.basics")}>
        <SelectField
          label={t("offerAdmin.editor.organisation")}
          value={values.organisationId}
          disabled={readOnly}
          onChange={(event) => update({ organisationId: event.target.value }, ["organisationId"])}
          onBlur={() => touch("organisationId")}
          error={errorOf("organisationId")}
        >
          <option value="">{t("offerAdmin.editor.chooseOrganisation")}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </SelectField>
        <TextField label={t("offerAdmin.editor.name")} autoComplete="off" {...bind("name")} />
        <TextAreaField
          label={t("offerAdmin.editor.description")}
          hint={t("offerAdmin.editor.descriptionHint")}
          rows={5}
          {...bind("description")}
        />
        <TextField
          label={t("offerAdmin.editor.categories")}
          hint={t("offerAdmin.editor.categoriesHint")}
          autoComplete="off"
          {...bind("categories")}
        />
        <SelectField
          label={t("offerAdmin.editor.status")}
          value={values.status}
          disabled={readOnly}
          onChange={(event) => {
            const status = statuses.find((option) => option === event.target.value);
            if (status) update({ status }, ["status"]);
          }}
          error={errorOf("status")}
        >
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t(`offerAdmin.status.${status}`)}
            </option>
          ))}
        </SelectField>
      </Group>

      <Group legend={t("offerAdmin.editor.groups.audience")}>
        <TextField
          label={t("offerAdmin.editor.targetGroups")}
          hint={t("offerAdmin.editor.targetGroupsHint")}
          autoComplete="off"
          {...bind("targetGroups")}
        />
        <div className="offer-form__row">
          <TextField
            label={t("offerAdmin.editor.minAge")}
            hint={t("offerAdmin.editor.ageHint")}
            inputMode="numeric"
            {...bind("minAge")}
          />
          <TextField label={t("offerAdmin.editor.maxAge")} inputMode="numeric" {...bind("maxAge")} />
        </div>
        <TextAreaField
          label={t("offerAdmin.editor.eligibility")}
          hint={t("offerAdmin.editor.eligibilityHint")}
          rows={2}
          {...bind("eligibility")}
        />
      </Group>

      <Group legend={t("offerAdmin.editor.groups.languages")}>
        <TextField
          label={t("offerAdmin.editor.languages")}
          hint={t("offerAdmin.editor.languagesHint")}
          autoComplete="off"
          spellCheck={false}
          {...bind("languages")}
        />
      </Group>

      <Group legend={t("offerAdmin.editor.groups.cost")}>
        <SelectField
          label={t("offerAdmin.editor.cost")}
          value={values.cost}
          disabled={readOnly}
          onChange={(event) => {
            const cost = costs.find((option) => option === event.target.value);
            if (cost) update({ cost }, ["cost", "costDescription"]);
          }}
          error={errorOf("cost")}
        >
          {costs.map((cost) => (
            <option key={cost} value={cost}>
              {t(`offerAdmin.editor.costs.${cost}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("offerAdmin.editor.costDescription")}
          hint={t("offerAdmin.editor.costDescriptionHint")}
          {...bind("costDescription")}
        />
        <TextField
          label={t("offerAdmin.editor.socialPasses")}
          hint={t("offerAdmin.editor.socialPassesHint")}
          autoComplete="off"
          {...bind("acceptedSocialPasses")}
        />
      </Group>

      <Group legend={t("offerAdmin.editor.groups.accessibility")}>
        {accessibilityFields.map((field) => (
          <TriStateField
            key={field}
            field={field}
            value={values[field]}
            disabled={readOnly}
            onChange={(value) => update({ [field]: value }, [field])}
          />
        ))}
        <TextAreaField label={t("offerAdmin.editor.accessibilityNote")} rows={2} {...bind("accessibilityNote")} />
      </Group>

      <Group legend={t("offerAdmin.editor.groups.contact")}>
        <TextField
          label={t("offerAdmin.editor.url")}
          hint={t("offerAdmin.editor.urlHint")}
          type="url"
          autoComplete="off"
          {...bind("url")}
        />
        <div className="offer-form__row">
          <TextField label={t("offerAdmin.editor.email")} type="email" autoComplete="off" {...bind("email")} />
          <TextField label={t("offerAdmin.editor.phone")} type="tel" autoComplete="off" {...bind("phone")} />
        </div>
      </Group>

      <Group legend={t("offerAdmin.editor.groups.capacity")}>
        <div className="offer-form__row">
          <TextField
            label={t("offerAdmin.editor.capacityMax")}
            hint={t("offerAdmin.editor.capacityHint")}
            inputMode="numeric"
            {...bind("capacityMax")}
          />
          <TextField
            label={t("offerAdmin.editor.capacityAvailable")}
            inputMode="numeric"
            {...bind("capacityAvailable")}
          />
        </div>
      </Group>

      <Group legend={t("offerAdmin.editor.groups.locations")}>
        <p className="field__hint">{t("offerAdmin.editor.locationsHint")}</p>
        {values.locations.length === 0 ? <p className="muted">{t("offerAdmin.editor.noLocations")}</p> : null}
        {values.locations.map((location, index) => (
          <LocationRow
            key={location.key}
            index={index}
            location={location}
            readOnly={readOnly}
            errorOf={(field) => errorOf(`locations.${index}.${field}`)}
            onBlur={(field) => touch(`locations.${index}.${field}`)}
            onChange={(patch) => updateLocation(index, patch)}
            onRemove={() => removeRow("locations", index)}
          />
        ))}
        {readOnly ? null : (
          <div>
            <Button onClick={() => update({ locations: [...values.locations, emptyLocation()] }, [])}>
              {t("offerAdmin.editor.addLocation")}
            </Button>
          </div>
        )}
      </Group>

      <Group legend={t("offerAdmin.editor.groups.schedules")}>
        {values.schedules.length === 0 ? <p className="muted">{t("offerAdmin.editor.noSchedules")}</p> : null}
        {values.schedules.map((schedule, index) => (
          <ScheduleRow
            key={schedule.key}
            index={index}
            schedule={schedule}
            readOnly={readOnly}
            errorOf={(field) => errorOf(`schedules.${index}.${field}`)}
            onBlur={(field) => touch(`schedules.${index}.${field}`)}
            onChange={(patch) => updateSchedule(index, patch)}
            onRemove={() => removeRow("schedules", index)}
          />
        ))}
        {readOnly ? null : (
          <div>
            <Button onClick={() => update({ schedules: [...values.schedules, emptySchedule()] }, [])}>
              {t("offerAdmin.editor.addSchedule")}
            </Button>
          </div>
        )}
      </Group>

      <div className="form__actions">
        {readOnly ? null : (
          <Button type="submit" variant="primary" disabled={saving}>
            {saving
              ? t("form.saving")
              : mode === "create"
                ? t("offerAdmin.editor.submitCreate")
                : t("offerAdmin.editor.submitEdit")}
          </Button>
        )}
        <ButtonLink to="/angebote/verwalten" variant="quiet">
          {t("offerAdmin.editor.back")}
        </ButtonLink>
      </div>
      <div role="status">
        {outcome === "saved" ? <Notice tone="success">{t("offerAdmin.editor.saved")}</Notice> : null}
      </div>
      <div role="alert">{outcome === "failed" ? <Notice tone="error">{t("form.failed")}</Notice> : null}</div>
    </form>
  );
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="form__group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

function TriStateField({
  field,
  value,
  disabled,
  onChange,
}: {
  field: AccessibilityField;
  value: TriState;
  disabled: boolean;
  onChange: (value: TriState) => void;
}) {
  const { t } = useTranslation();
  const options: TriState[] = ["yes", "no", "unknown"];
  return (
    <fieldset className="offer-form__tristate">
      <legend>{t(`offerAdmin.editor.accessibility.${field}`)}</legend>
      {options.map((option) => (
        <label key={option} className="radio-toggle__option">
          <input
            type="radio"
            name={`offer-${field}`}
            value={option}
            checked={value === option}
            disabled={disabled}
            onChange={() => onChange(option)}
          />
          {t(`offerAdmin.editor.triState.${option}`)}
        </label>
      ))}
    </fieldset>
  );
}

interface RowProps<Values, Field extends string> {
  index: number;
  readOnly: boolean;
  errorOf: (field: Field) => string | undefined;
  onBlur: (field: Field) => void;
  onChange: (patch: Partial<Values>) => void;
  onRemove: () => void;
}

function LocationRow({
  index,
  location,
  readOnly,
  errorOf,
  onBlur,
  onChange,
  onRemove,
}: RowProps<LocationValues, (typeof locationFields)[number]> & { location: LocationValues }) {
  const { t } = useTranslation();
  const [mapOpen, setMapOpen] = useState(false);
  const n = index + 1;
  const field = (name: (typeof locationFields)[number]) => ({
    value: location[name],
    onChange: (event: { target: { value: string } }) => onChange({ [name]: event.target.value }),
    onBlur: () => onBlur(name),
    error: errorOf(name),
    readOnly,
  });
  const latitude = parseNumber(location.latitude);
  const longitude = parseNumber(location.longitude);
  return (
    <fieldset className="offer-form__item">
      <legend className="offer-form__item-title">{t("offerAdmin.editor.location", { n })}</legend>
      <TextField label={t("offerAdmin.editor.locationName")} autoComplete="off" {...field("name")} />
      <TextField label={t("offerAdmin.editor.street")} autoComplete="off" {...field("street")} />
      <div className="offer-form__row">
        <TextField
          label={t("offerAdmin.editor.postalCode")}
          inputMode="numeric"
          autoComplete="off"
          {...field("postalCode")}
        />
        <TextField label={t("offerAdmin.editor.city")} autoComplete="off" {...field("city")} />
      </div>
      <div className="offer-form__row">
        <TextField label={t("offerAdmin.editor.latitude")} inputMode="decimal" {...field("latitude")} />
        <TextField label={t("offerAdmin.editor.longitude")} inputMode="decimal" {...field("longitude")} />
      </div>
      {location.areaName ? <p className="muted">{t("offerAdmin.editor.inArea", { name: location.areaName })}</p> : null}
      {readOnly ? null : (
        <div className="button-row">
          <Button size="sm" aria-expanded={mapOpen} onClick={() => setMapOpen((open) => !open)}>
            {mapOpen ? t("offerAdmin.editor.hideMap") : t("offerAdmin.editor.pickOnMap")}
          </Button>
          <Button size="sm" variant="quiet" onClick={onRemove}>
            {t("offerAdmin.editor.removeLocation", { n })}
          </Button>
        </div>
      )}
      {mapOpen && !readOnly ? (
        <LocationMapPicker
          label={t("offerAdmin.editor.mapLabel", { n })}
          latitude={latitude !== null && Number.isFinite(latitude) ? latitude : null}
          longitude={longitude !== null && Number.isFinite(longitude) ? longitude : null}
          onPick={(point) =>
            onChange({ latitude: String(point.latitude), longitude: String(point.longitude), areaName: null })
          }
        />
      ) : null}
    </fieldset>
  );
}

function ScheduleRow({
  index,
  schedule,
  readOnly,
  errorOf,
  onBlur,
  onChange,
  onRemove,
}: RowProps<ScheduleValues, (typeof scheduleFields)[number]> & { schedule: ScheduleValues }) {
  const { t } = useTranslation();
  const n = index + 1;
  const field = (name: Exclude<(typeof scheduleFields)[number], "weekday">) => ({
    value: schedule[name],
    onChange: (event: { target: { value: string } }) => onChange({ [name]: event.target.value }),
    onBlur: () => onBlur(name),
    error: errorOf(name),
    readOnly,
  });
  return (
    <fieldset className="offer-form__item">
      <legend className="offer-form__item-title">{t("offerAdmin.editor.schedule", { n })}</legend>
      <div className="offer-form__row">
        <SelectField
          label={t("offerAdmin.editor.weekday")}
          value={schedule.weekday}
          disabled={readOnly}
          onChange={(event) => onChange({ weekday: event.target.value })}
          error={errorOf("weekday")}
        >
          {weekdays.map((day) => (
            <option key={day} value={String(day)}>
              {t(`offerAdmin.editor.weekdays.${day}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("offerAdmin.editor.opensAt")}
          placeholder="09:00"
          inputMode="numeric"
          {...field("opensAt")}
        />
        <TextField
          label={t("offerAdmin.editor.closesAt")}
          placeholder="17:00"
          inputMode="numeric"
          {...field("closesAt")}
        />
      </div>
      <div className="offer-form__row">
        <TextField label={t("offerAdmin.editor.validFrom")} type="date" {...field("validFrom")} />
        <TextField label={t("offerAdmin.editor.validUntil")} type="date" {...field("validUntil")} />
      </div>
      <TextField label={t("offerAdmin.editor.note")} autoComplete="off" {...field("note")} />
      {readOnly ? null : (
        <div className="button-row">
          <Button size="sm" variant="quiet" onClick={onRemove}>
            {t("offerAdmin.editor.removeSchedule", { n })}
          </Button>
        </div>
      )}
    </fieldset>
  );
}
