-- CreateTable
CREATE TABLE "promise_comment" (
    "id" TEXT NOT NULL,
    "setKey" TEXT NOT NULL,
    "promiseId" TEXT NOT NULL,
    "partSlug" TEXT,
    "partLabel" TEXT,
    "text" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "date" TEXT NOT NULL,

    CONSTRAINT "promise_comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_adoption" (
    "id" TEXT NOT NULL,
    "setKey" TEXT NOT NULL,
    "partSlug" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "date" TEXT NOT NULL,

    CONSTRAINT "report_adoption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "imported_row" (
    "setKey" TEXT NOT NULL,
    "rowKey" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "imported_row_pkey" PRIMARY KEY ("setKey","rowKey")
);

-- CreateIndex
CREATE INDEX "promise_comment_setKey_at_idx" ON "promise_comment"("setKey", "at");

-- CreateIndex
CREATE UNIQUE INDEX "report_adoption_setKey_partSlug_key" ON "report_adoption"("setKey", "partSlug");
