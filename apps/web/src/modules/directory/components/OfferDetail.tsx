import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DirectoryOfferQuery } from "../../../generated/graphql.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { Badge } from "../../../ui/Badge.tsx";
import { CopyField } from "../../../ui/CopyField.tsx";
import { Notice } from "../../../ui/Notice.tsx";
import { areaPath } from "../../area/utils/paths.ts";
import { planarShapes } from "../../atlas/utils/planarMap.ts";
import { projectPoints } from "../../atlas/utils/projectPoints.ts";
import { accessibilityFeatures } from "../utils/directoryParams.ts";
import { addressLine, languageName, weekdayName, weekTable } from "../utils/offerText.ts";
import { FeatureIcon } from "./FeatureIcon.tsx";

type Offer = DirectoryOfferQuery["offer"];
type Location = Offer["locations"][number];

/** Digits and a leading plus: what a tel: link needs. */
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

/**
 * An offer's page for the public: what it is and for whom, how to get in touch, where and
 * when, what it costs and how accessible it is ("unbekannt" where nobody said).
 */
export function OfferDetail({ offer, now, shareUrl }: { offer: Offer; now: Date; shareUrl: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const locale = i18n.language;
  const week = weekTable(offer.schedules, now);
  const yesNo = (value: boolean | null) =>
    value === null ? t("directory.detail.unknown") : value ? t("directory.detail.yes") : t("directory.detail.no");
  const ages =
    offer.minAge !== null && offer.maxAge !== null
      ? t("directory.detail.ageRange", { min: offer.minAge, max: offer.maxAge })
      : offer.minAge !== null
        ? t("directory.detail.ageFrom", { min: offer.minAge })
        : offer.maxAge !== null
          ? t("directory.detail.ageTo", { max: offer.maxAge })
          : t("directory.detail.allAges");
  const hasContact = Boolean(offer.phone || offer.email || offer.url || offer.organisation.website);

  return (
    <div className="offer-detail">
      {offer.isExample ? (
        <Notice tone="info" title={t("directory.detail.exampleTitle")}>
          <p>{t("directory.detail.exampleText")}</p>
        </Notice>
      ) : null}

      <section aria-labelledby="offer-about">
        <h2 id="offer-about">{t("directory.detail.about")}</h2>
        <p className="offer-detail__text">{offer.description}</p>
        {offer.eligibility ? (
          <>
            <h3>{t("directory.detail.eligibility")}</h3>
            <p className="offer-detail__text">{offer.eligibility}</p>
          </>
        ) : null}
      </section>

      <section aria-labelledby="offer-for-whom">
        <h2 id="offer-for-whom">{t("directory.detail.forWhom")}</h2>
        <dl className="facts">
          <dt>{t("directory.detail.categories")}</dt>
          <dd>{offer.categories.join(", ") || t("directory.detail.none")}</dd>
          <dt>{t("directory.detail.targetGroups")}</dt>
          <dd>{offer.targetGroups.join(", ") || t("directory.detail.none")}</dd>
          <dt>{t("directory.detail.ages")}</dt>
          <dd>{ages}</dd>
          <dt>{t("directory.detail.languages")}</dt>
          <dd>
            {offer.languages.length > 0
              ? offer.languages.map((code) => languageName(code, locale)).join(", ")
              : t("directory.detail.none")}
          </dd>
          {offer.capacityMax !== null ? (
            <>
              <dt>{t("directory.detail.capacity")}</dt>
              <dd>
                {offer.capacityAvailable !== null
                  ? t("directory.detail.capacityValue", {
                      available: format.number(offer.capacityAvailable),
                      max: format.number(offer.capacityMax),
                    })
                  : t("directory.detail.capacityMax", { max: format.number(offer.capacityMax) })}
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="offer-contact" className="offer-detail__contact">
        <h2 id="offer-contact">{t("directory.detail.contact")}</h2>
        <dl className="facts">
          <dt>{t("directory.detail.organisation")}</dt>
          <dd>{offer.organisation.name}</dd>
          {offer.phone ? (
            <>
              <dt>{t("directory.detail.phone")}</dt>
              <dd>
                <a href={telHref(offer.phone)}>{offer.phone}</a>
              </dd>
            </>
          ) : null}
          {offer.email ? (
            <>
              <dt>{t("directory.detail.email")}</dt>
              <dd>
                <a href={`mailto:${offer.email}`}>{offer.email}</a>
              </dd>
            </>
          ) : null}
          {offer.url ? (
            <>
              <dt>{t("directory.detail.website")}</dt>
              <dd>
                <a href={offer.url} rel="noopener noreferrer">
                  {offer.url}
                </a>
              </dd>
            </>
          ) : null}
          {offer.organisation.website ? (
            <>
              <dt>{t("directory.detail.organisationWebsite")}</dt>
              <dd>
                <a href={offer.organisation.website} rel="noopener noreferrer">
                  {offer.organisation.website}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
        {hasContact ? null : <p className="muted">{t("directory.detail.noContact")}</p>}
      </section>

      <section aria-labelledby="offer-places">
        <h2 id="offer-places">{t("directory.detail.places")}</h2>
        {offer.locations.length === 0 ? <p className="muted">{t("directory.detail.noPlaces")}</p> : null}
        {offer.locations.map((location) => (
          <Place key={location.id} location={location} offerName={offer.name} />
        ))}
      </section>

      <section aria-labelledby="offer-hours">
        <h2 id="offer-hours">{t("directory.detail.hours")}</h2>
        {offer.schedules.length === 0 ? (
          <p className="muted">{t("directory.detail.noHours")}</p>
        ) : (
          <>
            <p className="offer-detail__now">
              <Badge tone={offer.isOpenAt ? "success" : "muted"}>
                {offer.isOpenAt ? t("directory.detail.openNow") : t("directory.detail.closedNow")}
              </Badge>
            </p>
            <div className="table-scroll">
              <table className="table offer-detail__hours">
                <caption className="visually-hidden">{t("directory.detail.hoursCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("directory.detail.weekday")}</th>
                    <th scope="col">{t("directory.detail.time")}</th>
                  </tr>
                </thead>
                <tbody>
                  {week.map((day) => (
                    <tr key={day.weekday} className={day.isToday ? "is-today" : undefined}>
                      <th scope="row">
                        {weekdayName(day.weekday, locale)}
                        {day.isToday ? ` (${t("directory.detail.today")})` : ""}
                      </th>
                      <td>
                        {day.hours.length === 0
                          ? t("directory.detail.closed")
                          : day.hours.map((entry) => (
                              <div key={entry.id}>
                                {t("directory.detail.timeRange", { from: entry.opensAt, to: entry.closesAt })}
                                {[
                                  entry.validFrom
                                    ? t("directory.detail.validFrom", { date: format.date(entry.validFrom) })
                                    : null,
                                  entry.validUntil
                                    ? t("directory.detail.validUntil", { date: format.date(entry.validUntil) })
                                    : null,
                                  entry.note,
                                ]
                                  .filter(Boolean)
                                  .map((text) => ` · ${text}`)
                                  .join("")}
                              </div>
                            ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="offer-cost">
        <h2 id="offer-cost">{t("directory.detail.cost")}</h2>
        <p>
          {t(`directory.costs.${offer.cost}`)}
          {offer.cost !== "FREE" && offer.costDescription ? `: ${offer.costDescription}` : ""}
        </p>
        <p>
          {t("directory.detail.socialPasses")}:{" "}
          {offer.acceptedSocialPasses.length > 0 ? offer.acceptedSocialPasses.join(", ") : t("directory.detail.none")}
        </p>
      </section>

      <section aria-labelledby="offer-accessibility">
        <h2 id="offer-accessibility">{t("directory.detail.accessibility")}</h2>
        <dl className="facts">
          {accessibilityFeatures.map((feature) => (
            <div key={feature} className="offer-detail__fact">
              <dt>
                <FeatureIcon feature={feature} /> {t(`directory.feature.${feature}`)}
              </dt>
              <dd>{yesNo(offer[feature])}</dd>
            </div>
          ))}
          {offer.accessibilityNote ? (
            <div className="offer-detail__fact">
              <dt>{t("directory.detail.accessibilityNote")}</dt>
              <dd>{offer.accessibilityNote}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="offer-share">
        <h2 id="offer-share" className="visually-hidden">
          {t("directory.detail.share")}
        </h2>
        <p className="muted">
          {offer.lastVerifiedAt
            ? t("directory.detail.verified", { date: format.date(offer.lastVerifiedAt) })
            : t("directory.detail.neverVerified")}
        </p>
        <CopyField
          label={t("directory.detail.share")}
          value={shareUrl}
          copyLabel={t("directory.detail.copy")}
          copiedMessage={t("directory.detail.copied")}
          copyFailedMessage={t("directory.detail.copyFailed")}
        />
        <p>
          <Link to="/angebote">{t("directory.detail.back")}</Link>
        </p>
      </section>
    </div>
  );
}

const placeSize = { width: 240, height: 180, padding: 12 };

/** One place: its address and a small picture of where it lies in its Planungsraum. */
function Place({ location, offerName }: { location: Location; offerName: string }) {
  const { t } = useTranslation();
  const area = location.area;
  const drawing = useMemo(() => {
    if (!area?.geometry) return null;
    const feature = { code: area.code, name: area.name, geometry: area.geometry };
    const [shape] = planarShapes([feature], placeSize);
    const [point] = projectPoints([location], (entry) => [entry.longitude, entry.latitude], [feature], placeSize);
    return shape && point ? { shape, point } : null;
  }, [area, location]);
  const address = addressLine(location);
  return (
    <div className="offer-detail__place">
      <address>
        {location.name ? (
          <>
            {location.name}
            <br />
          </>
        ) : null}
        {address}
      </address>
      {drawing && area ? (
        <svg
          viewBox={`0 0 ${placeSize.width} ${placeSize.height}`}
          role="img"
          aria-label={t("directory.detail.placesMap", { name: offerName, area: area.name })}
        >
          <path d={drawing.shape.d} vectorEffect="non-scaling-stroke" />
          <circle cx={drawing.point.x} cy={drawing.point.y} r={7} />
        </svg>
      ) : null}
      {area ? (
        <p>
          <Link to={areaPath(area.code)}>{t("directory.detail.inArea", { area: area.name })}</Link>
        </p>
      ) : null}
    </div>
  );
}
