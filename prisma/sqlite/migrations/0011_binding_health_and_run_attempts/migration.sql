-- AlterTable
ALTER TABLE "channel_binding" ADD COLUMN "boundBy" TEXT;
ALTER TABLE "channel_binding" ADD COLUMN "healthCode" TEXT;
ALTER TABLE "channel_binding" ADD COLUMN "healthReason" TEXT;
ALTER TABLE "channel_binding" ADD COLUMN "healthSince" DATETIME;
ALTER TABLE "channel_binding" ADD COLUMN "healthState" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_run_claim" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "claimedBy" TEXT NOT NULL,
    "claimedAt" DATETIME NOT NULL,
    "sentAt" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "nextAttemptAt" DATETIME,
    "failedAt" DATETIME,
    "failure" TEXT
);
INSERT INTO "new_run_claim" ("claimedAt", "claimedBy", "key", "sentAt") SELECT "claimedAt", "claimedBy", "key", "sentAt" FROM "run_claim";
DROP TABLE "run_claim";
ALTER TABLE "new_run_claim" RENAME TO "run_claim";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
