-- AlterTable
ALTER TABLE "channel_role" ADD COLUMN "name" TEXT;
