-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('KEBIJAKAN_MUTU', 'MANUAL_MUTU', 'PROSEDUR', 'INSTRUKSI_KERJA', 'FORMULIR', 'REKAMAN', 'DOKUMEN_EKSTERNAL');

-- CreateEnum
CREATE TYPE "DocumentAccess" AS ENUM ('BEBAS', 'TERBATAS', 'RAHASIA');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('AKTIF', 'DITARIK', 'DIMUSNAHKAN', 'DISERAHKAN');

-- CreateEnum
CREATE TYPE "DocumentRevisionStatus" AS ENUM ('DRAF', 'DIAJUKAN', 'DIPERIKSA', 'DIKEMBALIKAN', 'DISAHKAN', 'BERLAKU', 'KADALUARSA', 'DIBATALKAN');

-- CreateEnum
CREATE TYPE "FinalDisposition" AS ENUM ('MUSNAH', 'PERMANEN');

-- CreateEnum
CREATE TYPE "DocumentReviewOutcome" AS ENUM ('MASIH_SESUAI', 'REVISI', 'TARIK');

-- CreateEnum
CREATE TYPE "DestructionStatus" AS ENUM ('DRAF', 'DIAJUKAN', 'DIKEMBALIKAN', 'DISETUJUI', 'DILAKSANAKAN', 'DIBATALKAN');

-- CreateEnum
CREATE TYPE "ArchiveLoanStatus" AS ENUM ('DIAJUKAN', 'DIPINJAM', 'DIKEMBALIKAN', 'DITOLAK');

-- AlterTable
ALTER TABLE "Attachment" ALTER COLUMN "data" DROP NOT NULL;

-- CreateTable
CREATE TABLE "DocumentSetting" (
    "agencyId" TEXT NOT NULL,
    "codePatterns" JSONB NOT NULL DEFAULT '{}',
    "delegateApproverId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentSetting_pkey" PRIMARY KEY ("agencyId")
);

-- CreateTable
CREATE TABLE "ControlledDocument" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "type" "DocumentType" NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "access" "DocumentAccess" NOT NULL DEFAULT 'TERBATAS',
    "sopId" TEXT,
    "retentionActiveYears" INTEGER NOT NULL,
    "retentionInactiveYears" INTEGER NOT NULL,
    "finalDisposition" "FinalDisposition" NOT NULL,
    "reviewIntervalMonths" INTEGER NOT NULL,
    "status" "DocumentStatus" NOT NULL DEFAULT 'AKTIF',
    "currentRevisionNo" INTEGER,
    "firstEffectiveAt" DATE,
    "lastReviewedAt" DATE,
    "nextReviewAt" DATE,
    "withdrawnAt" DATE,
    "retentionEndsAt" DATE,
    "destructionId" TEXT,
    "handedOverAt" TIMESTAMP(3),
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ControlledDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentRevision" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "revisionNo" INTEGER NOT NULL,
    "status" "DocumentRevisionStatus" NOT NULL DEFAULT 'DRAF',
    "fileId" TEXT,
    "text" TEXT,
    "sopContent" JSONB,
    "changeReason" TEXT NOT NULL,
    "changedParts" TEXT,
    "requestedById" TEXT,
    "requestedBy" TEXT,
    "effectiveDate" DATE,
    "returnNote" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "checkedAt" TIMESTAMP(3),
    "checkedById" TEXT,
    "checkedBy" TEXT,
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "approvedBy" TEXT,
    "effectiveAt" TIMESTAMP(3),
    "obsoleteAt" TIMESTAMP(3),
    "purgedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "lastEditedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentDistribution" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "copyNo" INTEGER NOT NULL,
    "unitId" TEXT,
    "userId" TEXT,
    "distributedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "distributedById" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,
    "withdrawNote" TEXT,

    CONSTRAINT "DocumentDistribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentAcknowledgment" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "distributionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),

    CONSTRAINT "DocumentAcknowledgment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentReview" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "revisionNo" INTEGER,
    "reviewedOn" DATE NOT NULL,
    "reviewerId" TEXT,
    "reviewer" TEXT NOT NULL,
    "outcome" "DocumentReviewOutcome" NOT NULL,
    "note" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentDestruction" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "status" "DestructionStatus" NOT NULL DEFAULT 'DRAF',
    "method" TEXT,
    "place" TEXT,
    "destroyedOn" DATE,
    "witnesses" JSONB NOT NULL DEFAULT '[]',
    "note" TEXT,
    "returnNote" TEXT,
    "createdById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "approvedBy" TEXT,
    "executedAt" TIMESTAMP(3),
    "executedById" TEXT,
    "lastEditedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentDestruction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArchiveLoan" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "documentId" TEXT,
    "archiveTitle" TEXT NOT NULL,
    "agendaNo" TEXT NOT NULL,
    "controlCardNo" TEXT,
    "borrowerId" TEXT NOT NULL,
    "borrowerUnitId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "status" "ArchiveLoanStatus" NOT NULL DEFAULT 'DIAJUKAN',
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outAt" TIMESTAMP(3),
    "dueDate" DATE,
    "returnedAt" TIMESTAMP(3),
    "issuedById" TEXT,
    "receivedById" TEXT,
    "borrowerAckAt" TIMESTAMP(3),
    "returnCondition" TEXT,
    "refuseNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArchiveLoan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ControlledDocument_sopId_key" ON "ControlledDocument"("sopId");

