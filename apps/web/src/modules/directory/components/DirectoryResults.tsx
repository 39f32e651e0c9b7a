import { useQuery } from "@apollo/client/react";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DirectoryOffersDocument } from "../../../generated/documents/directory.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { Button } from "../../../ui/Button.tsx";
import { ErrorState, LoadingState } from "../../../ui/QueryState.tsx";
import {
  type DirectorySearch,
  type GeoPoint,
  hasConditions,
  resultLimit,
  toOfferFilter,
} from "../utils/directoryParams.ts";
import { DirectoryMap } from "./DirectoryMap.tsx";
import { OfferCard, offerLinkId } from "./OfferCard.tsx";

export interface DirectoryResultsProps {
  search: DirectorySearch;
  /** The instant "open now" refers to (stable while the page is open). */
  now: Date;
  /** Show one more page of results. */
  onMore: () => void;
  /** Search near a point picked on the map. */
  onPickPoint: (point: GeoPoint) => void;
}

const nowhere = { latitude: 0, longitude: 0 };

/**
 * The results of a search: their number, the list of offers (complete on its own) and the map
 * (secondary; on phones behind a toggle). "Mehr anzeigen" asks for one more page and moves
 * focus to the first new offer.
 */
export function DirectoryResults({ search, now, onMore, onPickPoint }: DirectoryResultsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const mapId = useId();
  const [mapOpen, setMapOpen] = useState(false);
  const filter = useMemo(() => toOfferFilter(search, now), [search, now]);
  const filterKey = JSON.stringify(filter);
  const result = useQuery(DirectoryOffersDocument, {
    variables: {
      filter,
      first: resultLimit(search),
      from: search.near ?? nowhere,
      withDistance: search.near !== null,
      at: now.toISOString(),
    },
  });

  // While the next page loads, the offers already shown stay (same filter, more of them).
  const shownKey = useRef<string | null>(null);
  const current = result.dataState === "complete" ? result.data : undefined;
  if (current) shownKey.current = filterKey;
  const loadingMore = !current && result.previousData !== undefined && shownKey.current === filterKey;
  const data = current ?? (loadingMore ? result.previousData : undefined);

  // After "Mehr anzeigen": focus the first offer that was not there before.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    // Waits until the longer list is there (the old one is still current right after the click).
    const offer = focusIndex === null ? undefined : current?.offers.edges[focusIndex]?.node;
    if (!offer) return;
    document.getElementById(offerLinkId(offer.id))?.focus();
    setFocusIndex(null);
  }, [focusIndex, current]);
  // A new search forgets a pending focus.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the filter changes.
  useEffect(() => setFocusIndex(null), [filterKey]);

  const showOffer = (offerId: string) => {
    // Focusing scrolls the card into view.
    document.getElementById(offerLinkId(offerId))?.focus();
  };

  const offers = data?.offers.edges.map((edge) => edge.node) ?? [];

  return (
    <section className="directory-results" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t("directory.results.heading")}
      </h2>
      <div className="directory-results__layout">
        <div className="directory-results__list">
          {/* Always in the page, so screen readers hear the outcome of each search. */}
          <p className="visually-hidden" role="status">
            {!data || loadingMore
              ? ""
              : data.offers.totalCount === 0
                ? t("directory.results.empty")
                : t("directory.results.count", {
                    count: data.offers.totalCount,
                    formatted: format.number(data.offers.totalCount),
                  })}
          </p>
          {result.error && !loadingMore ? (
            <ErrorState message={result.error.message} onRetry={() => void result.refetch()} />
          ) : !data ? (
            <LoadingState />
          ) : data.offers.totalCount === 0 ? (
            <div className="state state--empty">
              <p className="state__title">{t("directory.results.empty")}</p>
              <p>{t("directory.results.emptyHint")}</p>
              {hasConditions(search) ? <Link to="/angebote">{t("directory.search.reset")}</Link> : null}
            </div>
          ) : (
            <>
              <p className="result-count">
                <strong>
                  {t("directory.results.count", {
                    count: data.offers.totalCount,
                    formatted: format.number(data.offers.totalCount),
                  })}
                </strong>
                {data.offers.totalCount > offers.length ? (
                  <span className="muted">
                    {" "}
                    {t("directory.results.shown", {
                      shown: format.number(offers.length),
                      total: format.number(data.offers.totalCount),
                    })}
                  </span>
                ) : null}
              </p>
              <ul className="directory-results__cards">
                {offers.map((offer) => (
                  <li key={offer.id}>
                    <OfferCard offer={offer} />
                  </li>
                ))}
              </ul>
              {loadingMore ? (
                <LoadingState label={t("directory.results.loadingMore")} />
              ) : data.offers.pageInfo.hasNextPage ? (
                <Button
                  className="directory-results__more"
                  onClick={() => {
                    setFocusIndex(offers.length);
                    onMore();
                  }}
                >
                  {t("directory.results.more")}
                </Button>
              ) : null}
            </>
          )}
        </div>
        <div className="directory-results__map">
          <Button
            className="directory-results__map-toggle"
            aria-expanded={mapOpen}
            aria-controls={mapId}
            onClick={() => setMapOpen((open) => !open)}
          >
            {mapOpen ? t("directory.map.hide") : t("directory.map.show")}
          </Button>
          <div id={mapId} className="directory-map" data-open={mapOpen}>
            <h2 className="directory-map__title">{t("directory.map.title")}</h2>
            <p className="field__hint">{t("directory.map.hint")}</p>
            <DirectoryMap
              offers={offers}
              near={search.near}
              radiusKm={search.radiusKm}
              onPick={onPickPoint}
              onShowOffer={showOffer}
            />
          </div>
        </div>
      </div>
    </section>
  );
}
