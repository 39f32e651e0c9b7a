import type { OfferFilter, OfferPublication, Role } from "../../../generated/graphql.ts";

/** The dashboard's tabs: one per publication state, plus all of them. */
export type PublicationTab = OfferPublication | "ALL";

const publicationSet = { DRAFT: true, SUBMITTED: true, RETURNED: true, PUBLISHED: true } as const satisfies Record<
  OfferPublication,
  true
>;

export function isPublication(value: unknown): value is OfferPublication {
  return typeof value === "string" && Object.hasOwn(publicationSet, value);
}

/** Planners start with what waits for them; providers with everything of theirs. */
export function tabsFor(role: Role): PublicationTab[] {
  return role === "PROVIDER"
    ? ["ALL", "DRAFT", "SUBMITTED", "RETURNED", "PUBLISHED"]
    : ["SUBMITTED", "ALL", "DRAFT", "RETURNED", "PUBLISHED"];
}

/** The dashboard's filter as it stands in the URL (?publication=&q=&organisation=&due=1&archived=1). */
export interface DashboardState {
  tab: PublicationTab;
  query: string;
  /** An organisation id, or "" for all (planners only). */
  organisationId: string;
  onlyDue: boolean;
  includeArchived: boolean;
}

export function readDashboardState(params: URLSearchParams, role: Role, ownOrganisationIds: readonly string[]) {
  const tabs = tabsFor(role);
  const publication = params.get("publication");
  const tab: PublicationTab = publication === "ALL" || isPublication(publication) ? publication : (tabs[0] ?? "ALL");
  const organisation = params.get("organisation") ?? "";
  // A provider always looks at one of their own organisations, never at everybody's offers.
  const organisationId =
    role === "PROVIDER"
      ? ownOrganisationIds.includes(organisation)
        ? organisation
        : (ownOrganisationIds[0] ?? "")
      : organisation;
  return {
    tab,
    query: params.get("q") ?? "",
    organisationId,
    onlyDue: params.get("due") === "1",
    includeArchived: params.get("archived") === "1",
  } satisfies DashboardState;
}

export function writeDashboardState(state: DashboardState, role: Role): URLSearchParams {
  const params = new URLSearchParams();
  if (state.tab !== tabsFor(role)[0]) params.set("publication", state.tab);
  if (state.query) params.set("q", state.query);
  if (state.organisationId) params.set("organisation", state.organisationId);
  if (state.onlyDue) params.set("due", "1");
  if (state.includeArchived) params.set("archived", "1");
  return params;
}

/** The API filter for the dashboard's state. */
export function toOfferFilter(state: DashboardState): OfferFilter {
  return {
    ...(state.tab === "ALL" ? {} : { publication: [state.tab] }),
    ...(state.query.trim() ? { search: state.query.trim() } : {}),
    ...(state.organisationId ? { organisationId: state.organisationId } : {}),
    ...(state.onlyDue ? { verificationDue: true } : {}),
    ...(state.includeArchived ? { includeArchived: true } : {}),
  };
}
