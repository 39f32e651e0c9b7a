import { readdirSync } from "node:fs";
import type { CodegenConfig } from "@graphql-codegen/cli";

const webModules = "apps/web/src/modules";

/** The web modules with GraphQL documents (in their graphql/ folder), sorted. */
function webModulesWithDocuments(): string[] {
  return readdirSync(webModules, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((module) => {
      try {
        return readdirSync(`${webModules}/${module}/graphql`).some((file) => file.endsWith(".graphql"));
      } catch {
        return false;
      }
    })
    .sort();
}

/** Fragments a module uses from another module. */
const sharedFragments: Record<string, string[]> = {
  compare: [`${webModules}/profile/graphql/referenceValue.graphql`],
};

const webTypesConfig = {
  useTypeImports: true,
  enumsAsTypes: true,
  strictScalars: true,
  scalars: {
    GeoJSONGeometry: "@sozialatlas/domain/area#AreaGeometry",
    Date: "string",
    DateTime: "string",
    JSON: "unknown",
  },
};

// Both sides generate from the committed, printed schema (apps/api/schema.graphql).
const config: CodegenConfig = {
  schema: "apps/api/schema.graphql",
  overwrite: true,
  generates: {
    "apps/api/src/generated/graphql.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        contextType: "../context.ts#Context",
        mappers: {
          Area: "../modules/area/area.service.ts#AreaRow",
          ChangeLogEntry: "./prisma/client.ts#ChangeLog as ChangeLogRow",
          User: "./prisma/client.ts#User as UserRow",
          OrganisationChangeProposal: "./prisma/client.ts#OrganisationChangeProposal as OrganisationChangeProposalRow",
          Indicator: "./prisma/client.ts#Indicator as IndicatorRow",
          Observation: "./prisma/client.ts#Observation as ObservationRow",
          Organisation: "./prisma/client.ts#Organisation as OrganisationRow",
          OrganisationContact: "./prisma/client.ts#OrganisationContact as OrganisationContactRow",
          CooperationAgreement: "./prisma/client.ts#CooperationAgreement as CooperationAgreementRow",
          CooperationProject: "./prisma/client.ts#CooperationProject as CooperationProjectRow",
          CooperationPartner: "./prisma/client.ts#CooperationPartner as CooperationPartnerRow",
          Offer: "./prisma/client.ts#Offer as OfferRow",
          OfferLocation: "./prisma/client.ts#OfferLocation as OfferLocationRow",
          OfferSchedule: "./prisma/client.ts#OfferSchedule as OfferScheduleRow",
          Programme: "./prisma/client.ts#Programme as ProgrammeRow",
          ProgrammeBudgetLine: "./prisma/client.ts#ProgrammeBudgetLine as ProgrammeBudgetLineRow",
          ProgrammeResult: "./prisma/client.ts#ProgrammeResult as ProgrammeResultRow",
          ProgrammePartner: "./prisma/client.ts#ProgrammePartner as ProgrammePartnerRow",
          MeasureCatalogue: "./prisma/client.ts#MeasureCatalogue as MeasureCatalogueRow",
          CatalogueVersion: "./prisma/client.ts#CatalogueVersion as CatalogueVersionRow",
          Goal: "./prisma/client.ts#Goal as GoalRow",
          GoalTarget: "./prisma/client.ts#GoalTarget as GoalTargetRow",
          TargetActual: "./prisma/client.ts#TargetActual as TargetActualRow",
          Conference: "./prisma/client.ts#Conference as ConferenceRow",
          ConferenceWorkingGroup: "./prisma/client.ts#ConferenceWorkingGroup as ConferenceWorkingGroupRow",
          ConferenceFinding: "./prisma/client.ts#ConferenceFinding as ConferenceFindingRow",
          ConferenceRecommendation: "./prisma/client.ts#ConferenceRecommendation as ConferenceRecommendationRow",
          IndexDefinition: "./prisma/client.ts#IndexDefinition as IndexDefinitionRow",
          IndexRun: "./prisma/client.ts#IndexRun as IndexRunRow",
          IndexResult: "./prisma/client.ts#IndexResult as IndexResultRow",
          IndexIndicator: "@sozialatlas/domain/social-index#IndexIndicator as IndexIndicatorSpec",
          IndexClassChange: "../modules/social-index/class-changes.ts#IndexClassChangeRecord",
        },
        scalars: {
          GeoJSONGeometry: "@sozialatlas/domain/area#AreaGeometry",
          Date: { input: "string", output: "Date | string" },
          DateTime: { input: "string", output: "Date | string" },
          JSON: "unknown",
        },
        enumsAsTypes: true,
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    // The web app's operation types, for all modules in one file (types only: no runtime code).
    "apps/web/src/generated/graphql.ts": {
      documents: ["apps/web/src/**/*.graphql"],
      // typescript-operations 6 emits the enums it uses itself; adding "typescript" duplicates them.
      plugins: ["typescript-operations"],
      config: webTypesConfig,
    },
    // The documents, one file per module: a page's chunk carries only its own module's documents
    // (one shared file would put every document of the app on the first screen).
    ...Object.fromEntries(
      webModulesWithDocuments().map((module) => [
        `apps/web/src/generated/documents/${module}.ts`,
        {
          documents: [`apps/web/src/modules/${module}/**/*.graphql`, ...(sharedFragments[module] ?? [])],
          plugins: [{ add: { content: 'import type * as Types from "../graphql.ts";' } }, "typed-document-node"],
          config: { ...webTypesConfig, importOperationTypesFrom: "Types" },
        },
      ]),
    ),
  },
};

export default config;
