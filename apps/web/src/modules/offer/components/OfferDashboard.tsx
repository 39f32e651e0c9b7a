import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { OfferAdminListDocument, OfferOrganisationOptionsDocument } from "../../../generated/documents/offer.ts";
import { useFormatters } from "../../../i18n/format.ts";
import { CheckboxField, SelectField } from "../../../ui/FormField.tsx";
import { QueryState } from "../../../ui/QueryState.tsx";
import { SearchField } from "../../../ui/SearchField.tsx";
import { TabPanel, Tabs } from "../../../ui/Tabs.tsx";
import { AccessErrorState } from "../../account/components/RequireAccess.tsx";
import type { Viewer } from "../../account/hooks/useViewer.ts";
import {
  type DashboardState,
  readDashboardState,
  tabsFor,
  toOfferFilter,
  writeDashboardState,
} from "../utils/dashboard.ts";
import { OfferExchange } from "./OfferExchange.tsx";
import { OfferTable } from "./OfferTable.tsx";

/** How many offers the dashboard lists at once; beyond that people narrow the search. */
const pageSize = 200;

/**
 * The offers a viewer looks after: a provider those of their organisations (one at a time),
 * planners all offers, starting with those submitted for review. Filters live in the URL.
 */
export function OfferDashboard({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [params, setParams] = useSearchParams();
  const ownIds = viewer.organisations.map((organisation) => organisation.id);
  // Typing updates the state at once; the URL follows (replacing, so Back leaves the page).
  const [state, setState] = useState<DashboardState>(() => readDashboardState(params, viewer.role, ownIds));
  const change = (patch: Partial<DashboardState>) => {
    const next = { ...state, ...patch };
    setState(next);
    setParams(writeDashboardState(next, viewer.role), { replace: true });
  };
  const isProvider = viewer.role === "PROVIDER";
  const organisationOptions = useQuery(OfferOrganisationOptionsDocument, { skip: isProvider });
  const list = useQuery(OfferAdminListDocument, {
    variables: { filter: toOfferFilter(state), first: pageSize },
    // Offers change in the editor and by other people's reviews: show the cache, then refresh.
    fetchPolicy: "cache-and-network",
  });
  const organisations = isProvider
    ? viewer.organisations
    : organisationOptions.dataState === "complete"
      ? organisationOptions.data.organisations.edges.map((edge) => edge.node)
      : [];
  const tabs = tabsFor(viewer.role);
  const data = list.dataState === "complete" ? list.data.offers : undefined;
  const selectedOrganisation = organisations.find((organisation) => organisation.id === state.organisationId);

  return (
    <>
      <section aria-label={t("offerAdmin.filters")}>
        <div className="offer-dashboard__filters">
          <SearchField label={t("offerAdmin.search")} value={state.query} onChange={(query) => change({ query })} />
          {isProvider && organisations.length === 1 ? null : (
            <SelectField
              label={t("offerAdmin.organisation")}
              value={state.organisationId}
              onChange={(event) => change({ organisationId: event.target.value })}
            >
              {isProvider ? null : <option value="">{t("offerAdmin.allOrganisations")}</option>}
              {organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </SelectField>
          )}
        </div>
        <div className="button-row">
          <CheckboxField
            label={t("offerAdmin.onlyDue")}
            checked={state.onlyDue}
            onChange={(event) => change({ onlyDue: event.target.checked })}
          />
          <CheckboxField
            label={t("offerAdmin.includeArchived")}
            checked={state.includeArchived}
            onChange={(event) => change({ includeArchived: event.target.checked })}
          />
        </div>
      </section>
      <Tabs
        label={t("offerAdmin.tabs")}
        idPrefix="offer-publication"
        items={tabs.map((tab) => ({ id: tab, label: t(`offerAdmin.tab.${tab}`) }))}
        selected={state.tab}
        onSelect={(tab) => change({ tab })}
      />
      <TabPanel idPrefix="offer-publication" selected={state.tab}>
        <div className="offer-dashboard__results">
          <QueryState
            data={data}
            error={list.error}
            renderError={(error) => <AccessErrorState error={error} onRetry={() => void list.refetch()} />}
            isEmpty={(offers) => offers.totalCount === 0}
            empty={
              state.tab === "SUBMITTED" && !state.query
                ? t("offerAdmin.emptyReview")
                : isProvider && state.tab === "ALL" && !state.query && !state.onlyDue
                  ? t("offerAdmin.emptyProvider")
                  : t("offerAdmin.empty")
            }
          >
            {(offers) => (
              <>
                <p className="result-count" aria-live="polite">
                  {offers.totalCount > offers.edges.length
                    ? t("offerAdmin.truncated", {
                        shown: format.number(offers.edges.length),
                        total: format.number(offers.totalCount),
                      })
                    : t("offerAdmin.count", { count: offers.totalCount })}
                </p>
                <OfferTable offers={offers.edges.map((edge) => edge.node)} />
              </>
            )}
          </QueryState>
        </div>
      </TabPanel>
      <OfferExchange organisation={selectedOrganisation} onImported={() => void list.refetch()} />
    </>
  );
}
