-- AlterTable
ALTER TABLE "promise_comment" ADD COLUMN "userName" TEXT;
