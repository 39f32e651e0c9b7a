// Who may do what: the one place that defines the rules, one line per root field.
// Roles: public (not signed in) < viewer (council staff) ; provider (freier Träger, own
// organisations only) ; planner (Sozialplanung) < admin. The matrix test
// (policies.test.ts) runs every mutation and protected query as every role.
import type { Context } from "./context.ts";
import {
  type Args,
  admins,
  anyone,
  either,
  type Policies,
  planners,
  providerOf,
  signedIn,
  viewers,
} from "./lib/authz.ts";
import { getOffer } from "./modules/offer/offer.service.ts";

const inputOrganisation = (args: Args) => {
  const input = args.input as { organisationId?: unknown } | undefined;
  return typeof input?.organisationId === "string" ? input.organisationId : null;
};

async function storedOfferOrganisation(args: Args, ctx: Context): Promise<string | null> {
  try {
    return (await getOffer(ctx.db, String(args.id))).organisationId;
  } catch {
    return null; // unknown offer: not the provider's (planners get the NOT_FOUND)
  }
}

/** Providers may create offers for their own organisations … */
const providerCreatingOwnOffer = providerOf(async (args) => [inputOrganisation(args)]);
/** … and change offers that are theirs, without moving them to another organisation. */
const providerChangingOwnOffer = providerOf(async (args, ctx) => [
  await storedOfferOrganisation(args, ctx),
  ...("input" in args ? [inputOrganisation(args)] : []),
]);
/** Providers may exchange (import/export) the offers of their own organisations. */
const providerOfArgumentOrganisation = providerOf(async (args) => [
  typeof args.organisationId === "string" ? args.organisationId : null,
]);
/**
 * An archived offer is shown by id only to planners and to the providers of its organisation.
 * Unpublished offers pass this rule; the offer service answers NOT_FOUND to whoever may not see
 * them (the public, council staff, providers of other organisations).
 */
const offerById = either(
  {
    describe: "everybody (offers that are not archived; unpublished ones only for their providers)",
    requiresSignIn: false,
    async check(_viewer, args, ctx) {
      try {
        return (await getOffer(ctx.db, String(args.id))).archivedAt === null;
      } catch {
        return true; // unknown id: let the resolver answer NOT_FOUND
      }
    },
  },
  planners,
  providerOf(async (args, ctx) => [await storedOfferOrganisation(args, ctx)]),
);
/**
 * Archived offers are listed only for planners and for providers asking about their own
 * organisation. Whatever the filter says, the offer service lists only published offers to the
 * public and council staff, and adds only their own organisations' unpublished ones for providers.
 */
const offerList = either(
  {
    describe: "everybody (published offers, without archived ones)",
    requiresSignIn: false,
    check: (_viewer, args) => (args.filter as { includeArchived?: boolean } | null)?.includeArchived !== true,
  },
  planners,
  providerOf(async (args) => [(args.filter as { organisationId?: string } | null)?.organisationId ?? null]),
);

/**
 * Who sees observation values and counts without disclosure control: planners and admins.
 * Everybody else (the public, council staff, providers) gets protected values — small counts
 * and small areas suppressed, counts rounded — from modules/indicator/disclosure.ts.
 */
export const rawValues = planners;

/**
 * Who may upload data files over HTTP (`POST /api/imports/preview` and `POST /api/imports`,
 * modules/data-import/data-import.routes.ts): planners and admins, as for `upsertObservations`.
 */
export const dataImports = planners;

