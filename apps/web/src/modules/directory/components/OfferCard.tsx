import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DirectoryOfferCardFragment } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { Badge } from "../../../ui/Badge.tsx";
import { accessibilityFeatures, offerPath } from "../utils/directoryParams.ts";
import { addressLine } from "../utils/offerText.ts";
import { FeatureIcon } from "./FeatureIcon.tsx";

/** Id of the link of an offer's card, so the map can move focus to it. */
export const offerLinkId = (id: string) => `angebot-${id}`;

/**
 * One search result: the name as a link to the offer's page (its accessible name is exactly
 * the offer's name), provider, kinds, address, distance, open now, cost and accessibility.
 */
export function OfferCard({ offer }: { offer: DirectoryOfferCardFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const features = accessibilityFeatures.filter((feature) => offer[feature] === true);
  const addresses = offer.locations.map(addressLine).filter(Boolean);
  return (
    <article className="offer-card">
      <h3 className="offer-card__title">
        <Link id={offerLinkId(offer.id)} to={offerPath(offer.id)}>
          {offer.name}
        </Link>
      </h3>
      <p className="offer-card__organisation">
        <span className="visually-hidden">{t("directory.results.organisation")}: </span>
        {offer.organisation.name}
      </p>
      <p className="offer-card__badges">
        {offer.isOpenAt ? <Badge tone="success">{t("directory.results.openNow")}</Badge> : null}
        {offer.status === "TEMPORARILY_CLOSED" ? (
          <Badge tone="notice">{t("directory.results.temporarilyClosed")}</Badge>
        ) : null}
        {offer.isExample ? <Badge tone="muted">{t("directory.results.example")}</Badge> : null}
      </p>
      {offer.categories.length > 0 ? <p className="offer-card__categories">{offer.categories.join(" · ")}</p> : null}
      {addresses.length > 0 ? <p className="offer-card__address">{addresses.join("; ")}</p> : null}
      {offer.distanceKm !== undefined && offer.distanceKm !== null ? (
        <p className="offer-card__distance">
          {t("directory.results.distance", { distance: format.number(offer.distanceKm, 1) })}
        </p>
      ) : null}
      <p className="offer-card__cost">
        {t(`directory.costs.${offer.cost}`)}
        {offer.cost !== "FREE" && offer.costDescription ? `: ${offer.costDescription}` : ""}
        {offer.acceptedSocialPasses.map((pass) => (
          <span key={pass} className="offer-card__pass">
            {" · "}
            {t("directory.results.socialPass", { pass })}
          </span>
        ))}
      </p>
      {features.length > 0 ? (
        <ul className="offer-card__features">
          {features.map((feature) => (
            <li key={feature}>
              <FeatureIcon feature={feature} />
              {t(`directory.feature.${feature}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
