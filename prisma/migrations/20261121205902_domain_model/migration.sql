-- CreateEnum
CREATE TYPE "ChangeAction" AS ENUM ('CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'VERIFY');

-- CreateEnum
CREATE TYPE "IndicatorPolarity" AS ENUM ('HIGHER_IS_WORSE', 'HIGHER_IS_BETTER', 'NEUTRAL');

-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('JOBCENTER', 'FREIER_TRAEGER', 'VERBAND', 'KAMMER', 'HOCHSCHULE', 'KRANKENKASSE', 'JUGENDAMT', 'WOHNUNGSGESELLSCHAFT', 'GLAUBENSGEMEINSCHAFT', 'SELBSTHILFEGRUPPE', 'INITIATIVE', 'VERWALTUNG');

-- CreateEnum
CREATE TYPE "OfferCost" AS ENUM ('FREE', 'REDUCED', 'FEE');

-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('ACTIVE', 'TEMPORARILY_CLOSED', 'ENDED');

-- CreateEnum
CREATE TYPE "ProgrammeFamily" AS ENUM ('BIWAQ', 'SGB2_16I', 'SGB2_16E', 'SOZIALER_ZUSAMMENHALT', 'ESF_PLUS', 'LANDESPROGRAMM', 'KOMMUNAL', 'SONSTIGES');

-- CreateEnum
CREATE TYPE "FundingSourceType" AS ENUM ('EU', 'BUND', 'LAND', 'KOMMUNE', 'JOBCENTER', 'STIFTUNG', 'SONSTIGE');

-- CreateEnum
CREATE TYPE "ProgrammeResultKind" AS ENUM ('OUTPUT', 'OUTCOME');

-- CreateEnum
CREATE TYPE "CatalogueVersionStatus" AS ENUM ('DRAFT', 'ADOPTED');

-- CreateEnum
CREATE TYPE "GoalLevel" AS ENUM ('LEITZIEL', 'STRATEGISCHES_ZIEL', 'OPERATIVES_ZIEL', 'MASSNAHME');

-- CreateEnum
CREATE TYPE "ResultLevel" AS ENUM ('INPUT', 'OUTPUT', 'OUTCOME', 'IMPACT');

-- CreateEnum
CREATE TYPE "ConferenceStatus" AS ENUM ('PLANNED', 'HELD', 'DOCUMENTED');

-- CreateEnum
CREATE TYPE "FindingKind" AS ENUM ('NEED', 'GAP', 'STRENGTH');

-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'IMPLEMENTED', 'REJECTED');

-- AlterTable
ALTER TABLE "Area" ADD COLUMN     "maxLat" DOUBLE PRECISION,
ADD COLUMN     "maxLon" DOUBLE PRECISION,
ADD COLUMN     "minLat" DOUBLE PRECISION,
ADD COLUMN     "minLon" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "ChangeLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" "ChangeAction" NOT NULL,
    "changes" JSONB,

    CONSTRAINT "ChangeLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "polarity" "IndicatorPolarity" NOT NULL,
    "numeratorDefinition" TEXT,
    "denominatorDefinition" TEXT,
    "topic" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "licence" TEXT NOT NULL,
    "decimals" INTEGER NOT NULL DEFAULT 1,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,
    "archivedAt" TIMESTAMP(3),
    "archivedBy" TEXT,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "indicatorId" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "referenceDate" DATE NOT NULL,
    "value" DOUBLE PRECISION,
    "numerator" DOUBLE PRECISION,
    "denominator" DOUBLE PRECISION,
    "missingReason" TEXT,
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "estimated" BOOLEAN NOT NULL DEFAULT false,
    "suppressed" BOOLEAN NOT NULL DEFAULT false,
    "breakInSeries" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT,
    "extractedAt" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,
    "archivedAt" TIMESTAMP(3),
    "archivedBy" TEXT,

    CONSTRAINT "Observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "type" "OrganisationType" NOT NULL,
    "description" TEXT,
    "parentId" UUID,
    "website" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "address" TEXT,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,
    "archivedAt" TIMESTAMP(3),
    "archivedBy" TEXT,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationContact" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrganisationContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationAgreement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "description" TEXT,
    "signedOn" DATE,
    "validFrom" DATE,
    "validUntil" DATE,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,
    "archivedAt" TIMESTAMP(3),
    "archivedBy" TEXT,

    CONSTRAINT "CooperationAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationPartner" (
    "agreementId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "role" TEXT,

    CONSTRAINT "CooperationPartner_pkey" PRIMARY KEY ("agreementId","organisationId")
);

