-- DropIndex
DROP INDEX "activity_userId_loggedAt_idx";

-- DropIndex
DROP INDEX "activity_dedupeKey_loggedAt_idx";

-- CreateIndex
CREATE INDEX "activity_userId_dedupeKey_loggedAt_idx" ON "activity"("userId", "dedupeKey", "loggedAt");
