import { useTranslation } from "react-i18next";
import { Swatch } from "../../atlas/components/MapPatterns.tsx";
import { textColourOn } from "../../atlas/utils/classBreaks.ts";
import {
  bivariatePalette,
  cellCounts,
  cellKey,
  type GapRow,
  noClassFill,
  type Tercile,
  terciles,
} from "../utils/gapView.ts";

/**
 * The bivariate legend: a 3 × 3 grid, need rising upwards, supply rising to the right, each cell
 * with its colour and the number of areas in it; the "gap" corner (high need, low supply) marked.
 * A table, so screen readers read it as need × supply.
 */
export function GapLegend({ rows }: { rows: readonly GapRow[] }) {
  const { t } = useTranslation();
  const { cells, unclassed } = cellCounts(rows);
  const className = (tercile: Tercile) => t(`gaps.classNames.${tercile}`);
  const needDown: readonly Tercile[] = [3, 2, 1];
  return (
    <section className="gap-legend" aria-labelledby="gap-legend-title">
      <h2 id="gap-legend-title" className="gap-legend__title">
        {t("gaps.legend.title")}
      </h2>
      <div className="gap-legend__body">
        <span className="gap-legend__axis gap-legend__axis--need" aria-hidden="true">
          {t("gaps.legend.needAxis")} →
        </span>
        <table className="gap-legend__grid">
          <caption className="visually-hidden">{t("gaps.legend.title")}</caption>
          <thead>
            <tr>
              <td />
              {terciles.map((supply) => (
                <th key={supply} scope="col">
                  <span className="visually-hidden">{t("gaps.legend.supplyAxis")} </span>
                  {className(supply)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {needDown.map((need) => (
              <tr key={need}>
                <th scope="row">
                  <span className="visually-hidden">{t("gaps.legend.needAxis")} </span>
                  {className(need)}
                </th>
                {terciles.map((supply) => {
                  const colour = bivariatePalette[need][supply];
                  const count = cells.get(cellKey(need, supply)) ?? 0;
                  const gap = need === 3 && supply === 1;
                  return (
                    <td key={supply}>
                      <span
                        className={gap ? "gap-legend__cell gap-legend__cell--gap" : "gap-legend__cell"}
                        style={{ background: colour, color: textColourOn(colour) }}
                        title={t("gaps.legend.cell", { need: className(need), supply: className(supply), count })}
                      >
                        <span className="visually-hidden">
                          {t("gaps.legend.cell", { need: className(need), supply: className(supply), count })}
                          {gap ? ` (${t("gaps.legend.gapCell")})` : ""}
                        </span>
                        <span aria-hidden="true">{count}</span>
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="gap-legend__axis gap-legend__axis--supply" aria-hidden="true">
        {t("gaps.legend.supplyAxis")} →
      </p>
      {unclassed > 0 ? (
        <p className="gap-legend__unclassed">
          <Swatch fill={noClassFill} />
          {t("gaps.legend.noClass", { count: unclassed })}
        </p>
      ) : null}
      <p className="gap-legend__note">{t("gaps.legend.note")}</p>
    </section>
  );
}
