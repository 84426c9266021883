-- AlterTable
ALTER TABLE "activity" ADD COLUMN     "methods" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "targetGroups" TEXT NOT NULL DEFAULT '[]';
