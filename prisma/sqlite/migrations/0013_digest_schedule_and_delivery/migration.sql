-- AlterTable
ALTER TABLE "run_claim" ADD COLUMN "messageId" TEXT;
ALTER TABLE "run_claim" ADD COLUMN "postingAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_channel_binding" (
    "channelId" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "setKey" TEXT NOT NULL,
    "postTarget" TEXT,
    "boundAt" DATETIME NOT NULL,
    "boundBy" TEXT,
    "healthState" TEXT,
    "healthReason" TEXT,
    "healthCode" TEXT,
    "healthSince" DATETIME,
    "digestWeekday" INTEGER,
    "digestTime" TEXT,
    "digestOff" BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO "new_channel_binding" ("boundAt", "boundBy", "channelId", "healthCode", "healthReason", "healthSince", "healthState", "platform", "postTarget", "setKey") SELECT "boundAt", "boundBy", "channelId", "healthCode", "healthReason", "healthSince", "healthState", "platform", "postTarget", "setKey" FROM "channel_binding";
DROP TABLE "channel_binding";
ALTER TABLE "new_channel_binding" RENAME TO "channel_binding";
CREATE INDEX "channel_binding_setKey_idx" ON "channel_binding"("setKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
