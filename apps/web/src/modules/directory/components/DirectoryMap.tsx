import { useQuery } from "@apollo/client/react";
import { type MouseEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { DirectoryAreasDocument } from "../../../generated/documents/directory.ts";
import { QueryState } from "../../../ui/QueryState.tsx";
import { planarShapes } from "../../atlas/utils/planarMap.ts";
import {
  type DirectoryMapPoint,
  geoToMapPoint,
  kmToPixels,
  type LocatedOffer,
  mapPointToGeo,
  mapSize,
  toMapPoints,
} from "../utils/directoryMap.ts";
import type { GeoPoint } from "../utils/directoryParams.ts";

export interface DirectoryMapProps {
  offers: readonly LocatedOffer[];
  /** The point searched around, with its radius in km. */
  near: GeoPoint | null;
  radiusKm: number;
  /** A point of the map was clicked (not an offer): search near it. */
  onPick: (point: GeoPoint) => void;
  /** An offer's point was activated: show the offer in the list. */
  onShowOffer: (offerId: string) => void;
}

/**
 * The offers on an SVG map of the districts (offline, no tiles). The map adds nothing the list
 * does not have: each point is a button named after its offer that moves to the offer in the list.
 */
export function DirectoryMap({ offers, near, radiusKm, onPick, onShowOffer }: DirectoryMapProps) {
  const { t } = useTranslation();
  const areas = useQuery(DirectoryAreasDocument);
  return (
    <div className="directory-map__box">
      <QueryState
        data={areas.dataState === "complete" ? areas.data.districts : undefined}
        error={areas.error}
        onRetry={() => void areas.refetch()}
        isEmpty={(districts) => districts.length === 0}
      >
        {(districts) => (
          <MapDrawing
            districts={districts}
            offers={offers}
            near={near}
            radiusKm={radiusKm}
            onPick={onPick}
            onShowOffer={onShowOffer}
            label={t("directory.map.label")}
          />
        )}
      </QueryState>
    </div>
  );
}

type District = Parameters<typeof planarShapes>[0][number];

function MapDrawing({
  districts,
  offers,
  near,
  radiusKm,
  onPick,
  onShowOffer,
  label,
}: DirectoryMapProps & { districts: readonly District[]; label: string }) {
  const { t } = useTranslation();
  const [active, setActive] = useState<DirectoryMapPoint | null>(null);
  const shapes = useMemo(() => planarShapes(districts, mapSize), [districts]);
  const points = useMemo(() => toMapPoints(offers, districts), [offers, districts]);
  const nearPoint = near ? geoToMapPoint(near, districts) : null;

  const pick = (event: MouseEvent<SVGSVGElement>) => {
    // Only clicks on the map itself: points handle their own.
    if ((event.target as Element).closest("[data-offer]")) return;
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    const x = ((event.clientX - box.left) / box.width) * mapSize.width;
    const y = ((event.clientY - box.top) / box.height) * mapSize.height;
    const point = mapPointToGeo(x, y, districts);
    if (point) onPick(point);
  };

  return (
    <div className="directory-map__drawing">
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: picking a spot is a mouse shortcut; the coordinates field in the form does the same by keyboard. */}
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group names the map's points. */}
      <svg
        className="directory-map__svg"
        viewBox={`0 0 ${mapSize.width} ${mapSize.height}`}
        role="group"
        aria-label={label}
        onClick={pick}
      >
        <g className="directory-map__districts">
          {shapes.map((shape) => (
            <path key={shape.code} d={shape.d} vectorEffect="non-scaling-stroke" />
          ))}
        </g>
        {nearPoint ? (
          <g className="directory-map__near">
            <circle cx={nearPoint.x} cy={nearPoint.y} r={kmToPixels(radiusKm, near as GeoPoint, districts)} />
            <circle className="directory-map__near-centre" cx={nearPoint.x} cy={nearPoint.y} r={4} />
          </g>
        ) : null}
        <g className="directory-map__points">
          {points.map((point) => (
            // biome-ignore lint/a11y/useSemanticElements: an SVG has no <button>; role, tabindex and Enter/Space give the same behaviour.
            <circle
              key={point.key}
              data-offer={point.offerId}
              cx={point.x}
              cy={point.y}
              r={7}
              role="button"
              tabIndex={0}
              aria-label={
                point.street
                  ? t("directory.map.pointWithStreet", { name: point.name, street: point.street })
                  : t("directory.map.point", { name: point.name })
              }
              onMouseEnter={() => setActive(point)}
              onMouseLeave={() => setActive(null)}
              onFocus={() => setActive(point)}
              onBlur={() => setActive(null)}
              onClick={() => onShowOffer(point.offerId)}
              onKeyDown={(event) => {
                if (event.key === "Enter" || event.key === " ") {
                  event.preventDefault();
                  onShowOffer(point.offerId);
                }
              }}
            />
          ))}
        </g>
      </svg>
      {active ? (
        <div
          className="directory-map__tooltip"
          aria-hidden="true"
          style={{
            left: `${(active.x / mapSize.width) * 100}%`,
            top: `${(active.y / mapSize.height) * 100}%`,
          }}
        >
          <strong>{active.name}</strong>
          {active.street ? <span>{active.street}</span> : null}
        </div>
      ) : null}
      {points.length === 0 && offers.length > 0 ? <p className="muted">{t("directory.map.noPoints")}</p> : null}
    </div>
  );
}
