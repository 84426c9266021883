-- AlterTable
ALTER TABLE "audit_entry" ADD COLUMN "hash" TEXT;
ALTER TABLE "audit_entry" ADD COLUMN "prevHash" TEXT;
ALTER TABLE "audit_entry" ADD COLUMN "seq" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "audit_entry_seq_key" ON "audit_entry"("seq");

-- Written by hand. The audit trail is append-only: no UPDATE or DELETE reaches a row.
CREATE TRIGGER "audit_entry_no_update" BEFORE UPDATE ON "audit_entry"
BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only: UPDATE refused'); END;
CREATE TRIGGER "audit_entry_no_delete" BEFORE DELETE ON "audit_entry"
BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only: DELETE refused'); END;
