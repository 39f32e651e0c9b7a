import { skipToken, useQuery } from "@apollo/client/react";
import { startTransition, useCallback, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { AreaShapesDocument } from "../../../generated/documents/area.ts";
import { AtlasOffersDocument, AtlasProgrammeAreasDocument } from "../../../generated/documents/atlas.ts";
import { loadPageTexts } from "../../../i18n/i18n.ts";
import { AspectBox } from "../../../ui/AspectBox.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../ui/QueryState.tsx";
import { useViewer } from "../../account/hooks/useViewer.ts";
import { mayAccess } from "../../account/utils/roles.ts";
import { AreaMap } from "../../area/components/AreaMap.tsx";
import type { MapShape } from "../../area/utils/mapShapes.ts";
import { areaPath } from "../../area/utils/paths.ts";
import { markChangeStart, useRedrawMark } from "../hooks/redrawMarks.ts";
import { useLayerCatalogue, useLayerDates, useLayerValues } from "../hooks/useAtlasData.ts";
import { type AtlasText, useAtlasText } from "../hooks/useAtlasText.ts";
import { maxPageSize, usePagedQuery } from "../hooks/usePagedQuery.ts";
import {
  type AtlasLevel,
  type AtlasParams,
  type ClassMethod,
  parseAtlasParams,
  withAtlasParams,
} from "../utils/atlasParams.ts";
import { type AreaDatum, type Classification, classify, type IndexScheme, rankByValue } from "../utils/choropleth.ts";
import { type AtlasLayer, resolveLayer, runsAt } from "../utils/layers.ts";
import { planarShapes } from "../utils/planarMap.ts";
import { projectPoints } from "../utils/projectPoints.ts";
import { type RankingRow, rankingRows, sortRanking } from "../utils/ranking.ts";
import { AtlasControls } from "./AtlasControls.tsx";
import { AtlasLegend, type OverlayLegend } from "./AtlasLegend.tsx";
import { AtlasRanking } from "./AtlasRanking.tsx";
import { type OfferPoint, OfferPoints, ProgrammeOutlines } from "./MapOverlays.tsx";
import { MapPatterns, Swatch } from "./MapPatterns.tsx";

// Berlin is about 1.2 times wider than high on Mercator; other cities are letterboxed.
const mapSize = { width: 960, height: 800 };
const rankingId = "atlas-rangliste";

/** The method a layer is classed with: index classes only for index layers (the combined classes know no other). */
function effectiveMethod(requested: ClassMethod | null, layer: AtlasLayer | null): ClassMethod {
  if (layer?.kind !== "index") return requested === null || requested === "index" ? "quantiles" : requested;
  return layer.part === "classes" ? "index" : (requested ?? "index");
}

/** The index classes of a layer, with thresholds when the run used the definition as it is now. */
function indexScheme(layer: AtlasLayer | null, level: AtlasLevel, date: string | null): IndexScheme | undefined {
  if (layer?.kind !== "index") return undefined;
  if (layer.part === "classes") return { kind: "combined" };
  const run = runsAt(layer.definition, level).find((candidate) => candidate.referenceDate === date);
  const current = run?.definitionVersion === layer.definition.version;
  if (layer.part === "status") {
    return { kind: "status", thresholds: current ? layer.definition.status.thresholds : null };
  }
  return { kind: "dynamics", thresholds: current ? (layer.definition.dynamics?.thresholds ?? null) : null };
}

/** Ranks as the index run gave them (status, combined classes) or by value, 1 = most disadvantaged. */
function ranksOf(layer: AtlasLayer, data: readonly AreaDatum[]): Map<string, number> {
  if (layer.kind === "index" && layer.part !== "dynamics") {
    return new Map(
      data.flatMap((datum) =>
        datum.state === "value" && datum.rank !== undefined && datum.rank !== null ? [[datum.code, datum.rank]] : [],
      ),
    );
  }
  return rankByValue(data, layer.polarity);
}

interface AtlasView {
  layer: AtlasLayer;
  level: AtlasLevel;
  date: string;
  data: ReadonlyMap<string, AreaDatum>;
  classification: Classification;
  rows: RankingRow[];
  /** Areas whose shares cannot be computed at this level for lack of counts. */
  countsMissing: number;
  /** Areas with a rank. */
  rankedCount: number;
}

/** The last value that was not undefined: the previous map stays while the next one loads. */
function useLastDefined<T>(value: T | undefined): T | undefined {
  const last = useRef(value);
  if (value !== undefined) last.current = value;
  return last.current;
}

/**
 * The atlas: a choropleth map of an indicator or index at a level and Stichtag, its legend and
 * the ranking table of the same data, with funding areas and offers as extra layers. All
 * settings live in the URL.
 */
export function Atlas() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseAtlasParams(search), [search]);
  const onChange = useCallback(
    (patch: Partial<AtlasParams>, redraw: boolean) => {
      if (redraw) markChangeStart();
      setSearch((current) => withAtlasParams(current, patch), { replace: true });
    },
    [setSearch],
  );

  const { viewer } = useViewer();
  const mayShowProgrammes = mayAccess(viewer?.role, "council");

  // What to draw: the layer, its Stichtage and its values.
  const catalogueState = useLayerCatalogue();
  const { catalogue } = catalogueState;
  const resolved = useMemo(
    () => (catalogue ? resolveLayer(params.layer, catalogue, params.level, locale) : undefined),
    [catalogue, params.layer, params.level, locale],
  );
  const layer = resolved?.layer ?? null;
  const datesState = useLayerDates(layer, params.level);
  const { dates } = datesState;
  const date = dates ? (params.date !== null && dates.includes(params.date) ? params.date : (dates[0] ?? null)) : null;
  const method = effectiveMethod(params.method, layer);
  // While the Stichtage of a new indicator load, its values are already asked for at the date
  // shown so far (usually the same): the two requests run side by side instead of one after the other.
  const lastDate = useRef<string | null>(null);
  if (date !== null) lastDate.current = date;
  const valuesState = useLayerValues(layer, params.level, dates ? date : (params.date ?? lastDate.current));

  // Where to draw it: the boundaries of the level (fetched once per level) and the districts on top.
  const areasQuery = useQuery(AreaShapesDocument, { variables: { level: params.level } });
  const districtsQuery = useQuery(
    AreaShapesDocument,
    params.level === "BEZIRK" ? skipToken : { variables: { level: "BEZIRK" } },
  );
  const areas = areasQuery.dataState === "complete" ? areasQuery.data.areas : undefined;
  const districts = districtsQuery.dataState === "complete" ? districtsQuery.data.areas : undefined;
  const shapes = useMemo(() => (areas ? planarShapes(areas, mapSize) : undefined), [areas]);
  const outlines = useMemo(
    () => (areas && districts ? planarShapes(districts, { ...mapSize, fitTo: areas }) : []),
    [areas, districts],
  );

  const scheme = useMemo(() => indexScheme(layer, params.level, date), [layer, params.level, date]);
  const { values } = valuesState;
  const countsMissingReason = t("atlas.reason.countsMissing");
  const view = useMemo((): AtlasView | undefined => {
    // Built only once the Stichtage are known: values fetched at a guessed date never show.
    if (!areas || !values || !layer || !dates || date === null) return undefined;
    const data = areas.map(
      (area): AreaDatum => values.get(area.code) ?? { code: area.code, state: "missing", reason: null },
    );
    const classification = classify(data, {
      method,
      classCount: params.classCount,
      polarity: layer.polarity,
      ...(scheme ? { scheme } : {}),
    });
    const byCode = new Map(data.map((datum) => [datum.code, datum]));
    const ranks = ranksOf(layer, data);
    return {
      layer,
      level: params.level,
      date,
      data: byCode,
      classification,
      rows: rankingRows(areas, byCode, classification, ranks),
      rankedCount: ranks.size,
      countsMissing: data.filter((datum) => datum.state === "missing" && datum.reason === countsMissingReason).length,
    };
  }, [areas, values, layer, dates, date, method, params.classCount, params.level, scheme, countsMissingReason]);
  const shown = useLastDefined(view);
  // The table follows the map: it takes the new view once the new fills are painted, so the
  // map's redraw does not wait for 542 table rows.
  const [tableView, setTableView] = useState<AtlasView | undefined>(undefined);
  const latestView = useRef(view);
  latestView.current = view;
  const followMap = useCallback(() => {
    const next = latestView.current;
    if (next) startTransition(() => setTableView(next));
    // With the map on screen, fetch the other pages' texts, so opening a profile does not wait for them.
    void loadPageTexts().catch(() => undefined);
  }, []);
  useRedrawMark(view?.classification, followMap);

  const text = useAtlasText(shown?.layer ?? layer);
  const tableText = useAtlasText(tableView?.layer ?? null);
  const sortedRows = useMemo(
    () => (tableView ? sortRanking(tableView.rows, params.sort, params.direction, locale) : []),
    [tableView, params.sort, params.direction, locale],
  );

  // The extra layers: funding areas (council staff and planners) and offers.
  const showProgrammes = mayShowProgrammes && params.programmes;
  const programmesQuery = useQuery(AtlasProgrammeAreasDocument, showProgrammes ? {} : skipToken);
  const programmeData = programmesQuery.dataState === "complete" ? programmesQuery.data : undefined;
  const programmeOverlay = useMemo(() => {
    if (!programmeData || !areas) return undefined;
    const fundingAreas = new Map(
      programmeData.programmes.edges.flatMap((edge) => edge.node.areas.map((area) => [area.code, area] as const)),
    );
    return {
      shapes: planarShapes([...fundingAreas.values()], { ...mapSize, fitTo: areas }),
      legend: { programmes: programmeData.programmes.edges.length, areas: fundingAreas.size },
    };
  }, [programmeData, areas]);

  const offersQuery = usePagedQuery(
    AtlasOffersDocument,
    params.offers ? { first: maxPageSize } : null,
    (data) => data.offers,
  );
  const offerPoints = useMemo((): OfferPoint[] | undefined => {
    if (!offersQuery.nodes || !areas) return undefined;
    // Locations outside every area lie outside the map, too.
    const locations = offersQuery.nodes.flatMap((offer) =>
      offer.locations.flatMap((location) => (location.area ? [{ offer, location, area: location.area }] : [])),
    );
    return projectPoints(locations, ({ location }) => [location.longitude, location.latitude], areas, mapSize).map(
      ({ x, y, item }) => ({
        key: item.location.id,
        x,
        y,
        name: item.offer.name,
        place: item.location.name ?? item.location.street,
        areaCode: item.area.code,
        areaName: item.area.name,
      }),
    );
  }, [offersQuery.nodes, areas]);

  const overlays: OverlayLegend = {
    programmes: showProgrammes ? programmeOverlay?.legend : undefined,
    offers: params.offers && offerPoints ? { locations: offerPoints.length } : undefined,
  };

  const error = catalogueState.error ?? datesState.error ?? valuesState.error ?? areasQuery.error;
  const retry = () => {
    if (catalogueState.error) catalogueState.retry();
    if (datesState.error) datesState.retry();
    if (valuesState.error) valuesState.retry();
    if (areasQuery.error) void areasQuery.refetch();
  };
  const busy = !error && view === undefined;
  const levelName = t(`levels.${params.level}.other`);

  let emptyText: string | undefined;
  if (catalogue && !layer) emptyText = t("atlas.noLayers");
  else if (layer && dates?.length === 0) {
    emptyText = t(layer.kind === "index" ? "atlas.noRuns" : "atlas.noDates", {
      layer: text.layerName(layer),
      level: levelName,
    });
  } else if (shapes?.length === 0) emptyText = t("atlas.empty", { level: levelName });

  const captionOf = (view: AtlasView) =>
    t("atlas.caption", {
      layer: text.layerName(view.layer),
      level: t(`levels.${view.level}.other`),
      date: text.date(view.date),
    });
  const caption = shown ? captionOf(shown) : t("atlas.mapLabel", { level: levelName });

  return (
    <section className="atlas">
      <MapPatterns />
      <AtlasControls
        params={params}
        catalogue={catalogue}
        layer={layer}
        dates={dates}
        date={date}
        method={method}
        mayShowProgrammes={mayShowProgrammes}
        onChange={onChange}
      />
      <AtlasNotices
        unknownLayer={resolved?.unknown ? params.layer : null}
        missingDate={params.date !== null && date !== null && params.date !== date ? params.date : null}
        shownDate={date}
        indexError={catalogueState.indexError !== undefined}
        countsMissing={view && view.countsMissing > 0 ? view.countsMissing : 0}
        overlayError={programmesQuery.error !== undefined || offersQuery.error !== undefined}
        text={text}
      />
      <div className="atlas__body">
        <div className="atlas__map-column">
          <p className="atlas__caption" aria-live="polite">
            <span>{caption}</span>
            {busy && shown ? <span className="atlas__busy">{t("atlas.updating")}</span> : null}
          </p>
          <a className="atlas__skip" href={`#${rankingId}`}>
            {t("atlas.skipToRanking")}
          </a>
          <AspectBox width={mapSize.width} height={mapSize.height}>
            {error ? (
              <ErrorState message={error.message} onRetry={retry} />
            ) : emptyText ? (
              <EmptyState>{emptyText}</EmptyState>
            ) : !shapes || !shown ? (
              <LoadingState />
            ) : (
              <AtlasMapView
                shapes={shapes}
                outlines={outlines}
                view={shown}
                text={text}
                label={caption}
                programmeShapes={showProgrammes ? programmeOverlay?.shapes : undefined}
                offerPoints={params.offers ? offerPoints : undefined}
              />
            )}
          </AspectBox>
          <div className="atlas__legend-slot">
            {shown && !error && !emptyText ? (
              <AtlasLegend layer={shown.layer} classification={shown.classification} text={text} overlays={overlays} />
            ) : null}
          </div>
        </div>
        <div className="atlas__table-column" id={rankingId}>
          {tableView && !error && !emptyText ? (
            <AtlasRanking
              rows={sortedRows}
              classification={tableView.classification}
              text={tableText}
              caption={captionOf(tableView)}
              unit={tableView.layer.unit}
              fileName={`atlas-${tableView.layer.param.replaceAll(":", "-")}-${tableView.level.toLowerCase()}-${tableView.date}.csv`}
              sort={params.sort}
              direction={params.direction}
              onSort={(sort, direction) => onChange({ sort, direction }, false)}
              busy={busy || tableView !== shown}
            />
          ) : null}
        </div>
      </div>
    </section>
  );
}