-- CreateIndex
CREATE INDEX "ControlledDocument_unitId_idx" ON "ControlledDocument"("unitId");

-- CreateIndex
CREATE INDEX "ControlledDocument_nextReviewAt_idx" ON "ControlledDocument"("nextReviewAt");

-- CreateIndex
CREATE INDEX "ControlledDocument_retentionEndsAt_idx" ON "ControlledDocument"("retentionEndsAt");

-- CreateIndex
CREATE UNIQUE INDEX "ControlledDocument_agencyId_code_key" ON "ControlledDocument"("agencyId", "code");

-- CreateIndex
CREATE INDEX "DocumentRevision_status_idx" ON "DocumentRevision"("status");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRevision_documentId_revisionNo_key" ON "DocumentRevision"("documentId", "revisionNo");

-- CreateIndex
CREATE INDEX "DocumentDistribution_documentId_idx" ON "DocumentDistribution"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentDistribution_revisionId_copyNo_key" ON "DocumentDistribution"("revisionId", "copyNo");

-- CreateIndex
CREATE INDEX "DocumentAcknowledgment_userId_acknowledgedAt_idx" ON "DocumentAcknowledgment"("userId", "acknowledgedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentAcknowledgment_revisionId_userId_key" ON "DocumentAcknowledgment"("revisionId", "userId");

-- CreateIndex
CREATE INDEX "DocumentReview_documentId_idx" ON "DocumentReview"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentDestruction_agencyId_number_key" ON "DocumentDestruction"("agencyId", "number");

-- CreateIndex
CREATE INDEX "ArchiveLoan_status_dueDate_idx" ON "ArchiveLoan"("status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "ArchiveLoan_agencyId_agendaNo_key" ON "ArchiveLoan"("agencyId", "agendaNo");

-- AddForeignKey
ALTER TABLE "DocumentSetting" ADD CONSTRAINT "DocumentSetting_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentSetting" ADD CONSTRAINT "DocumentSetting_delegateApproverId_fkey" FOREIGN KEY ("delegateApproverId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlledDocument" ADD CONSTRAINT "ControlledDocument_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlledDocument" ADD CONSTRAINT "ControlledDocument_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlledDocument" ADD CONSTRAINT "ControlledDocument_sopId_fkey" FOREIGN KEY ("sopId") REFERENCES "Sop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlledDocument" ADD CONSTRAINT "ControlledDocument_destructionId_fkey" FOREIGN KEY ("destructionId") REFERENCES "DocumentDestruction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRevision" ADD CONSTRAINT "DocumentRevision_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ControlledDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRevision" ADD CONSTRAINT "DocumentRevision_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "Attachment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentDistribution" ADD CONSTRAINT "DocumentDistribution_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ControlledDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentDistribution" ADD CONSTRAINT "DocumentDistribution_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "DocumentRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentDistribution" ADD CONSTRAINT "DocumentDistribution_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentDistribution" ADD CONSTRAINT "DocumentDistribution_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentAcknowledgment" ADD CONSTRAINT "DocumentAcknowledgment_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ControlledDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentAcknowledgment" ADD CONSTRAINT "DocumentAcknowledgment_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "DocumentRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentAcknowledgment" ADD CONSTRAINT "DocumentAcknowledgment_distributionId_fkey" FOREIGN KEY ("distributionId") REFERENCES "DocumentDistribution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentAcknowledgment" ADD CONSTRAINT "DocumentAcknowledgment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentReview" ADD CONSTRAINT "DocumentReview_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ControlledDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentDestruction" ADD CONSTRAINT "DocumentDestruction_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArchiveLoan" ADD CONSTRAINT "ArchiveLoan_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArchiveLoan" ADD CONSTRAINT "ArchiveLoan_borrowerUnitId_fkey" FOREIGN KEY ("borrowerUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArchiveLoan" ADD CONSTRAINT "ArchiveLoan_borrowerId_fkey" FOREIGN KEY ("borrowerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArchiveLoan" ADD CONSTRAINT "ArchiveLoan_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ControlledDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- One revision in force and at most one pending revision per document (the one revision model).
CREATE UNIQUE INDEX "DocumentRevision_one_in_force" ON "DocumentRevision" ("documentId") WHERE "status" = 'BERLAKU';
CREATE UNIQUE INDEX "DocumentRevision_one_pending" ON "DocumentRevision" ("documentId")
  WHERE "status" IN ('DRAF', 'DIAJUKAN', 'DIPERIKSA', 'DIKEMBALIKAN', 'DISAHKAN');
-- One open wajib-baca copy per unit or person and revision.
CREATE UNIQUE INDEX "DocumentDistribution_open_user" ON "DocumentDistribution" ("revisionId", "userId") WHERE "withdrawnAt" IS NULL AND "userId" IS NOT NULL;
CREATE UNIQUE INDEX "DocumentDistribution_open_unit" ON "DocumentDistribution" ("revisionId", "unitId") WHERE "withdrawnAt" IS NULL AND "unitId" IS NOT NULL;
