-- AlterTable
ALTER TABLE "channel_binding" ADD COLUMN     "digestOff" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "digestTime" TEXT,
ADD COLUMN     "digestWeekday" INTEGER;

-- AlterTable
ALTER TABLE "run_claim" ADD COLUMN     "messageId" TEXT,
ADD COLUMN     "postingAt" TIMESTAMP(3);
