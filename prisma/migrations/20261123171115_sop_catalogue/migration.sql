-- CreateTable
CREATE TABLE "Sop" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "number" TEXT,
    "title" TEXT NOT NULL,
    "titleKey" TEXT NOT NULL,
    "numberKey" TEXT NOT NULL DEFAULT '',
    "currentRevisionNo" INTEGER NOT NULL,
    "stepCount" INTEGER NOT NULL,
    "totalMinutes" INTEGER NOT NULL,
    "unknownTimeSteps" INTEGER NOT NULL DEFAULT 0,
    "searchText" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Sop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SopRevision" (
    "id" TEXT NOT NULL,
    "sopId" TEXT NOT NULL,
    "revisionNo" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceName" TEXT,
    "reason" TEXT,
    "warnings" JSONB,
    "createdById" TEXT,
    "createdBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SopRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SopLink" (
    "id" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "toId" TEXT,

    CONSTRAINT "SopLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Sop_titleKey_idx" ON "Sop"("titleKey");

-- CreateIndex
CREATE UNIQUE INDEX "Sop_unitId_numberKey_titleKey_key" ON "Sop"("unitId", "numberKey", "titleKey");

-- CreateIndex
CREATE UNIQUE INDEX "SopRevision_sopId_revisionNo_key" ON "SopRevision"("sopId", "revisionNo");

-- CreateIndex
CREATE INDEX "SopLink_toId_idx" ON "SopLink"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "SopLink_fromId_position_key" ON "SopLink"("fromId", "position");

-- AddForeignKey
ALTER TABLE "Sop" ADD CONSTRAINT "Sop_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SopRevision" ADD CONSTRAINT "SopRevision_sopId_fkey" FOREIGN KEY ("sopId") REFERENCES "Sop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SopLink" ADD CONSTRAINT "SopLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Sop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SopLink" ADD CONSTRAINT "SopLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Sop"("id") ON DELETE SET NULL ON UPDATE CASCADE;
