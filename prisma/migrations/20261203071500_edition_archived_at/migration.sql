-- AlterTable
ALTER TABLE "Call" ADD COLUMN     "archivedAt" TIMESTAMP(3);
