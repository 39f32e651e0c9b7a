import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { AreaShapesDocument } from "../../../generated/graphql.ts";
import { AspectBox } from "../../../ui/AspectBox.tsx";
import { QueryState } from "../../../ui/QueryState.tsx";
import { toMapShapes } from "../utils/mapShapes.ts";
import { areaListPath } from "../utils/paths.ts";
import { AreaMap } from "./AreaMap.tsx";

// Berlin is about 1.2 times wider than high on Mercator; other cities are letterboxed.
const mapSize = { width: 960, height: 800 };

/** The city's planning areas as a clickable map, with district boundaries on top. */
export function AtlasMap() {
  const { t } = useTranslation();
  const planningAreas = useQuery(AreaShapesDocument, { variables: { level: "PLANUNGSRAUM" } });
  // The district outlines are an extra: the map works without them, so their errors are not shown.
  const districts = useQuery(AreaShapesDocument, { variables: { level: "BEZIRK" } });

  const areas = planningAreas.dataState === "complete" ? planningAreas.data.areas : undefined;
  const districtAreas = districts.dataState === "complete" ? districts.data.areas : undefined;
  const shapes = useMemo(() => (areas ? toMapShapes(areas, mapSize) : undefined), [areas]);
  const outlines = useMemo(
    () => (areas && districtAreas ? toMapShapes(districtAreas, { ...mapSize, fitTo: areas }) : []),
    [areas, districtAreas],
  );

  return (
    <section className="atlas">
      <div className="toolbar">
        <p className="toolbar__text" aria-live="polite">
          {areas && areas.length > 0 ? t("atlas.summary", { count: areas.length }) : null}
        </p>
        <Link to={areaListPath("PLANUNGSRAUM")}>{t("atlas.asTable")}</Link>
      </div>
      <AspectBox width={mapSize.width} height={mapSize.height}>
        <QueryState
          data={shapes}
          error={planningAreas.error}
          isEmpty={(list) => list.length === 0}
          empty={t("atlas.empty")}
          onRetry={() => void planningAreas.refetch()}
        >
          {(list) => (
            <AreaMap
              shapes={list}
              outlines={outlines}
              width={mapSize.width}
              height={mapSize.height}
              label={t("atlas.mapLabel")}
            />
          )}
        </QueryState>
      </AspectBox>
    </section>
  );
}