-- CreateTable
CREATE TABLE "CooperationProject" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "agreementId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "programmeId" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CooperationProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "categories" TEXT[],
    "targetGroups" TEXT[],
    "minAge" INTEGER,
    "maxAge" INTEGER,
    "languages" TEXT[],
    "eligibility" TEXT,
    "cost" "OfferCost" NOT NULL,
    "costDescription" TEXT,
    "acceptedSocialPasses" TEXT[],
    "stepFree" BOOLEAN,
    "accessibleToilet" BOOLEAN,
    "inductionLoop" BOOLEAN,
    "easyLanguage" BOOLEAN,
    "accessibilityNote" TEXT,
    "capacityAvailable" INTEGER,
    "capacityMax" INTEGER,
    "status" "OfferStatus" NOT NULL DEFAULT 'ACTIVE',
    "url" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "lastVerifiedAt" TIMESTAMP(3),
    "lastVerifiedBy" TEXT,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,
    "archivedAt" TIMESTAMP(3),
    "archivedBy" TEXT,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferLocation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offerId" UUID NOT NULL,
    "name" TEXT,
    "street" TEXT,
    "postalCode" TEXT,
    "city" TEXT,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "areaId" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OfferLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferSchedule" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offerId" UUID NOT NULL,
    "weekday" INTEGER NOT NULL,
    "opensAt" TEXT NOT NULL,
    "closesAt" TEXT NOT NULL,
    "validFrom" DATE,
    "validUntil" DATE,
    "note" TEXT,

    CONSTRAINT "OfferSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "family" "ProgrammeFamily" NOT NULL,
    "legalBasis" TEXT,
    "description" TEXT,
    "startDate" DATE,
    "endDate" DATE,
    "round" TEXT,
    "targetGroups" TEXT[],
    "leadOrganisationId" UUID,
    "placesPlanned" INTEGER,
    "placesFilled" INTEGER,
    "participants" INTEGER,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,
    "archivedAt" TIMESTAMP(3),
    "archivedBy" TEXT,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeBudgetLine" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "programmeId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "sourceType" "FundingSourceType" NOT NULL,
    "sourceName" TEXT NOT NULL,
    "amount" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "ProgrammeBudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeArea" (
    "programmeId" UUID NOT NULL,
    "areaId" UUID NOT NULL,

    CONSTRAINT "ProgrammeArea_pkey" PRIMARY KEY ("programmeId","areaId")
);

-- CreateTable
CREATE TABLE "ProgrammePartner" (
    "programmeId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "role" TEXT,

    CONSTRAINT "ProgrammePartner_pkey" PRIMARY KEY ("programmeId","organisationId")
);

-- CreateTable
CREATE TABLE "ProgrammeResult" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "programmeId" UUID NOT NULL,
    "kind" "ProgrammeResultKind" NOT NULL,
    "label" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT,
    "asOf" DATE,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProgrammeResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureCatalogue" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "description" TEXT,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,
    "archivedAt" TIMESTAMP(3),
    "archivedBy" TEXT,

    CONSTRAINT "MeasureCatalogue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogueVersion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "catalogueId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "label" TEXT,
    "status" "CatalogueVersionStatus" NOT NULL DEFAULT 'DRAFT',
    "adoptedOn" DATE,
    "adoptedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,

    CONSTRAINT "CatalogueVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "versionId" UUID NOT NULL,
    "parentId" UUID,
    "level" "GoalLevel" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "responsibleOrganisationId" UUID,
    "programmeId" UUID,
    "budget" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,
    "archivedAt" TIMESTAMP(3),
    "archivedBy" TEXT,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalArea" (
    "goalId" UUID NOT NULL,
    "areaId" UUID NOT NULL,

    CONSTRAINT "GoalArea_pkey" PRIMARY KEY ("goalId","areaId")
);

