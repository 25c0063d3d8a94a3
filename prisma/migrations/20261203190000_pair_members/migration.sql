-- A pair's applicant and partner, copied from its application and kept by triggers, so that "the pairs I may
-- follow" is an index lookup on BoosterPair instead of a join that read every application (issue 15, P6).

-- AlterTable
ALTER TABLE "BoosterPair" ADD COLUMN     "applicantId" TEXT,
ADD COLUMN     "partnerUserId" TEXT;

-- CreateIndex
CREATE INDEX "BoosterPair_applicantId_idx" ON "BoosterPair"("applicantId");

-- CreateIndex
CREATE INDEX "BoosterPair_partnerUserId_idx" ON "BoosterPair"("partnerUserId");

UPDATE "BoosterPair" p
SET "applicantId" = a."applicantId", "partnerUserId" = a."partnerUserId"
FROM "Application" a
WHERE a."id" = p."applicationId";

-- Whatever a write says, a pair's copies are its application's.
CREATE OR REPLACE FUNCTION booster_pair_members() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT a."applicantId", a."partnerUserId" INTO NEW."applicantId", NEW."partnerUserId"
  FROM "Application" a WHERE a."id" = NEW."applicationId";
  RETURN NEW;
END $$;

CREATE TRIGGER booster_pair_members
BEFORE INSERT OR UPDATE OF "applicationId", "applicantId", "partnerUserId" ON "BoosterPair"
FOR EACH ROW EXECUTE FUNCTION booster_pair_members();

-- A change of applicant or partner on the application reaches its pair.
CREATE OR REPLACE FUNCTION application_pair_members() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "BoosterPair" SET "applicantId" = NEW."applicantId", "partnerUserId" = NEW."partnerUserId"
  WHERE "applicationId" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER application_pair_members
AFTER UPDATE OF "applicantId", "partnerUserId" ON "Application"
FOR EACH ROW
WHEN (OLD."applicantId" IS DISTINCT FROM NEW."applicantId" OR OLD."partnerUserId" IS DISTINCT FROM NEW."partnerUserId")
EXECUTE FUNCTION application_pair_members();