interface AtlasNoticesProps {
  unknownLayer: string | null;
  missingDate: string | null;
  shownDate: string | null;
  indexError: boolean;
  countsMissing: number;
  overlayError: boolean;
  text: AtlasText;
}

/** Why the map shows something other than the link asked for, or less than it could. */
function AtlasNotices({
  unknownLayer,
  missingDate,
  shownDate,
  indexError,
  countsMissing,
  overlayError,
  text,
}: AtlasNoticesProps) {
  const { t } = useTranslation();
  const notices: string[] = [];
  if (unknownLayer) notices.push(t("atlas.notice.unknownLayer", { layer: unknownLayer }));
  if (missingDate && shownDate) {
    notices.push(t("atlas.notice.missingDate", { date: text.date(missingDate), shown: text.date(shownDate) }));
  }
  if (indexError) notices.push(t("atlas.notice.indexError"));
  if (countsMissing > 0) notices.push(t("atlas.notice.countsMissing", { count: countsMissing }));
  if (overlayError) notices.push(t("atlas.notice.overlayError"));
  if (notices.length === 0) return null;
  return (
    <Notice tone="info" className="atlas__notices" role="status">
      {notices.map((notice) => (
        <p key={notice}>{notice}</p>
      ))}
    </Notice>
  );
}