-- CreateTable
CREATE TABLE "GoalTarget" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "goalId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "resultLevel" "ResultLevel" NOT NULL,
    "unit" TEXT NOT NULL,
    "indicatorId" UUID,
    "baselineValue" DOUBLE PRECISION NOT NULL,
    "baselineDate" DATE NOT NULL,
    "targetValue" DOUBLE PRECISION NOT NULL,
    "targetDate" DATE NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,
    "archivedAt" TIMESTAMP(3),
    "archivedBy" TEXT,

    CONSTRAINT "GoalTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetActual" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "targetId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "archivedAt" TIMESTAMP(3),
    "archivedBy" TEXT,

    CONSTRAINT "TargetActual_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conference" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "location" TEXT,
    "summary" TEXT,
    "status" "ConferenceStatus" NOT NULL DEFAULT 'PLANNED',
    "reportStichtag" DATE,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,
    "archivedAt" TIMESTAMP(3),
    "archivedBy" TEXT,

    CONSTRAINT "Conference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConferenceArea" (
    "conferenceId" UUID NOT NULL,
    "areaId" UUID NOT NULL,

    CONSTRAINT "ConferenceArea_pkey" PRIMARY KEY ("conferenceId","areaId")
);

-- CreateTable
CREATE TABLE "ConferenceParticipant" (
    "conferenceId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,

    CONSTRAINT "ConferenceParticipant_pkey" PRIMARY KEY ("conferenceId","organisationId")
);

-- CreateTable
CREATE TABLE "ConferenceWorkingGroup" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "conferenceId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "topic" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ConferenceWorkingGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConferenceFinding" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "conferenceId" UUID NOT NULL,
    "workingGroupId" UUID,
    "kind" "FindingKind" NOT NULL,
    "category" TEXT NOT NULL,
    "areaId" UUID,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ConferenceFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConferenceRecommendation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "conferenceId" UUID NOT NULL,
    "findingId" UUID,
    "text" TEXT NOT NULL,
    "status" "RecommendationStatus" NOT NULL DEFAULT 'OPEN',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ConferenceRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationGoal" (
    "recommendationId" UUID NOT NULL,
    "goalId" UUID NOT NULL,

    CONSTRAINT "RecommendationGoal_pkey" PRIMARY KEY ("recommendationId","goalId")
);

-- CreateIndex
CREATE INDEX "ChangeLog_entity_entityId_idx" ON "ChangeLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "ChangeLog_at_idx" ON "ChangeLog"("at");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_key_key" ON "Indicator"("key");

-- CreateIndex
CREATE INDEX "Indicator_topic_idx" ON "Indicator"("topic");

-- CreateIndex
CREATE INDEX "Observation_areaId_idx" ON "Observation"("areaId");

-- CreateIndex
CREATE INDEX "Observation_indicatorId_referenceDate_idx" ON "Observation"("indicatorId", "referenceDate");

-- CreateIndex
CREATE UNIQUE INDEX "Observation_indicatorId_areaId_referenceDate_key" ON "Observation"("indicatorId", "areaId", "referenceDate");

-- CreateIndex
CREATE INDEX "Organisation_type_idx" ON "Organisation"("type");

-- CreateIndex
CREATE INDEX "Organisation_parentId_idx" ON "Organisation"("parentId");

-- CreateIndex
CREATE INDEX "OrganisationContact_organisationId_idx" ON "OrganisationContact"("organisationId");

-- CreateIndex
CREATE INDEX "CooperationPartner_organisationId_idx" ON "CooperationPartner"("organisationId");

-- CreateIndex
CREATE INDEX "CooperationProject_agreementId_idx" ON "CooperationProject"("agreementId");

-- CreateIndex
CREATE INDEX "Offer_organisationId_idx" ON "Offer"("organisationId");

-- CreateIndex
CREATE INDEX "Offer_status_idx" ON "Offer"("status");

-- CreateIndex
CREATE INDEX "OfferLocation_offerId_idx" ON "OfferLocation"("offerId");

-- CreateIndex
CREATE INDEX "OfferLocation_areaId_idx" ON "OfferLocation"("areaId");

-- CreateIndex
CREATE INDEX "OfferSchedule_offerId_idx" ON "OfferSchedule"("offerId");

-- CreateIndex
CREATE INDEX "Programme_family_idx" ON "Programme"("family");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeBudgetLine_programmeId_year_sourceType_sourceName_key" ON "ProgrammeBudgetLine"("programmeId", "year", "sourceType", "sourceName");

-- CreateIndex
CREATE INDEX "ProgrammeArea_areaId_idx" ON "ProgrammeArea"("areaId");

-- CreateIndex
CREATE INDEX "ProgrammePartner_organisationId_idx" ON "ProgrammePartner"("organisationId");