export const policies: Policies = {
  Query: {
    apiVersion: anyone,
    me: anyone,
    users: admins,
    user: admins,
    // Areas and published indicators are public; values are protected by disclosure control (`rawValues`).
    areas: anyone,
    area: anyone,
    areaAt: anyone,
    areaLevels: anyone,
    indicators: anyone,
    indicator: anyone,
    indicatorByKey: anyone,
    observations: anyone,
    observation: anyone,
    // Values inside are protected by disclosure control (`rawValues` above).
    aggregatedValues: anyone,
    // Computed from raw values; returns distances only, never a value.
    similarAreas: anyone,
    // The offer directory is public (published offers only, filtered by the offer service);
    // organisations are public as the operators of offers.
    offers: offerList,
    offer: offerById,
    offerExport: either(planners, providerOfArgumentOrganisation),
    // Needs versus offers: a planning tool.
    gapAnalysis: planners,
    organisations: anyone,
    organisation: anyone,
    // Internal planning data: council staff and planners.
    cooperationAgreements: viewers,
    cooperationAgreement: viewers,
    programmes: viewers,
    programme: viewers,
    measureCatalogues: viewers,
    measureCatalogue: viewers,
    catalogueVersion: viewers,
    goal: viewers,
    goals: viewers,
    goalTarget: viewers,
    conferences: viewers,
    conference: viewers,
    findingCategories: anyone,
    // The social index and its method are published: everybody may read definitions, runs and results.
    indexDefinitions: anyone,
    indexDefinition: anyone,
    indexDefinitionByKey: anyone,
    indexRuns: anyone,
    indexRun: anyone,
    indexClassChanges: anyone,
    changeLog: planners,
    changes: planners,
    organisationChangeProposals: either(
      planners,
      providerOf(async (args) => [(args.filter as { organisationId?: string } | null)?.organisationId ?? null]),
    ),
  },
  Mutation: {
    apiVersion: anyone,
    signIn: anyone,
    signOut: anyone,
    redeemAccountLink: anyone,
    changePassword: signedIn,
    createUser: admins,
    updateUser: admins,
    issueInvitation: admins,
    issuePasswordReset: admins,

    createOffer: either(planners, providerCreatingOwnOffer),
    updateOffer: either(planners, providerChangingOwnOffer),
    archiveOffer: either(planners, providerChangingOwnOffer),
    restoreOffer: either(planners, providerChangingOwnOffer),
    verifyOffer: planners,
    submitOffer: either(planners, providerChangingOwnOffer),
    publishOffer: planners,
    returnOffer: planners,
    importOffers: either(planners, providerOfArgumentOrganisation),

    createOrganisation: planners,
    updateOrganisation: planners,
    archiveOrganisation: planners,
    restoreOrganisation: planners,
    // Providers may propose, not publish, changes of their organisation's master data.
    proposeOrganisationChange: either(
      planners,
      providerOf(async (args) => [typeof args.organisationId === "string" ? args.organisationId : null]),
    ),
    acceptOrganisationChangeProposal: planners,
    rejectOrganisationChangeProposal: planners,
    createCooperationAgreement: planners,
    updateCooperationAgreement: planners,
    archiveCooperationAgreement: planners,
    restoreCooperationAgreement: planners,

    createIndicator: planners,
    updateIndicator: planners,
    archiveIndicator: planners,
    restoreIndicator: planners,
    createObservation: planners,
    updateObservation: planners,
    archiveObservation: planners,
    restoreObservation: planners,
    upsertObservations: planners,

    createProgramme: planners,
    updateProgramme: planners,
    archiveProgramme: planners,
    restoreProgramme: planners,

    createMeasureCatalogue: planners,
    updateMeasureCatalogue: planners,
    archiveMeasureCatalogue: planners,
    restoreMeasureCatalogue: planners,
    createDraftVersion: planners,
    adoptVersion: planners,
    updateVersion: planners,
    createGoal: planners,
    updateGoal: planners,
    moveGoal: planners,
    archiveGoal: planners,
    restoreGoal: planners,
    createGoalTarget: planners,
    updateGoalTarget: planners,
    archiveGoalTarget: planners,
    restoreGoalTarget: planners,
    recordActual: planners,
    recordActuals: planners,
    archiveActual: planners,
    restoreActual: planners,

    createConference: planners,
    updateConference: planners,
    archiveConference: planners,
    restoreConference: planners,
    setRecommendationStatus: planners,

    createIndexDefinition: planners,
    updateIndexDefinition: planners,
    archiveIndexDefinition: planners,
    restoreIndexDefinition: planners,
    runIndex: planners,
  },
  // Public types that lead to internal data: the path is guarded where it leaves public ground.
  fields: {
    "Area.programmes": viewers,
    "Area.conferenceFindings": viewers,
    "Organisation.cooperationAgreements": viewers,
    // Names and direct lines of staff are personal data: signed-in users only.
    "Organisation.contacts": signedIn,
  },
};
