import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ButtonLink } from "../../../ui/ButtonLink.tsx";
import { EmptyState } from "../../../ui/QueryState.tsx";
import { DataTable } from "../../../ui/Table.tsx";
import type { IndicatorMeta } from "../utils/explorer.ts";
import { indicatorCreatePath, indicatorPath } from "../utils/paths.ts";
import { groupByTopic } from "./IndicatorPicker.tsx";

/**
 * Every indicator with its metadata — topic, unit, polarity, source and licence — for
 * everybody; planners may add one.
 */
export function IndicatorCatalogue({
  indicators,
  canEdit,
}: {
  indicators: readonly IndicatorMeta[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section className="explorer-section" aria-labelledby="indicator-catalogue">
      <div className="section-head">
        <h2 id="indicator-catalogue">{t("indicators.catalogue.heading")}</h2>
        {canEdit ? (
          <ButtonLink to={indicatorCreatePath} variant="primary" size="sm">
            {t("indicators.catalogue.create")}
          </ButtonLink>
        ) : null}
      </div>
      <p className="explorer-section__lead">{t("indicators.catalogue.lead")}</p>
      {indicators.length === 0 ? (
        <EmptyState>{t("indicators.catalogue.empty")}</EmptyState>
      ) : (
        <DataTable label={t("indicators.catalogue.tableLabel")}>
          <thead>
            <tr>
              <th scope="col">{t("indicators.fields.name")}</th>
              <th scope="col">{t("indicators.fields.topic")}</th>
              <th scope="col">{t("indicators.fields.unit")}</th>
              <th scope="col">{t("indicators.fields.polarity")}</th>
              <th scope="col">{t("indicators.fields.source")}</th>
              <th scope="col">{t("indicators.fields.licence")}</th>
            </tr>
          </thead>
          <tbody>
            {groupByTopic(indicators).flatMap(([, list]) =>
              list.map((indicator) => (
                <tr key={indicator.key}>
                  <th scope="row">
                    <Link to={indicatorPath(indicator.key)}>{indicator.name}</Link>
                    <span className="code muted catalogue__key">{indicator.key}</span>
                  </th>
                  <td>{indicator.topic}</td>
                  <td>{indicator.unit}</td>
                  <td>{t(`indicators.polarity.${indicator.polarity}`)}</td>
                  <td className="catalogue__source">{indicator.source}</td>
                  <td className="catalogue__licence">{indicator.licence}</td>
                </tr>
              )),
            )}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
