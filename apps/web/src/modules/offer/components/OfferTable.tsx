import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { OfferListFieldsFragment } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { Badge } from "../../../ui/Badge.tsx";
import { DataTable } from "../../../ui/Table.tsx";
import { PublicationBadge, VerificationDueBadge } from "./OfferBadges.tsx";

/** The dashboard's table; the offer's name links to its editor. */
export function OfferTable({ offers }: { offers: readonly OfferListFieldsFragment[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <DataTable label={t("offerAdmin.table")}>
      <thead>
        <tr>
          <th scope="col">{t("offerAdmin.columns.name")}</th>
          <th scope="col">{t("offerAdmin.columns.organisation")}</th>
          <th scope="col">{t("offerAdmin.columns.publication")}</th>
          <th scope="col">{t("offerAdmin.columns.status")}</th>
          <th scope="col">{t("offerAdmin.columns.verified")}</th>
          <th scope="col">{t("offerAdmin.columns.updated")}</th>
        </tr>
      </thead>
      <tbody>
        {offers.map((offer) => (
          <tr key={offer.id}>
            <th scope="row">
              <Link to={`/angebote/${offer.id}/bearbeiten`}>{offer.name}</Link>
            </th>
            <td>{offer.organisation.name}</td>
            <td>
              <span className="offer-badges">
                <PublicationBadge publication={offer.publication} />
                {offer.archivedAt ? <Badge tone="muted">{t("offerAdmin.archived")}</Badge> : null}
              </span>
            </td>
            <td>{t(`offerAdmin.status.${offer.status}`)}</td>
            <td>
              <span className="offer-badges">
                <span className="nowrap">
                  {offer.lastVerifiedAt ? format.date(offer.lastVerifiedAt) : t("offerAdmin.neverVerified")}
                </span>
                {offer.verificationDue ? <VerificationDueBadge /> : null}
              </span>
            </td>
            <td className="nowrap">{format.date(offer.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
