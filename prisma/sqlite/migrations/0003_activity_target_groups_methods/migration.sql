-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_activity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "setKey" TEXT NOT NULL,
    "promiseIds" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "time" TEXT,
    "place" TEXT,
    "count" INTEGER NOT NULL,
    "partners" TEXT NOT NULL,
    "targetGroups" TEXT NOT NULL DEFAULT '[]',
    "methods" TEXT NOT NULL DEFAULT '[]',
    "participants" TEXT NOT NULL,
    "note" TEXT,
    "planned" BOOLEAN NOT NULL,
    "figures" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "loggedAt" DATETIME NOT NULL,
    "createdRevision" INTEGER NOT NULL,
    "undoneAt" DATETIME,
    "undoneBy" TEXT,
    "undoneRevision" INTEGER,
    "dedupeKey" TEXT
);
INSERT INTO "new_activity" ("count", "createdRevision", "date", "dedupeKey", "figures", "id", "loggedAt", "note", "participants", "partners", "place", "planned", "platform", "promiseIds", "setKey", "time", "undoneAt", "undoneBy", "undoneRevision", "userId") SELECT "count", "createdRevision", "date", "dedupeKey", "figures", "id", "loggedAt", "note", "participants", "partners", "place", "planned", "platform", "promiseIds", "setKey", "time", "undoneAt", "undoneBy", "undoneRevision", "userId" FROM "activity";
DROP TABLE "activity";
ALTER TABLE "new_activity" RENAME TO "activity";
CREATE INDEX "activity_setKey_createdRevision_idx" ON "activity"("setKey", "createdRevision");
CREATE INDEX "activity_setKey_undoneRevision_idx" ON "activity"("setKey", "undoneRevision");
CREATE INDEX "activity_setKey_userId_createdRevision_idx" ON "activity"("setKey", "userId", "createdRevision");
CREATE INDEX "activity_userId_loggedAt_idx" ON "activity"("userId", "loggedAt");
CREATE INDEX "activity_dedupeKey_loggedAt_idx" ON "activity"("dedupeKey", "loggedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
