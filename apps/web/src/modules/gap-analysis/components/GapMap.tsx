import { type MouseEvent, useCallback, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format.ts";
import { AreaMap } from "../../area/components/AreaMap.tsx";
import type { MapFeature, MapShape } from "../../area/utils/mapShapes.ts";
import { Swatch } from "../../atlas/components/MapPatterns.tsx";
import type { GapRow } from "../utils/gapView.ts";
import { mapPointToLonLat } from "../utils/mapPoint.ts";

export const gapMapSize = { width: 960, height: 800 };

export interface MapMarker {
  key: string;
  x: number;
  y: number;
  label: string;
}

export interface GapMapProps {
  shapes: readonly MapShape[];
  outlines: readonly MapShape[];
  /** The areas the shapes were fitted to (for turning a click into coordinates). */
  fitTo: readonly MapFeature[];
  rows: readonly GapRow[];
  /** The supply rate's unit, e.g. „Angebote je 10.000“. */
  rateUnit: string;
  label: string;
  /** Planned offers of the scenario, drawn as squares. */
  scenarioMarkers: readonly MapMarker[];
  /** Real offers, drawn as small dots (optional layer). */
  offerMarkers: readonly MapMarker[] | undefined;
  /** While set, a click on the map gives its place instead of opening the area. */
  onPick: ((point: { latitude: number; longitude: number }) => void) | null;
}

/**
 * The bivariate map: every area in the colour of its need and supply classes (hatched without
 * a class), a tooltip on hover or focus with target population, supply rate, need, rank and
 * offers in reach; click or Enter opens the area's profile — or, while picking a place for the
 * scenario, a click gives the clicked point's coordinates and Enter the focused area's centre.
 */
export function GapMap({
  shapes,
  outlines,
  fitTo,
  rows,
  rateUnit,
  label,
  scenarioMarkers,
  offerMarkers,
  onPick,
}: GapMapProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const byCode = useMemo(() => new Map(rows.map((row) => [row.code, row])), [rows]);
  const fills = useMemo(() => new Map(rows.map((row) => [row.code, row.fill])), [rows]);
  const ranked = useMemo(() => rows.filter((row) => row.rank !== null).length, [rows]);
  const noValue = t("common.noValue");

  const classesText = useCallback(
    (row: GapRow | undefined) =>
      row?.needClass && row.supplyClass
        ? t("gaps.map.classes", {
            need: t(`gaps.classNames.${row.needClass}`),
            supply: t(`gaps.classNames.${row.supplyClass}`),
          })
        : t("gaps.map.noClass"),
    [t],
  );
  const rankText = useCallback(
    (row: GapRow | undefined) =>
      row?.rank ? t("gaps.map.rank", { rank: row.rank, count: ranked }) : t("gaps.map.noRank"),
    [t, ranked],
  );

  const labels = useMemo(
    () =>
      new Map(
        shapes.map((shape) => {
          const row = byCode.get(shape.code);
          return [
            shape.code,
            t("gaps.map.areaLabel", { name: shape.name, classes: classesText(row), rank: rankText(row) }),
          ];
        }),
      ),
    [shapes, byCode, t, classesText, rankText],
  );

  const renderTooltip = useCallback(
    (shape: MapShape) => {
      const row = byCode.get(shape.code);
      const value = (number: number | null | undefined, digits: number) =>
        number === null || number === undefined ? noValue : format.number(number, digits);
      return (
        <>
          <strong>{shape.name}</strong>
          <span>{t("common.code", { code: shape.code })}</span>
          <div className="gap-tip__class">
            {row ? <Swatch fill={row.fill} /> : null}
            {classesText(row)}
          </div>
          <div>{t("gaps.map.population", { value: value(row?.targetPopulation, 0) })}</div>
          <div>{t("gaps.map.rate", { value: `${value(row?.supplyRate, 2)} ${rateUnit}` })}</div>
          <div>{t("gaps.map.need", { value: value(row?.need, 2) })}</div>
          <div className="gap-tip__rank">{rankText(row)}</div>
          <div>{t("gaps.map.offersInReach", { count: row?.offersInReach ?? 0 })}</div>
        </>
      );
    },
    [byCode, t, format, noValue, classesText, rankText, rateUnit],
  );

  const wrapper = useRef<HTMLDivElement>(null);
  const pick = (event: MouseEvent<HTMLDivElement>) => {
    if (!onPick) return;
    const svg = wrapper.current?.querySelector("svg.area-map__svg");
    if (!(svg instanceof SVGSVGElement)) return;
    const matrix = svg.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const place = mapPointToLonLat(point, fitTo, gapMapSize);
    if (place) onPick(place);
  };

  // Enter on a focused area while picking takes the area's centre (a click then refines it to the clicked point).
  const pickArea = (code: string) => {
    const shape = shapes.find((candidate) => candidate.code === code);
    const place = shape ? mapPointToLonLat({ x: shape.centroid[0], y: shape.centroid[1] }, fitTo, gapMapSize) : null;
    if (place && onPick) onPick(place);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: picking by click is a shortcut; the scenario form's coordinate fields are the keyboard way.
    // biome-ignore lint/a11y/useKeyWithClickEvents: see above — the numeric fields are the keyboard alternative.
    <div ref={wrapper} className={onPick ? "gap-map gap-map--picking" : "gap-map"} onClick={pick}>
      <AreaMap
        shapes={shapes}
        outlines={outlines}
        width={gapMapSize.width}
        height={gapMapSize.height}
        label={label}
        fills={fills}
        labels={labels}
        renderTooltip={renderTooltip}
        {...(onPick ? { onOpen: pickArea } : {})}
        overlay={
          <>
            {offerMarkers ? (
              <g className="gap-map__offers">
                {offerMarkers.map((marker) => (
                  <circle key={marker.key} cx={marker.x} cy={marker.y} r={3} />
                ))}
              </g>
            ) : null}
            {scenarioMarkers.length > 0 ? (
              // The scenario panel lists the planned offers; here they are only marks.
              <g className="gap-map__scenario">
                {scenarioMarkers.map((marker) => (
                  <g key={marker.key} data-label={marker.label}>
                    <rect x={marker.x - 7} y={marker.y - 7} width={14} height={14} rx={2} />
                    <path d={`M${marker.x - 4} ${marker.y}h8M${marker.x} ${marker.y - 4}v8`} />
                  </g>
                ))}
              </g>
            ) : null}
          </>
        }
      />
    </div>
  );
}
