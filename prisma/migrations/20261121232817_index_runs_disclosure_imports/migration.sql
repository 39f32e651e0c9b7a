-- CreateEnum
CREATE TYPE "DataImportKind" AS ENUM ('AREAS', 'OBSERVATIONS');

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "disclosureMinCount" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "disclosureMinPopulation" INTEGER NOT NULL DEFAULT 300,
ADD COLUMN     "disclosureRounding" INTEGER;

-- CreateTable
CREATE TABLE "IndexDefinition" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "spec" JSONB NOT NULL,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,
    "archivedAt" TIMESTAMP(3),
    "archivedBy" TEXT,

    CONSTRAINT "IndexDefinition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndexRun" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "definitionId" UUID NOT NULL,
    "definitionVersion" INTEGER NOT NULL,
    "definitionSnapshot" JSONB NOT NULL,
    "level" "AreaLevel" NOT NULL,
    "referenceDate" DATE NOT NULL,
    "statistics" JSONB NOT NULL,
    "validCount" INTEGER NOT NULL,
    "excludedCount" INTEGER NOT NULL,
    "label" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,

    CONSTRAINT "IndexRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndexResult" (
    "runId" UUID NOT NULL,
    "areaId" UUID NOT NULL,
    "statusSum" DOUBLE PRECISION,
    "statusIndex" DOUBLE PRECISION,
    "statusClass" INTEGER,
    "dynamicsSum" DOUBLE PRECISION,
    "dynamicsIndex" DOUBLE PRECISION,
    "dynamicsClass" TEXT,
    "combinedCode" TEXT,
    "rank" INTEGER,
    "excludedReason" TEXT,

    CONSTRAINT "IndexResult_pkey" PRIMARY KEY ("runId","areaId")
);

-- CreateTable
CREATE TABLE "DataImport" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "DataImportKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "manifest" JSONB,
    "rowCount" INTEGER NOT NULL,
    "created" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedBy" TEXT,

    CONSTRAINT "DataImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IndexDefinition_key_key" ON "IndexDefinition"("key");

-- CreateIndex
CREATE INDEX "IndexRun_definitionId_level_referenceDate_createdAt_idx" ON "IndexRun"("definitionId", "level", "referenceDate", "createdAt");

-- CreateIndex
CREATE INDEX "IndexResult_areaId_idx" ON "IndexResult"("areaId");

-- CreateIndex
CREATE INDEX "DataImport_importedAt_idx" ON "DataImport"("importedAt");

-- AddForeignKey
ALTER TABLE "IndexRun" ADD CONSTRAINT "IndexRun_definitionId_fkey" FOREIGN KEY ("definitionId") REFERENCES "IndexDefinition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndexResult" ADD CONSTRAINT "IndexResult_runId_fkey" FOREIGN KEY ("runId") REFERENCES "IndexRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndexResult" ADD CONSTRAINT "IndexResult_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

