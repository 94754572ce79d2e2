-- CreateEnum
CREATE TYPE "AuditReportStatus" AS ENUM ('DRAF', 'DISETUJUI', 'DITERIMA');

-- AlterTable
ALTER TABLE "Audit" ADD COLUMN     "reportLockedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ChecklistEvidence" (
    "id" TEXT NOT NULL,
    "checklistItemId" TEXT NOT NULL,
    "attachmentId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChecklistEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditReport" (
    "id" TEXT NOT NULL,
    "auditId" TEXT NOT NULL,
    "status" "AuditReportStatus" NOT NULL DEFAULT 'DRAF',
    "summary" TEXT,
    "strengths" TEXT,
    "conclusion" TEXT,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "receivedById" TEXT,
    "receivedAt" TIMESTAMP(3),
    "lastEditedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuditReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditReportAcknowledgment" (
    "reportId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "userName" TEXT NOT NULL,
    "note" TEXT,
    "acknowledgedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditReportAcknowledgment_pkey" PRIMARY KEY ("reportId","unitId")
);

-- CreateIndex
CREATE INDEX "ChecklistEvidence_checklistItemId_idx" ON "ChecklistEvidence"("checklistItemId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditReport_auditId_key" ON "AuditReport"("auditId");

-- AddForeignKey
ALTER TABLE "ChecklistEvidence" ADD CONSTRAINT "ChecklistEvidence_checklistItemId_fkey" FOREIGN KEY ("checklistItemId") REFERENCES "ChecklistItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistEvidence" ADD CONSTRAINT "ChecklistEvidence_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditReport" ADD CONSTRAINT "AuditReport_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditReportAcknowledgment" ADD CONSTRAINT "AuditReportAcknowledgment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AuditReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
