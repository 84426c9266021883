-- AlterTable
ALTER TABLE "channel_binding" ADD COLUMN     "boundBy" TEXT,
ADD COLUMN     "healthCode" TEXT,
ADD COLUMN     "healthReason" TEXT,
ADD COLUMN     "healthSince" TIMESTAMP(3),
ADD COLUMN     "healthState" TEXT;

-- AlterTable
ALTER TABLE "run_claim" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "failedAt" TIMESTAMP(3),
ADD COLUMN     "failure" TEXT,
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3);
