import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format.ts";
import type { GapResult } from "../utils/gapView.ts";

/** The headline figures: offers counted, offers without capacity (for places), overall supply rate, need source. */
export function GapFigures({ result, rateUnit }: { result: GapResult; rateUnit: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const needName = result.needIndexRun
    ? `${result.needIndexRun.definition.name} (${format.date(result.needIndexRun.referenceDate)})`
    : (result.needIndicator?.name ?? t("gaps.figures.noNeed"));
  return (
    <section className="gap-figures-section" aria-labelledby="gap-figures-title">
      <h2 id="gap-figures-title" className="visually-hidden">
        {t("gaps.figures.label")}
      </h2>
      <dl className="gap-figures">
        <div className="gap-figures__item">
          <dt>{t("gaps.figures.offers")}</dt>
          <dd>{format.number(result.offerCount)}</dd>
        </div>
        {result.supplyMeasure === "PLACES" ? (
          <div className="gap-figures__item">
            <dt>{t("gaps.figures.withoutCapacity")}</dt>
            <dd>
              {format.number(result.offersWithoutCapacity)}{" "}
              <span className="gap-figures__hint">{t("gaps.figures.withoutCapacityHint")}</span>
            </dd>
          </div>
        ) : null}
        <div className="gap-figures__item">
          <dt>{t("gaps.figures.overallRate")}</dt>
          <dd>
            {result.overallSupplyRate === null || result.overallSupplyRate === undefined
              ? t("common.noValue")
              : format.number(result.overallSupplyRate, 2)}{" "}
            <span className="gap-figures__hint">{rateUnit}</span>
          </dd>
        </div>
        <div className="gap-figures__item">
          <dt>{t("gaps.figures.need")}</dt>
          <dd className="gap-figures__text">{needName}</dd>
        </div>
      </dl>
    </section>
  );
}

/** The method in plain words: catchment, 2SFCA sharing, rate, terciles, gap score. */
export function GapMethodNote({ radiusKm, per }: { radiusKm: number; per: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <details className="gap-method panel">
      <summary>{t("gaps.method.title")}</summary>
      <p>{t("gaps.method.catchment", { radius: format.number(radiusKm, Number.isInteger(radiusKm) ? 0 : 1) })}</p>
      <p>{t("gaps.method.sharing")}</p>
      <p>{t("gaps.method.rate", { per: format.number(per) })}</p>
      <p>{t("gaps.method.classes")}</p>
      <p>{t("gaps.method.score")}</p>
      <p>{t("gaps.method.places")}</p>
    </details>
  );
}
