import { useQuery } from "@apollo/client/react";
import { useCallback, useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { AreaShapesDocument } from "../../../generated/documents/area.ts";
import type { AreaLevel } from "../../../generated/graphql.ts";
import { AspectBox } from "../../../ui/AspectBox.tsx";
import { QueryState } from "../../../ui/QueryState.tsx";
import { AreaMap } from "../../area/components/AreaMap.tsx";
import { toMapShapes } from "../../area/utils/mapShapes.ts";
import { textColourOn } from "../../atlas/utils/classBreaks.ts";
import {
  classCounts,
  dynamicsClasses,
  type IndexColouring,
  indexFills,
  missingColour,
  patternId,
  statusClasses,
  statusColour,
} from "../utils/indexClasses.ts";
import type { IndexResultRow } from "../utils/resultsCsv.ts";

export const mapSize = { width: 960, height: 800 };

export interface IndexResultMapProps {
  level: AreaLevel;
  results: readonly IndexResultRow[];
  colouring: IndexColouring;
  /** Accessible name of the map, e.g. the run. */
  label: string;
}

/**
 * The result of a run as a map: every area coloured by its status class, or with the combined
 * code (status colour, dynamics as texture); areas „ohne Zuordnung“ light grey. Hover or focus
 * shows the area's classes or why it has none; click or Enter opens its profile. The legend
 * counts the areas per class. Its own chunk: d3-geo and the map load with the result.
 */
export function IndexResultMap({ level, results, colouring, label }: IndexResultMapProps) {
  const { t } = useTranslation();
  const prefix = useId().replace(/[^\w-]/g, "");
  const shapesQuery = useQuery(AreaShapesDocument, { variables: { level } });
  const areas = shapesQuery.dataState === "complete" ? shapesQuery.data.areas : undefined;
  const shapes = useMemo(() => (areas ? toMapShapes(areas, mapSize) : undefined), [areas]);

  const byCode = useMemo(() => new Map(results.map((result) => [result.area.code, result])), [results]);
  const classified = useMemo(
    () =>
      results.map((result) => ({
        code: result.area.code,
        statusClass: result.statusClass,
        dynamicsClass: result.dynamicsClass,
      })),
    [results],
  );
  const fills = useMemo(() => indexFills(classified, colouring, prefix), [classified, colouring, prefix]);
  const counts = useMemo(() => classCounts(classified), [classified]);

  const describe = useCallback(
    (result: IndexResultRow | undefined): string => {
      if (!result) return t("indexWorkbench.map.noResult");
      if (!result.statusClass) return result.excludedReasonText ?? t("indexWorkbench.unclassified");
      const status = t(`indexWorkbench.statusClass.${result.statusClass}`);
      if (!result.dynamicsClass) return t("indexWorkbench.map.statusOnly", { status });
      return t("indexWorkbench.map.statusAndDynamics", {
        status,
        dynamics: t(`indexWorkbench.dynamicsClass.${result.dynamicsClass}`),
        code: result.combinedCode ?? "",
      });
    },
    [t],
  );
  const labels = useMemo(
    () =>
      new Map(
        (shapes ?? []).map((shape) => [
          shape.code,
          `${shape.name} (${shape.code}): ${describe(byCode.get(shape.code))}`,
        ]),
      ),
    [shapes, byCode, describe],
  );

  const defs = (
    <>
      {statusClasses.flatMap((status) =>
        dynamicsClasses
          .filter((dynamics) => dynamics !== "STABIL")
          .map((dynamics) => {
            const ink = textColourOn(statusColour(status));
            return (
              <pattern
                key={`${status}-${dynamics}`}
                id={patternId(prefix, status, dynamics)}
                width={8}
                height={8}
                patternUnits="userSpaceOnUse"
              >
                <rect width={8} height={8} fill={statusColour(status)} />
                {dynamics === "POSITIV" ? (
                  <circle cx={4} cy={4} r={1.5} fill={ink} fillOpacity={0.75} />
                ) : (
                  <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={ink} strokeOpacity={0.75} strokeWidth={1.5} />
                )}
              </pattern>
            );
          }),
      )}
    </>
  );

  return (
    <div className="index-map">
      <AspectBox width={mapSize.width} height={mapSize.height}>
        <QueryState
          data={shapes}
          error={shapesQuery.error}
          isEmpty={(list) => list.length === 0}
          empty={t("indexWorkbench.map.noShapes")}
          onRetry={() => void shapesQuery.refetch()}
        >
          {(list) => (
            <AreaMap
              shapes={list}
              width={mapSize.width}
              height={mapSize.height}
              label={label}
              fills={fills}
              labels={labels}
              defs={defs}
              renderTooltip={(shape) => (
                <>
                  <strong>{shape.name}</strong>
                  <span>{t("common.code", { code: shape.code })}</span>
                  <span className="index-map__tooltip-class">{describe(byCode.get(shape.code))}</span>
                </>
              )}
            />
          )}
        </QueryState>
      </AspectBox>
      <IndexLegend
        colouring={colouring}
        counts={counts}
        prefix={prefix}
        hasDynamics={results.some((r) => r.dynamicsClass)}
      />
    </div>
  );
}

function IndexLegend({
  colouring,
  counts,
  prefix,
  hasDynamics,
}: {
  colouring: IndexColouring;
  counts: ReturnType<typeof classCounts>;
  prefix: string;
  hasDynamics: boolean;
}) {
  const { t } = useTranslation();
  const swatch = (fill: string) => (
    <svg className="index-legend__swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
      <rect width={24} height={16} fill={fill} />
    </svg>
  );
  const combined = colouring === "combined" && hasDynamics;
  return (
    <div className="index-legend">
      <h3 className="index-legend__title">
        {combined ? t("indexWorkbench.legend.combinedTitle") : t("indexWorkbench.legend.statusTitle")}
      </h3>
      <ul className="index-legend__list">
        {combined
          ? statusClasses.flatMap((status) =>
              dynamicsClasses.map((dynamics) => {
                const count = counts.combined.get(`${status}|${dynamics}`) ?? 0;
                const fill =
                  dynamics === "STABIL" ? statusColour(status) : `url(#${patternId(prefix, status, dynamics)})`;
                return (
                  <li key={`${status}-${dynamics}`}>
                    {swatch(fill)}
                    <span>
                      {t("indexWorkbench.legend.combinedItem", {
                        status: t(`indexWorkbench.statusClass.${status}`),
                        dynamics: t(`indexWorkbench.dynamicsClass.${dynamics}`),
                      })}
                    </span>
                    <span className="index-legend__count">{t("indexWorkbench.legend.count", { count })}</span>
                  </li>
                );
              }),
            )
          : statusClasses.map((status) => (
              <li key={status}>
                {swatch(statusColour(status))}
                <span>{t(`indexWorkbench.statusClass.${status}`)}</span>
                <span className="index-legend__count">
                  {t("indexWorkbench.legend.count", { count: counts.status.get(status) ?? 0 })}
                </span>
              </li>
            ))}
        <li>
          {swatch(missingColour)}
          <span>{t("indexWorkbench.unclassified")}</span>
          <span className="index-legend__count">
            {t("indexWorkbench.legend.count", { count: counts.unclassified })}
          </span>
        </li>
      </ul>
    </div>
  );
}
