import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormatters } from "../../../i18n/format.ts";
import { Badge } from "../../../ui/Badge.tsx";
import type { IndicatorMeta } from "../utils/explorer.ts";
import { indicatorPath } from "../utils/paths.ts";

/** The full definition of an indicator as a description list: everybody may read it. */
export function IndicatorDefinitionList({ indicator }: { indicator: IndicatorMeta }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const none = t("indicators.definition.none");
  return (
    <dl className="facts indicator-facts">
      <dt>{t("indicators.fields.key")}</dt>
      <dd className="code">{indicator.key}</dd>
      <dt>{t("indicators.fields.topic")}</dt>
      <dd>{indicator.topic}</dd>
      <dt>{t("indicators.fields.unit")}</dt>
      <dd>{indicator.unit}</dd>
      <dt>{t("indicators.fields.polarity")}</dt>
      <dd>{t(`indicators.polarity.${indicator.polarity}`)}</dd>
      <dt>{t("indicators.fields.description")}</dt>
      <dd>{indicator.description}</dd>
      <dt>{t("indicators.fields.numeratorDefinition")}</dt>
      <dd>{indicator.numeratorDefinition ?? none}</dd>
      <dt>{t("indicators.fields.denominatorDefinition")}</dt>
      <dd>{indicator.denominatorDefinition ?? none}</dd>
      <dt>{t("indicators.fields.source")}</dt>
      <dd>{indicator.source}</dd>
      <dt>{t("indicators.fields.licence")}</dt>
      <dd>{indicator.licence}</dd>
      <dt>{t("indicators.fields.decimals")}</dt>
      <dd>{format.number(indicator.decimals)}</dd>
      <dt>{t("indicators.fields.disclosure")}</dt>
      <dd>
        {t("indicators.definition.disclosureRule", {
          minCount: format.number(indicator.disclosure.minCount),
          minPopulation: format.number(indicator.disclosure.minPopulation),
          rounding: t(`indicators.roundingRule.${indicator.disclosure.rounding}`),
        })}
      </dd>
    </dl>
  );
}

/** The chosen indicators with what a reader needs to judge them: unit, polarity, source, licence. */
export function ChosenIndicators({ indicators }: { indicators: readonly IndicatorMeta[] }) {
  const { t } = useTranslation();
  return (
    <section className="explorer-section" aria-labelledby="chosen-indicators">
      <h2 id="chosen-indicators">{t("indicators.chosen.heading")}</h2>
      <ul className="indicator-cards">
        {indicators.map((indicator) => (
          <li key={indicator.key} className="indicator-card">
            <div className="indicator-card__head">
              <h3 className="indicator-card__title">
                <Link to={indicatorPath(indicator.key)}>{indicator.name}</Link>
              </h3>
              {indicator.isExample ? <Badge tone="notice">{t("indicators.example")}</Badge> : null}
            </div>
            <p className="indicator-card__description">{indicator.description}</p>
            <dl className="indicator-card__facts">
              <dt>{t("indicators.fields.unit")}</dt>
              <dd>{indicator.unit}</dd>
              <dt>{t("indicators.fields.polarity")}</dt>
              <dd>{t(`indicators.polarity.${indicator.polarity}`)}</dd>
              <dt>{t("indicators.fields.source")}</dt>
              <dd>{indicator.source}</dd>
              <dt>{t("indicators.fields.licence")}</dt>
              <dd>{indicator.licence}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
