-- AlterTable
ALTER TABLE "Call" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "deadlineTimeZone" TEXT NOT NULL DEFAULT 'Europe/Berlin',
ADD COLUMN     "openedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