-- CreateIndex
CREATE INDEX "ProgrammeResult_programmeId_idx" ON "ProgrammeResult"("programmeId");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueVersion_catalogueId_number_key" ON "CatalogueVersion"("catalogueId", "number");

-- CreateIndex
CREATE INDEX "Goal_versionId_idx" ON "Goal"("versionId");

-- CreateIndex
CREATE INDEX "Goal_parentId_idx" ON "Goal"("parentId");

-- CreateIndex
CREATE INDEX "GoalArea_areaId_idx" ON "GoalArea"("areaId");

-- CreateIndex
CREATE INDEX "GoalTarget_goalId_idx" ON "GoalTarget"("goalId");

-- CreateIndex
CREATE UNIQUE INDEX "TargetActual_targetId_date_key" ON "TargetActual"("targetId", "date");

-- CreateIndex
CREATE INDEX "ConferenceArea_areaId_idx" ON "ConferenceArea"("areaId");

-- CreateIndex
CREATE INDEX "ConferenceParticipant_organisationId_idx" ON "ConferenceParticipant"("organisationId");

-- CreateIndex
CREATE INDEX "ConferenceWorkingGroup_conferenceId_idx" ON "ConferenceWorkingGroup"("conferenceId");

-- CreateIndex
CREATE INDEX "ConferenceFinding_conferenceId_idx" ON "ConferenceFinding"("conferenceId");

-- CreateIndex
CREATE INDEX "ConferenceFinding_areaId_idx" ON "ConferenceFinding"("areaId");

-- CreateIndex
CREATE INDEX "ConferenceRecommendation_conferenceId_idx" ON "ConferenceRecommendation"("conferenceId");

-- CreateIndex
CREATE INDEX "RecommendationGoal_goalId_idx" ON "RecommendationGoal"("goalId");

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationContact" ADD CONSTRAINT "OrganisationContact_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationPartner" ADD CONSTRAINT "CooperationPartner_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "CooperationAgreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationPartner" ADD CONSTRAINT "CooperationPartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationProject" ADD CONSTRAINT "CooperationProject_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "CooperationAgreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationProject" ADD CONSTRAINT "CooperationProject_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferLocation" ADD CONSTRAINT "OfferLocation_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferLocation" ADD CONSTRAINT "OfferLocation_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferSchedule" ADD CONSTRAINT "OfferSchedule_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_leadOrganisationId_fkey" FOREIGN KEY ("leadOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeBudgetLine" ADD CONSTRAINT "ProgrammeBudgetLine_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeArea" ADD CONSTRAINT "ProgrammeArea_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeArea" ADD CONSTRAINT "ProgrammeArea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammePartner" ADD CONSTRAINT "ProgrammePartner_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammePartner" ADD CONSTRAINT "ProgrammePartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeResult" ADD CONSTRAINT "ProgrammeResult_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogueVersion" ADD CONSTRAINT "CatalogueVersion_catalogueId_fkey" FOREIGN KEY ("catalogueId") REFERENCES "MeasureCatalogue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CatalogueVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_responsibleOrganisationId_fkey" FOREIGN KEY ("responsibleOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalArea" ADD CONSTRAINT "GoalArea_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalArea" ADD CONSTRAINT "GoalArea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalTarget" ADD CONSTRAINT "GoalTarget_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalTarget" ADD CONSTRAINT "GoalTarget_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetActual" ADD CONSTRAINT "TargetActual_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "GoalTarget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceArea" ADD CONSTRAINT "ConferenceArea_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceArea" ADD CONSTRAINT "ConferenceArea_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceParticipant" ADD CONSTRAINT "ConferenceParticipant_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceParticipant" ADD CONSTRAINT "ConferenceParticipant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceWorkingGroup" ADD CONSTRAINT "ConferenceWorkingGroup_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceFinding" ADD CONSTRAINT "ConferenceFinding_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceFinding" ADD CONSTRAINT "ConferenceFinding_workingGroupId_fkey" FOREIGN KEY ("workingGroupId") REFERENCES "ConferenceWorkingGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceFinding" ADD CONSTRAINT "ConferenceFinding_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceRecommendation" ADD CONSTRAINT "ConferenceRecommendation_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceRecommendation" ADD CONSTRAINT "ConferenceRecommendation_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "ConferenceFinding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationGoal" ADD CONSTRAINT "RecommendationGoal_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "ConferenceRecommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationGoal" ADD CONSTRAINT "RecommendationGoal_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

