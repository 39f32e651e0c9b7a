import { useQuery } from "@apollo/client/react";
import { type MouseEvent, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { AreaShapesDocument } from "../../../generated/documents/area.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { QueryState } from "../../../ui/QueryState.tsx";
import { fitMercator, planarShapes } from "../../atlas/utils/planarMap.ts";
import { pixelToLatLon } from "../utils/mapPick.ts";

const width = 480;
const height = 360;

export interface LocationMapPickerProps {
  /** Accessible name of the map, e.g. "Karte der Bezirke zur Wahl von Standort 1". */
  label: string;
  latitude: number | null;
  longitude: number | null;
  onPick: (point: { latitude: number; longitude: number }) => void;
}

/**
 * A small map of the Bezirke: a click sets the location's coordinates (the projection is
 * inverted). Keyboard users enter the coordinates in the numeric fields next to it.
 */
export function LocationMapPicker({ label, latitude, longitude, onPick }: LocationMapPickerProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const shapes = useQuery(AreaShapesDocument, { variables: { level: "BEZIRK" } });
  const map = useMemo(() => {
    if (shapes.dataState !== "complete") return undefined;
    const features = shapes.data.areas;
    const projection = fitMercator(features, { width, height });
    return { projection, paths: planarShapes(features, { width, height }) };
  }, [shapes.dataState, shapes.data]);

  const pick = (event: MouseEvent<SVGSVGElement>, projection: NonNullable<NonNullable<typeof map>["projection"]>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    // The SVG keeps its aspect ratio (width 100 %, height auto), so one factor maps both axes.
    const x = ((event.clientX - box.left) / box.width) * width;
    const y = ((event.clientY - box.top) / box.height) * height;
    onPick(pixelToLatLon(projection, x, y));
  };

  return (
    <div className="offer-map">
      <p className="field__hint">{t("offerAdmin.editor.mapHint")}</p>
      <QueryState data={map} error={shapes.error} loading={<p>{t("offerAdmin.editor.mapLoading")}</p>}>
        {({ projection, paths }) => {
          if (!projection) return null;
          const marker = latitude !== null && longitude !== null ? projection(longitude, latitude) : null;
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the coordinate fields are the keyboard alternative (mapHint says so).
            <svg
              className="offer-map__svg"
              viewBox={`0 0 ${width} ${height}`}
              role="img"
              aria-label={label}
              onClick={(event) => pick(event, projection)}
            >
              {paths.map((shape) => (
                <path key={shape.code} className="offer-map__area" d={shape.d}>
                  <title>{shape.name}</title>
                </path>
              ))}
              {marker ? <circle className="offer-map__marker" cx={marker[0]} cy={marker[1]} r={6} /> : null}
            </svg>
          );
        }}
      </QueryState>
      <p role="status" className="muted">
        {latitude !== null && longitude !== null
          ? t("offerAdmin.editor.mapPicked", {
              latitude: format.number(latitude, 5),
              longitude: format.number(longitude, 5),
            })
          : null}
      </p>
    </div>
  );
}
