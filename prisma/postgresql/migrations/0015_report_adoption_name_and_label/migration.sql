-- AlterTable
ALTER TABLE "report_adoption" ADD COLUMN     "partLabel" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "userName" TEXT;
