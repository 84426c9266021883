-- CreateTable
CREATE TABLE "promise_set" (
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL,
    "importedBy" TEXT NOT NULL,

    PRIMARY KEY ("key", "version")
);

-- CreateTable
CREATE TABLE "channel_binding" (
    "channelId" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "setKey" TEXT NOT NULL,
    "postTarget" TEXT,
    "boundAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "channel_role" (
    "channelId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "setAt" DATETIME NOT NULL,

    PRIMARY KEY ("channelId", "userId")
);

-- CreateTable
CREATE TABLE "activity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "setKey" TEXT NOT NULL,
    "promiseIds" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "time" TEXT,
    "place" TEXT,
    "count" INTEGER NOT NULL,
    "partners" TEXT NOT NULL,
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

-- CreateTable
CREATE TABLE "ledger_revision" (
    "setKey" TEXT NOT NULL PRIMARY KEY,
    "revision" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL,
    "actor" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT
);

-- CreateTable
CREATE TABLE "run_claim" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "claimedBy" TEXT NOT NULL,
    "claimedAt" DATETIME NOT NULL,
    "sentAt" DATETIME
);

-- CreateIndex
CREATE INDEX "channel_binding_setKey_idx" ON "channel_binding"("setKey");

-- CreateIndex
CREATE INDEX "activity_setKey_createdRevision_idx" ON "activity"("setKey", "createdRevision");

-- CreateIndex
CREATE INDEX "activity_setKey_undoneRevision_idx" ON "activity"("setKey", "undoneRevision");

-- CreateIndex
CREATE INDEX "activity_setKey_userId_createdRevision_idx" ON "activity"("setKey", "userId", "createdRevision");

-- CreateIndex
CREATE INDEX "activity_userId_loggedAt_idx" ON "activity"("userId", "loggedAt");

-- CreateIndex
CREATE INDEX "activity_dedupeKey_loggedAt_idx" ON "activity"("dedupeKey", "loggedAt");

-- CreateIndex
CREATE INDEX "audit_entry_at_idx" ON "audit_entry"("at");
