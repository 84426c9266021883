-- CreateTable
CREATE TABLE "judgement" (
    "id" TEXT NOT NULL,
    "setKey" TEXT NOT NULL,
    "promiseId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "reason" TEXT,
    "userId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "date" TEXT NOT NULL,

    CONSTRAINT "judgement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "judgement_setKey_at_idx" ON "judgement"("setKey", "at");
