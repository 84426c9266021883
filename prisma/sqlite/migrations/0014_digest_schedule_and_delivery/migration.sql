-- AlterTable
ALTER TABLE "run_claim" ADD COLUMN "messageId" TEXT;
ALTER TABLE "run_claim" ADD COLUMN "postingAt" DATETIME;

-- AlterTable
ALTER TABLE "channel_binding" ADD COLUMN "digestWeekday" INTEGER;
ALTER TABLE "channel_binding" ADD COLUMN "digestTime" TEXT;
ALTER TABLE "channel_binding" ADD COLUMN "digestOff" BOOLEAN NOT NULL DEFAULT false;
