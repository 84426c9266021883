-- CreateTable
CREATE TABLE "judgement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "setKey" TEXT NOT NULL,
    "promiseId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "reason" TEXT,
    "userId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "date" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "judgement_setKey_at_idx" ON "judgement"("setKey", "at");
