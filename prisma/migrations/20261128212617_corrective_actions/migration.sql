-- CreateEnum
CREATE TYPE "CorrectiveActionStatus" AS ENUM ('TERBUKA', 'RENCANA_DIAJUKAN', 'RENCANA_DISETUJUI', 'DILAKSANAKAN', 'VERIFIKASI', 'DITUTUP', 'TIDAK_EFEKTIF');

-- CreateEnum
CREATE TYPE "FishboneCategory" AS ENUM ('MANUSIA', 'METODE', 'MATERIAL', 'MESIN', 'LINGKUNGAN', 'PENGUKURAN');

-- CreateEnum
CREATE TYPE "CorrectiveActionItemStatus" AS ENUM ('BELUM', 'SELESAI');

-- CreateTable
CREATE TABLE "CorrectiveAction" (
    "id" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "round" INTEGER NOT NULL DEFAULT 1,
    "unitId" TEXT NOT NULL,
    "status" "CorrectiveActionStatus" NOT NULL DEFAULT 'TERBUKA',
    "correction" TEXT,
    "whys" TEXT[],
    "dueDate" DATE NOT NULL,
    "returnNote" TEXT,
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "implementedById" TEXT,
    "implementedAt" TIMESTAMP(3),
    "verifiedById" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "verificationNote" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "lastEditedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CorrectiveAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorrectiveActionCause" (
    "id" TEXT NOT NULL,
    "correctiveActionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "category" "FishboneCategory",
    "description" TEXT NOT NULL,

    CONSTRAINT "CorrectiveActionCause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorrectiveActionItem" (
    "id" TEXT NOT NULL,
    "correctiveActionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "picId" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "sopId" TEXT,
    "status" "CorrectiveActionItemStatus" NOT NULL DEFAULT 'BELUM',
    "implementationNote" TEXT,
    "doneById" TEXT,
    "doneAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CorrectiveActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorrectiveActionEvidence" (
    "itemId" TEXT NOT NULL,
    "attachmentId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CorrectiveActionEvidence_pkey" PRIMARY KEY ("itemId","attachmentId")
);

-- CreateTable
CREATE TABLE "CorrectiveActionSetting" (
    "agencyId" TEXT NOT NULL,
    "dueDaysMayor" INTEGER NOT NULL DEFAULT 30,
    "dueDaysMinor" INTEGER NOT NULL DEFAULT 60,
    "waitDaysMayor" INTEGER NOT NULL DEFAULT 14,
    "waitDaysMinor" INTEGER NOT NULL DEFAULT 7,
    "lastEditedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CorrectiveActionSetting_pkey" PRIMARY KEY ("agencyId")
);

-- CreateIndex
CREATE INDEX "CorrectiveAction_unitId_status_idx" ON "CorrectiveAction"("unitId", "status");

-- CreateIndex
CREATE INDEX "CorrectiveAction_dueDate_idx" ON "CorrectiveAction"("dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "CorrectiveAction_findingId_round_key" ON "CorrectiveAction"("findingId", "round");

-- CreateIndex
CREATE INDEX "CorrectiveActionCause_correctiveActionId_idx" ON "CorrectiveActionCause"("correctiveActionId");

-- CreateIndex
CREATE INDEX "CorrectiveActionItem_correctiveActionId_idx" ON "CorrectiveActionItem"("correctiveActionId");

-- CreateIndex
CREATE INDEX "CorrectiveActionItem_picId_idx" ON "CorrectiveActionItem"("picId");

-- AddForeignKey
ALTER TABLE "CorrectiveAction" ADD CONSTRAINT "CorrectiveAction_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectiveAction" ADD CONSTRAINT "CorrectiveAction_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectiveActionCause" ADD CONSTRAINT "CorrectiveActionCause_correctiveActionId_fkey" FOREIGN KEY ("correctiveActionId") REFERENCES "CorrectiveAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectiveActionItem" ADD CONSTRAINT "CorrectiveActionItem_correctiveActionId_fkey" FOREIGN KEY ("correctiveActionId") REFERENCES "CorrectiveAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectiveActionItem" ADD CONSTRAINT "CorrectiveActionItem_picId_fkey" FOREIGN KEY ("picId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectiveActionItem" ADD CONSTRAINT "CorrectiveActionItem_sopId_fkey" FOREIGN KEY ("sopId") REFERENCES "Sop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectiveActionEvidence" ADD CONSTRAINT "CorrectiveActionEvidence_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CorrectiveActionItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectiveActionEvidence" ADD CONSTRAINT "CorrectiveActionEvidence_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectiveActionSetting" ADD CONSTRAINT "CorrectiveActionSetting_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
