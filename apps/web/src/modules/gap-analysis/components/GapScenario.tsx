import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format.ts";
import { Button } from "../../../ui/Button.tsx";
import { TextField } from "../../../ui/FormField.tsx";
import { LoadingState } from "../../../ui/QueryState.tsx";
import type { ScenarioOffer } from "../utils/gapParams.ts";
import type { ScenarioChange } from "../utils/gapView.ts";

export interface ScenarioDraft {
  label: string;
  latitude: string;
  longitude: string;
  places: string;
}

export const emptyDraft: ScenarioDraft = { label: "", latitude: "", longitude: "", places: "1" };

export interface GapScenarioProps {
  offers: readonly ScenarioOffer[];
  draft: ScenarioDraft;
  onDraftChange: (draft: ScenarioDraft) => void;
  picking: boolean;
  onPickingChange: (picking: boolean) => void;
  onAdd: (offer: Omit<ScenarioOffer, "id">) => void;
  onRemove: (id: string) => void;
  onClear: () => void;
  /** Areas whose supply the scenario changes; undefined while it is computed. */
  changes: readonly ScenarioChange[] | undefined;
  /** Why the scenario could not be computed (the baseline stays on screen); null without error. */
  error: ReactNode;
  rateUnit: string;
}

type DraftErrors = Partial<Record<"latitude" | "longitude" | "places", string>>;

/** Checks the draft; the offer when it is valid, else the errors by field. */
function readDraft(
  draft: ScenarioDraft,
  fallbackLabel: string,
  messages: Required<DraftErrors>,
): { offer: Omit<ScenarioOffer, "id"> } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  const number = (text: string) => (text.trim() === "" ? Number.NaN : Number(text.replace(",", ".")));
  const latitude = number(draft.latitude);
  const longitude = number(draft.longitude);
  const places = number(draft.places);
  if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) errors.latitude = messages.latitude;
  if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) errors.longitude = messages.longitude;
  if (!Number.isInteger(places) || places < 1) errors.places = messages.places;
  if (Object.keys(errors).length > 0) return { errors };
  return { offer: { label: draft.label.trim() || fallbackLabel, latitude, longitude, places } };
}

/**
 * "Szenario: Angebot hinzufügen": planned offers by coordinates (or a click in the map), the
 * list of them, a banner that nothing is saved, and how supply rate and rank change per area.
 */
export function GapScenario({
  offers,
  draft,
  onDraftChange,
  picking,
  onPickingChange,
  onAdd,
  onRemove,
  onClear,
  changes,
  error,
  rateUnit,
}: GapScenarioProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [errors, setErrors] = useState<DraftErrors>({});
  const noValue = t("common.noValue");
  const value = (number: number | null, digits: number) => (number === null ? noValue : format.number(number, digits));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = readDraft(draft, t("gaps.scenario.defaultLabel", { number: offers.length + 1 }), {
      latitude: t("gaps.scenario.latitudeError"),
      longitude: t("gaps.scenario.longitudeError"),
      places: t("gaps.scenario.placesError"),
    });
    if ("errors" in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    onAdd(result.offer);
  };
  const set = (field: keyof ScenarioDraft) => (event: { target: { value: string } }) =>
    onDraftChange({ ...draft, [field]: event.target.value });

  return (
    <section className="gap-scenario panel" aria-labelledby="gap-scenario-title">
      <h2 id="gap-scenario-title" className="gap-scenario__title">
        {t("gaps.scenario.title")}
      </h2>
      <p className="gap-scenario__intro">{t("gaps.scenario.intro")}</p>
      <form className="gap-scenario__form" onSubmit={submit} noValidate>
        <TextField label={t("gaps.scenario.label")} value={draft.label} onChange={set("label")} maxLength={200} />
        <TextField
          label={t("gaps.scenario.latitude")}
          inputMode="decimal"
          value={draft.latitude}
          onChange={set("latitude")}
          error={errors.latitude}
        />
        <TextField
          label={t("gaps.scenario.longitude")}
          inputMode="decimal"
          value={draft.longitude}
          onChange={set("longitude")}
          error={errors.longitude}
        />
        <TextField
          label={t("gaps.scenario.places")}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          value={draft.places}
          onChange={set("places")}
          error={errors.places}
        />
        <div className="gap-scenario__actions">
          <Button
            aria-pressed={picking}
            onClick={() => onPickingChange(!picking)}
            onKeyDown={(event) => {
              if (event.key === "Escape") onPickingChange(false);
            }}
          >
            {picking ? t("gaps.scenario.clickModeActive") : t("gaps.scenario.clickMode")}
          </Button>
          <Button type="submit" variant="primary">
            {t("gaps.scenario.add")}
          </Button>
        </div>
        <p className="gap-scenario__hint">{t("gaps.scenario.clickHint")}</p>
      </form>

      {offers.length > 0 ? (
        <>
          <h3 className="gap-scenario__subtitle">{t("gaps.scenario.listTitle")}</h3>
          <ul className="gap-scenario__list">
            {offers.map((offer) => (
              <li key={offer.id}>
                <span>
                  <strong>{offer.label}</strong>{" "}
                  {t("gaps.scenario.point", {
                    lat: format.number(offer.latitude, 5),
                    lon: format.number(offer.longitude, 5),
                    places: format.number(offer.places),
                  })}
                </span>
                <Button size="sm" variant="quiet" onClick={() => onRemove(offer.id)}>
                  {t("gaps.scenario.remove", { label: offer.label })}
                </Button>
              </li>
            ))}
          </ul>
          <Button size="sm" onClick={onClear}>
            {t("gaps.scenario.clear")}
          </Button>
          <h3 className="gap-scenario__subtitle">{t("gaps.scenario.changesTitle")}</h3>
          {error ? (
            error
          ) : changes === undefined ? (
            <LoadingState label={t("gaps.scenario.loading")} />
          ) : changes.length === 0 ? (
            <p>{t("gaps.scenario.noChanges")}</p>
          ) : (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
            <section className="table-scroll" aria-label={t("gaps.scenario.changesTitle")} tabIndex={0}>
              <table className="table gap-scenario__changes">
                <caption className="visually-hidden">{t("gaps.scenario.changesTitle")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("gaps.scenario.area")}</th>
                    <th scope="col" className="num">
                      {t("gaps.scenario.rate")} ({rateUnit})
                    </th>
                    <th scope="col" className="num">
                      {t("gaps.scenario.rank")}
                    </th>
                    <th scope="col" className="num">
                      {t("gaps.scenario.offers")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((change) => (
                    <tr key={change.code}>
                      <th scope="row">{change.name}</th>
                      <td className="num">
                        {t("gaps.scenario.arrow", {
                          before: value(change.rateBefore, 2),
                          after: value(change.rateAfter, 2),
                        })}
                      </td>
                      <td className="num">
                        {t("gaps.scenario.arrow", {
                          before: change.rankBefore ?? noValue,
                          after: change.rankAfter ?? noValue,
                        })}
                      </td>
                      <td className="num">
                        {t("gaps.scenario.arrow", { before: change.offersBefore, after: change.offersAfter })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
        </>
      ) : null}
    </section>
  );
}
