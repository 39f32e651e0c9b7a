-- CreateEnum
CREATE TYPE "OfferPublication" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ChangeAction" ADD VALUE 'SUBMIT';
ALTER TYPE "ChangeAction" ADD VALUE 'PUBLISH';
ALTER TYPE "ChangeAction" ADD VALUE 'RETURN';

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "publication" "OfferPublication" NOT NULL DEFAULT 'DRAFT',
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedBy" TEXT,
ADD COLUMN     "reviewComment" TEXT,
ADD COLUMN     "submittedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Offer_publication_idx" ON "Offer"("publication");


-- Offers recorded before the workflow existed were public: they stay published (since they were recorded).
UPDATE "Offer" SET "publication" = 'PUBLISHED', "publishedAt" = "createdAt";
