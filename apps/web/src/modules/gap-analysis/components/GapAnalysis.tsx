import { skipToken, useQuery } from "@apollo/client/react";
import { useCallback, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { AreaShapesDocument } from "../../../generated/documents/area.ts";
import {
  GapAnalysisDocument,
  GapChoicesDocument,
  GapDatesDocument,
  GapOffersDocument,
} from "../../../generated/documents/gap-analysis.ts";
import type { GapAnalysisQuery } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { AspectBox } from "../../../ui/AspectBox.tsx";
import { CheckboxField } from "../../../ui/FormField.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { EmptyState, LoadingState } from "../../../ui/QueryState.tsx";
import { MapPatterns } from "../../atlas/components/MapPatterns.tsx";
import { maxPageSize, usePagedQuery } from "../../atlas/hooks/usePagedQuery.ts";
import { planarShapes } from "../../atlas/utils/planarMap.ts";
import { projectPoints } from "../../atlas/utils/projectPoints.ts";
import {
  type GapParams,
  parseGapParams,
  resolveNeed,
  type ScenarioOffer,
  toGapInput,
  withGapParams,
} from "../utils/gapParams.ts";
import { distinctLabels, scenarioChanges, sortGapRows, toGapRows } from "../utils/gapView.ts";
import { GapControls } from "./GapControls.tsx";
import { GapErrorState } from "./GapErrorState.tsx";
import { GapLegend } from "./GapLegend.tsx";
import { GapMap, gapMapSize, type MapMarker } from "./GapMap.tsx";
import { emptyDraft, GapScenario, type ScenarioDraft } from "./GapScenario.tsx";
import { GapFigures, GapMethodNote } from "./GapSummary.tsx";
import { GapTable } from "./GapTable.tsx";
import "../gap-analysis.css";

const tableId = "bedarfsluecken-rangliste";

/** The last complete result: the previous map and table stay while the next result loads. */
function useLastResult(data: GapAnalysisQuery | undefined): GapAnalysisQuery["gapAnalysis"] | undefined {
  const last = useRef<GapAnalysisQuery["gapAnalysis"] | undefined>(undefined);
  if (data) last.current = data.gapAnalysis;
  return last.current;
}

/**
 * Needs versus offers (planners): settings in the URL, the bivariate map „hoher Bedarf ×
 * geringes Angebot“ with its legend, headline figures, the ranked list of gaps with the
 * findings of Sozialraumkonferenzen, and a scenario of planned offers that is never saved.
 */
export function GapAnalysis() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const format = useFormatters();
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseGapParams(search), [search]);
  const onChange = useCallback(
    (patch: Partial<GapParams>) => setSearch((current) => withGapParams(current, patch), { replace: true }),
    [setSearch],
  );

  // What the controls offer.
  const choicesQuery = useQuery(GapChoicesDocument);
  const choices = choicesQuery.dataState === "complete" ? choicesQuery.data : undefined;
  const offersQuery = usePagedQuery(GapOffersDocument, { first: maxPageSize }, (data) => data.offers);
  const datesQuery = useQuery(GapDatesDocument, { variables: { key: params.populationKey } });
  const dates = datesQuery.dataState === "complete" ? datesQuery.data.indicatorByKey.referenceDates : undefined;
  const categoryOptions = useMemo(
    () => distinctLabels(offersQuery.nodes?.map((offer) => offer.categories) ?? [], locale),
    [offersQuery.nodes, locale],
  );
  const targetGroupOptions = useMemo(
    () => distinctLabels(offersQuery.nodes?.map((offer) => offer.targetGroups) ?? [], locale),
    [offersQuery.nodes, locale],
  );

  // The need source is known once the index runs and indicators are (the default depends on them);
  // if they cannot be loaded, the URL's source or none is used.
  const need = useMemo(() => {
    if (choices) {
      return resolveNeed(params, {
        runs: choices.indexRuns.edges.map((edge) => edge.node),
        indicatorKeys: choices.indicators.edges.map((edge) => edge.node.key),
      });
    }
    return choicesQuery.error ? params.need : undefined;
  }, [choices, choicesQuery.error, params]);

  // The baseline and, with planned offers, the scenario: two requests, so the comparison has both.
  const [scenario, setScenario] = useState<ScenarioOffer[]>([]);
  const baseInput = need === undefined ? null : toGapInput(params, need);
  const scenarioInput = need === undefined || scenario.length === 0 ? null : toGapInput(params, need, scenario);
  const baseQuery = useQuery(GapAnalysisDocument, baseInput ? { variables: { input: baseInput } } : skipToken);
  const scenarioQuery = useQuery(
    GapAnalysisDocument,
    scenarioInput ? { variables: { input: scenarioInput } } : skipToken,
  );
  const baseData = baseQuery.dataState === "complete" ? baseQuery.data : undefined;
  const scenarioData = scenarioQuery.dataState === "complete" ? scenarioQuery.data : undefined;
  const base = useLastResult(baseData);
  const withScenario = useLastResult(scenarioInput ? scenarioData : undefined);
  // A failed scenario leaves the baseline on screen; its error shows in the scenario panel.
  const shown = scenarioInput && !scenarioQuery.error ? (withScenario ?? base) : base;
  const busy = baseData === undefined || (scenarioInput !== null && scenarioData === undefined && !scenarioQuery.error);

  const baseRows = useMemo(() => (baseData ? toGapRows(baseData.gapAnalysis) : undefined), [baseData]);
  const shownRows = useMemo(() => (shown ? toGapRows(shown) : []), [shown]);
  const sortedRows = useMemo(
    () => sortGapRows(shownRows, params.sort, params.direction, locale),
    [shownRows, params.sort, params.direction, locale],
  );
  const changes = useMemo(
    () => (baseRows && scenarioData ? scenarioChanges(baseRows, toGapRows(scenarioData.gapAnalysis)) : undefined),
    [baseRows, scenarioData],
  );

  // The map: boundaries of the level and the districts on top.
  const level = shown?.level ?? params.level;
  const areasQuery = useQuery(AreaShapesDocument, { variables: { level } });
  const districtsQuery = useQuery(
    AreaShapesDocument,
    level === "BEZIRK" ? skipToken : { variables: { level: "BEZIRK" } },
  );
  const areas = areasQuery.dataState === "complete" ? areasQuery.data.areas : undefined;
  const districts = districtsQuery.dataState === "complete" ? districtsQuery.data.areas : undefined;
  const shapes = useMemo(() => (areas ? planarShapes(areas, gapMapSize) : undefined), [areas]);
  const outlines = useMemo(
    () => (areas && districts && level !== "BEZIRK" ? planarShapes(districts, { ...gapMapSize, fitTo: areas }) : []),
    [areas, districts, level],
  );

  const [showOffers, setShowOffers] = useState(false);
  const offerMarkers = useMemo((): MapMarker[] | undefined => {
    if (!showOffers || !offersQuery.nodes || !areas) return undefined;
    const locations = offersQuery.nodes.flatMap((offer) => offer.locations.map((location) => ({ offer, location })));
    return projectPoints(locations, ({ location }) => [location.longitude, location.latitude], areas, gapMapSize).map(
      ({ x, y, item }) => ({ key: item.location.id, x, y, label: t("gaps.map.offerPoint", { name: item.offer.name }) }),
    );
  }, [showOffers, offersQuery.nodes, areas, t]);
  const scenarioMarkers = useMemo(
    (): MapMarker[] =>
      areas
        ? projectPoints(scenario, (offer) => [offer.longitude, offer.latitude], areas, gapMapSize).map(
            ({ x, y, item }) => ({
              key: item.id,
              x,
              y,
              label: t("gaps.map.scenarioPoint", { label: item.label }),
            }),
          )
        : [],
    [scenario, areas, t],
  );

  // The scenario's form: a click in the map (while picking) fills its coordinates.
  const [draft, setDraft] = useState<ScenarioDraft>(emptyDraft);
  const [picking, setPicking] = useState(false);
  const nextId = useRef(1);
  const addOffer = (offer: Omit<ScenarioOffer, "id">) => {
    setScenario((current) => [...current, { ...offer, id: `plan-${nextId.current++}` }]);
    setDraft(emptyDraft);
    setPicking(false);
  };

  const per = shown?.per ?? params.per;
  const supplyMeasure = shown?.supplyMeasure ?? params.supplyMeasure;
  const rateUnit = t(`gaps.figures.rateUnit_${supplyMeasure}`, { per: format.number(per) });
  const levelName = t(`levels.${level}.other`);
  const radiusKm = shown?.radiusKm ?? params.radiusKm;
  const radius = format.number(radiusKm, Number.isInteger(radiusKm) ? 0 : 1);
  const caption = t("gaps.map.caption", { level: levelName, radius });

  const error = baseQuery.error ?? areasQuery.error;
  const retry = () => {
    if (baseQuery.error) void baseQuery.refetch();
    if (areasQuery.error) void areasQuery.refetch();
  };
  const empty = shown !== undefined && shown.areas.length === 0;

  return (
    <section className="gap-analysis">
      <MapPatterns />
      <GapControls
        params={params}
        need={need ?? null}
        choices={choices}
        categoryOptions={categoryOptions}
        targetGroupOptions={targetGroupOptions}
        dates={dates}
        onChange={onChange}
      />
      {choicesQuery.error || offersQuery.error ? (
        <Notice tone="info" role="status" className="gap-analysis__notices">
          {choicesQuery.error ? <p>{t("gaps.states.choicesError")}</p> : null}
          {offersQuery.error ? <p>{t("gaps.states.offersError")}</p> : null}
        </Notice>
      ) : null}
      {error ? (
        <GapErrorState error={error} onRetry={retry} />
      ) : !shown ? (
        <LoadingState label={t("gaps.states.loading")} />
      ) : empty ? (
        <EmptyState>{t("gaps.states.empty")}</EmptyState>
      ) : (
        <>
          <GapFigures result={shown} rateUnit={rateUnit} />
          {shown.offerCount === 0 && scenario.length === 0 ? (
            <Notice tone="info" role="status">
              <p>{t("gaps.states.noOffers")}</p>
            </Notice>
          ) : null}
          {scenario.length > 0 ? (
            <Notice tone="info" role="status" className="gap-analysis__banner">
              <p>{t("gaps.scenario.banner", { count: scenario.length })}</p>
            </Notice>
          ) : null}
          <div className="gap-analysis__body">
            <div className="gap-analysis__map-column">
              <p className="gap-analysis__caption" aria-live="polite">
                <span>{caption}</span>
                {busy ? <span className="gap-analysis__busy">{t("gaps.map.updating")}</span> : null}
              </p>
              <a className="gap-analysis__skip" href={`#${tableId}`}>
                {t("gaps.map.skipToTable")}
              </a>
              <AspectBox width={gapMapSize.width} height={gapMapSize.height}>
                {!shapes || !areas ? (
                  <LoadingState />
                ) : (
                  <GapMap
                    shapes={shapes}
                    outlines={outlines}
                    fitTo={areas}
                    rows={shownRows}
                    rateUnit={rateUnit}
                    label={t("gaps.map.label", { level: levelName })}
                    scenarioMarkers={scenarioMarkers}
                    offerMarkers={offerMarkers}
                    onPick={
                      picking
                        ? (place) => {
                            setDraft((current) => ({
                              ...current,
                              latitude: String(place.latitude),
                              longitude: String(place.longitude),
                            }));
                            setPicking(false);
                          }
                        : null
                    }
                  />
                )}
              </AspectBox>
              <CheckboxField
                label={t("gaps.map.showOffers")}
                checked={showOffers}
                onChange={(event) => setShowOffers(event.target.checked)}
              />
              <GapLegend rows={shownRows} />
            </div>
            <div className="gap-analysis__side">
              <GapScenario
                offers={scenario}
                draft={draft}
                onDraftChange={setDraft}
                picking={picking}
                onPickingChange={setPicking}
                onAdd={addOffer}
                onRemove={(id) => setScenario((current) => current.filter((offer) => offer.id !== id))}
                onClear={() => {
                  setScenario([]);
                  setPicking(false);
                }}
                changes={changes}
                error={scenarioQuery.error ? <GapErrorState error={scenarioQuery.error} /> : null}
                rateUnit={rateUnit}
              />
              <GapMethodNote radiusKm={shown.radiusKm} per={per} />
            </div>
          </div>
          <div id={tableId} className="gap-analysis__table">
            <GapTable
              rows={sortedRows}
              per={per}
              supplyMeasure={supplyMeasure}
              caption={t("gaps.table.caption", { level: levelName, radius })}
              fileName={t("gaps.table.fileName", {
                level: level.toLowerCase(),
                date: shown.date ?? t("gaps.controls.dateLatest"),
              })}
              sort={params.sort}
              direction={params.direction}
              onSort={(sort, direction) => onChange({ sort, direction })}
              busy={busy}
            />
          </div>
        </>
      )}
    </section>
  );
}
