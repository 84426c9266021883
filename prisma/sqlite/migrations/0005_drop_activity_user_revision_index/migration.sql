-- DropIndex
DROP INDEX "activity_setKey_userId_createdRevision_idx";
