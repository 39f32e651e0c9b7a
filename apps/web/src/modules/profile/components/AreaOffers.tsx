import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ProfileOffersDocument } from "../../../generated/documents/profile.ts";
import { Badge, type BadgeTone } from "../../../ui/Badge.tsx";
import { QueryState } from "../../../ui/QueryState.tsx";
import { areaPath } from "../../area/utils/paths.ts";

const statusTone = { ACTIVE: "success", TEMPORARILY_CLOSED: "notice", ENDED: "muted" } as const satisfies Record<
  string,
  BadgeTone
>;

/** Public offers with a location in the area (or an area inside it), from the offer directory. */
export function AreaOffers({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation();
  const offers = useQuery(ProfileOffersDocument, { variables: { code } });
  return (
    <section id="angebote" className="profile-section" aria-labelledby="profile-offers">
      <h2 id="profile-offers">{t("profile.offers.title")}</h2>
      <QueryState
        data={offers.dataState === "complete" ? offers.data.offers : undefined}
        error={offers.error}
        onRetry={() => void offers.refetch()}
        isEmpty={(list) => list.totalCount === 0}
        empty={t("profile.offers.empty", { name })}
      >
        {(list) => (
          <>
            <p className="muted">{t("profile.offers.count", { count: list.totalCount })}</p>
            <ul className="card-list">
              {list.edges.map(({ node: offer }) => {
                const places = offer.locations.filter((location) => location.area);
                return (
                  <li key={offer.id} className="card-list__item">
                    <p className="card-list__title">
                      <span>{offer.name}</span>
                      <Badge tone={statusTone[offer.status]}>{t(`profile.offers.status.${offer.status}`)}</Badge>
                    </p>
                    <p className="muted">
                      {offer.organisation.name}
                      {offer.categories.length > 0 ? ` · ${offer.categories.join(", ")}` : ""}
                    </p>
                    {places.map((location) => (
                      <p key={location.id} className="card-list__meta">
                        {[location.street, [location.postalCode, location.city].filter(Boolean).join(" ")]
                          .filter(Boolean)
                          .join(", ")}
                        {location.area && location.area.code !== code ? (
                          <>
                            {" · "}
                            <Link to={areaPath(location.area.code)}>{location.area.name}</Link>
                          </>
                        ) : null}
                      </p>
                    ))}
                  </li>
                );
              })}
            </ul>
            {list.totalCount > list.edges.length ? (
              <p className="muted">{t("profile.offers.more", { count: list.totalCount - list.edges.length })}</p>
            ) : null}
          </>
        )}
      </QueryState>
    </section>
  );
}
