-- DropIndex
DROP INDEX "activity_setKey_userId_createdRevision_idx";

-- DropIndex
DROP INDEX "activity_dedupeKey_loggedAt_idx";