interface AtlasMapViewProps {
  shapes: readonly MapShape[];
  outlines: readonly MapShape[];
  view: AtlasView;
  text: AtlasText;
  label: string;
  programmeShapes: readonly MapShape[] | undefined;
  offerPoints: readonly OfferPoint[] | undefined;
}

/** The map with the view's fills, tooltips with value and class, and the extra layers on top. */
function AtlasMapView({ shapes, outlines, view, text, label, programmeShapes, offerPoints }: AtlasMapViewProps) {
  const { t } = useTranslation();
  const [activeOffer, setActiveOffer] = useState<string | null>(null);

  const describe = useCallback(
    (code: string) => {
      const datum = view.data.get(code);
      const valueText =
        datum?.state !== "value"
          ? text.state(datum?.state ?? "missing", datum?.reason ?? null)
          : text.value(datum.value);
      const classIndex = view.classification.classOf.get(code);
      const classText = classIndex === undefined ? null : text.className(view.classification, classIndex);
      return { valueText, classText, classIndex };
    },
    [view, text],
  );

  // Name and code per area change only with the shapes; value and class with every change.
  const names = useMemo(
    () => new Map(shapes.map((shape) => [shape.code, `${shape.name}, ${t("common.code", { code: shape.code })}`])),
    [shapes, t],
  );
  const labels = useMemo(
    () =>
      new Map(
        shapes.map((shape) => {
          const { valueText, classText } = describe(shape.code);
          const name = names.get(shape.code) ?? shape.name;
          return [shape.code, classText ? `${name}, ${valueText}, ${classText}` : `${name}, ${valueText}`];
        }),
      ),
    [shapes, describe, names],
  );

  const renderTooltip = useCallback(
    (shape: MapShape) => {
      const { valueText, classText, classIndex } = describe(shape.code);
      const fill = classIndex === undefined ? undefined : view.classification.classes[classIndex]?.fill;
      const rank = view.rows.find((row) => row.code === shape.code)?.rank;
      return (
        <>
          <strong>{shape.name}</strong>
          <span>{t("common.code", { code: shape.code })}</span>
          <div className="atlas-tip__value">{valueText}</div>
          {classText ? (
            <div className="atlas-tip__class">
              {fill ? <Swatch fill={fill} /> : null}
              {classText}
            </div>
          ) : null}
          {rank ? <div className="atlas-tip__rank">{t("atlas.rankOf", { rank, count: view.rankedCount })}</div> : null}
        </>
      );
    },
    [describe, view, t],
  );

  const navigate = useNavigate();
  const openArea = useCallback((code: string) => navigate(areaPath(code)), [navigate]);
  const offerLabel = useCallback(
    (point: OfferPoint) =>
      t(point.place ? "atlas.offerLabelPlace" : "atlas.offerLabel", {
        name: point.name,
        place: point.place,
        area: point.areaName,
      }),
    [t],
  );
  const active = offerPoints?.find((point) => point.key === activeOffer);

  return (
    <>
      <AreaMap
        shapes={shapes}
        outlines={outlines}
        width={mapSize.width}
        height={mapSize.height}
        label={label}
        fills={view.classification.fills}
        labels={labels}
        renderTooltip={renderTooltip}
        overlay={
          <>
            {programmeShapes ? <ProgrammeOutlines shapes={programmeShapes} /> : null}
            {offerPoints ? (
              <OfferPoints points={offerPoints} onActivate={setActiveOffer} label={offerLabel} onOpen={openArea} />
            ) : null}
          </>
        }
      />
      {active ? (
        <div
          role="tooltip"
          className="area-map__tooltip atlas-tip--offer"
          style={{
            left: `${(active.x / mapSize.width) * 100}%`,
            top: `${(active.y / mapSize.height) * 100}%`,
            transform: "translate(-50%, calc(-100% - 10px))",
          }}
        >
          <strong>{active.name}</strong>
          {active.place ? <div>{active.place}</div> : null}
          <div>{t("atlas.offerArea", { area: active.areaName })}</div>
          <div>{t("atlas.offerArea", { area: active.areaName })}</div>
        </div>
      ) : null}
    </>
  );
}
