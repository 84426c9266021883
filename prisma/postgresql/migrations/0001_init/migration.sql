-- CreateTable
CREATE TABLE "promise_set" (
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL,
    "importedBy" TEXT NOT NULL,

    CONSTRAINT "promise_set_pkey" PRIMARY KEY ("key","version")
);

-- CreateTable
CREATE TABLE "channel_binding" (
    "channelId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "setKey" TEXT NOT NULL,
    "postTarget" TEXT,
    "boundAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "channel_binding_pkey" PRIMARY KEY ("channelId")
);

-- CreateTable
CREATE TABLE "channel_role" (
    "channelId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "setAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "channel_role_pkey" PRIMARY KEY ("channelId","userId")
);

-- CreateTable
CREATE TABLE "activity" (
    "id" TEXT NOT NULL,
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
    "loggedAt" TIMESTAMP(3) NOT NULL,
    "createdRevision" INTEGER NOT NULL,
    "undoneAt" TIMESTAMP(3),
    "undoneBy" TEXT,
    "undoneRevision" INTEGER,
    "dedupeKey" TEXT,

    CONSTRAINT "activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger_revision" (
    "setKey" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,

    CONSTRAINT "ledger_revision_pkey" PRIMARY KEY ("setKey")
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actor" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "run_claim" (
    "key" TEXT NOT NULL,
    "claimedBy" TEXT NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "run_claim_pkey" PRIMARY KEY ("key")
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
