-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_report_adoption" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "setKey" TEXT NOT NULL,
    "partSlug" TEXT NOT NULL,
    "partLabel" TEXT NOT NULL DEFAULT '',
    "userId" TEXT NOT NULL,
    "userName" TEXT,
    "at" DATETIME NOT NULL,
    "date" TEXT NOT NULL
);
INSERT INTO "new_report_adoption" ("at", "date", "id", "partSlug", "setKey", "userId") SELECT "at", "date", "id", "partSlug", "setKey", "userId" FROM "report_adoption";
DROP TABLE "report_adoption";
ALTER TABLE "new_report_adoption" RENAME TO "report_adoption";
CREATE UNIQUE INDEX "report_adoption_setKey_partSlug_key" ON "report_adoption"("setKey", "partSlug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
