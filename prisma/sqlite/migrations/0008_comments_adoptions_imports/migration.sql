-- CreateTable
CREATE TABLE "promise_comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "setKey" TEXT NOT NULL,
    "promiseId" TEXT NOT NULL,
    "partSlug" TEXT,
    "partLabel" TEXT,
    "text" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "date" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "report_adoption" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "setKey" TEXT NOT NULL,
    "partSlug" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "date" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "imported_row" (
    "setKey" TEXT NOT NULL,
    "rowKey" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,

    PRIMARY KEY ("setKey", "rowKey")
);

-- CreateIndex
CREATE INDEX "promise_comment_setKey_at_idx" ON "promise_comment"("setKey", "at");

-- CreateIndex
CREATE UNIQUE INDEX "report_adoption_setKey_partSlug_key" ON "report_adoption"("setKey", "partSlug");
