import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AtlasText } from "../hooks/useAtlasText.ts";
import {
  type Classification,
  dynamicsKeys,
  dynamicsSigns,
  type SpecialState,
  specialFills,
  statusKeys,
} from "../utils/choropleth.ts";
import type { AtlasLayer } from "../utils/layers.ts";
import { Swatch } from "./MapPatterns.tsx";

export interface OverlayLegend {
  programmes?: { programmes: number; areas: number } | undefined;
  offers?: { locations: number } | undefined;
}

export interface AtlasLegendProps {
  layer: AtlasLayer;
  classification: Classification;
  text: AtlasText;
  overlays: OverlayLegend;
}

const specialStates: readonly SpecialState[] = ["missing", "suppressed", "excluded"];

/**
 * What the colours mean: each class with its bounds (locale-formatted) and its number of areas,
 * then „kein Wert“, „geschützt“ and „ohne Zuordnung“, then the extra layers.
 */
export function AtlasLegend({ layer, classification, text, overlays }: AtlasLegendProps) {
  const { t } = useTranslation();
  const combined = layer.kind === "index" && layer.part === "classes";
  const count = (n: number) => t("atlas.legend.areas", { count: n });

  return (
    <section className="atlas-legend" aria-label={t("atlas.legend.label")}>
      <h2 className="atlas-legend__title">{t("atlas.legend.label")}</h2>
      {combined ? (
        <CombinedLegend classification={classification} />
      ) : (
        <ul className="atlas-legend__list">
          {classification.classes.map((entry, index) => (
            <LegendItem key={entry.key} fill={entry.fill} count={count(entry.count)}>
              <span className="atlas-legend__name">{text.className(classification, index)}</span>
              {entry.bounds ? <span className="atlas-legend__bounds">{text.bounds(entry.bounds)}</span> : null}
            </LegendItem>
          ))}
          {classification.classes.length === 0 ? (
            <li className="atlas-legend__none">{t("atlas.legend.noClasses")}</li>
          ) : null}
        </ul>
      )}
      <ul className="atlas-legend__list atlas-legend__list--special">
        {specialStates.map((state) => (
          <LegendItem key={state} fill={specialFills[state]} count={count(classification.special[state])}>
            <span className="atlas-legend__name">{t(`atlas.state.${state}`)}</span>
          </LegendItem>
        ))}
        {overlays.programmes ? (
          <LegendItem fill="var(--atlas-programme)" variant="outline">
            <span className="atlas-legend__name">
              {t("atlas.legend.programmes", {
                count: overlays.programmes.areas,
                programmes: overlays.programmes.programmes,
              })}
            </span>
          </LegendItem>
        ) : null}
        {overlays.offers ? (
          <LegendItem fill="var(--atlas-offer)" variant="point">
            <span className="atlas-legend__name">{t("atlas.legend.offers", { count: overlays.offers.locations })}</span>
          </LegendItem>
        ) : null}
      </ul>
      {layer.kind === "indicator" && layer.polarity !== "NEUTRAL" ? (
        <p className="atlas-legend__note">
          {t(layer.polarity === "HIGHER_IS_BETTER" ? "atlas.legend.higherIsBetter" : "atlas.legend.higherIsWorse")}
        </p>
      ) : null}
      {layer.kind === "indicator" && layer.polarity === "NEUTRAL" ? (
        <p className="atlas-legend__note">{t("atlas.legend.neutral")}</p>
      ) : null}
    </section>
  );
}

function LegendItem({
  fill,
  count,
  variant = "area",
  children,
}: {
  fill: string;
  count?: string;
  variant?: "area" | "outline" | "point";
  children: ReactNode;
}) {
  return (
    <li className="atlas-legend__item">
      <Swatch fill={fill} variant={variant} />
      <span className="atlas-legend__text">{children}</span>
      {count !== undefined ? <span className="atlas-legend__count">{count}</span> : null}
    </li>
  );
}

/** The MSS legend: status classes in rows, dynamics in columns, each cell a swatch and its count. */
function CombinedLegend({ classification }: { classification: Classification }) {
  const { t } = useTranslation();
  const byKey = new Map(classification.classes.map((entry) => [entry.key, entry]));
  return (
    <table className="atlas-legend__matrix">
      <caption className="visually-hidden">{t("atlas.legend.matrixCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("atlas.legend.statusHeader")}</th>
          {dynamicsKeys.map((dynamics) => (
            <th key={dynamics} scope="col">
              {t(`atlas.dynamicsClass.${dynamics}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {statusKeys.map((status, index) => (
          <tr key={status}>
            <th scope="row">{t(`atlas.statusClass.${status}`)}</th>
            {dynamicsKeys.map((dynamics) => {
              const entry = byKey.get(`${index + 1}${dynamicsSigns[dynamics]}`);
              return (
                <td key={dynamics}>
                  {entry ? (
                    <span className="atlas-legend__cell">
                      <Swatch fill={entry.fill} />
                      <span>
                        <span className="visually-hidden">{`${entry.key}: `}</span>
                        {t("atlas.legend.areas", { count: entry.count })}
                      </span>
                    </span>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
