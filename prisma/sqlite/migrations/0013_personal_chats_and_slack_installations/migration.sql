-- CreateTable
CREATE TABLE "personal_chat" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "slack_installation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT,
    "enterpriseId" TEXT,
    "isEnterpriseInstall" BOOLEAN NOT NULL,
    "installation" TEXT NOT NULL,
    "installedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "slack_installation_enterpriseId_idx" ON "slack_installation"("enterpriseId");

-- CreateIndex
CREATE INDEX "slack_installation_teamId_idx" ON "slack_installation"("teamId");
