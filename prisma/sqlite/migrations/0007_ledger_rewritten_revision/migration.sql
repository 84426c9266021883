-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ledger_revision" (
    "setKey" TEXT NOT NULL PRIMARY KEY,
    "revision" INTEGER NOT NULL,
    "rewrittenRevision" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_ledger_revision" ("revision", "setKey") SELECT "revision", "setKey" FROM "ledger_revision";
DROP TABLE "ledger_revision";
ALTER TABLE "new_ledger_revision" RENAME TO "ledger_revision";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
