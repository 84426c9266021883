-- AlterTable
ALTER TABLE "ledger_revision" ADD COLUMN     "rewrittenRevision" INTEGER NOT NULL DEFAULT 0;
