-- CreateEnum
CREATE TYPE "InviteKind" AS ENUM ('PARTNER', 'OFFICIAL');

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "countriesConfirmed" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ApplicationOrganisation" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "PartnerInvite" ADD COLUMN     "kind" "InviteKind" NOT NULL DEFAULT 'PARTNER';

-- CreateIndex
CREATE UNIQUE INDEX "Application_callId_applicantId_key" ON "Application"("callId", "applicantId");


