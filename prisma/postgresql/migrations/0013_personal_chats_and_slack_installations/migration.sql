-- CreateTable
CREATE TABLE "personal_chat" (
    "userId" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "personal_chat_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "slack_installation" (
    "id" TEXT NOT NULL,
    "teamId" TEXT,
    "enterpriseId" TEXT,
    "isEnterpriseInstall" BOOLEAN NOT NULL,
    "installation" TEXT NOT NULL,
    "installedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "slack_installation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "slack_installation_enterpriseId_idx" ON "slack_installation"("enterpriseId");

-- CreateIndex
CREATE INDEX "slack_installation_teamId_idx" ON "slack_installation"("teamId");
