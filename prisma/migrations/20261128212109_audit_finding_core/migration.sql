-- CreateEnum
CREATE TYPE "AuditType" AS ENUM ('INTERNAL', 'TINDAK_LANJUT', 'EKSTERNAL');

-- CreateEnum
CREATE TYPE "AuditStatus" AS ENUM ('DIRENCANAKAN', 'PERSIAPAN', 'PELAKSANAAN', 'PELAPORAN', 'SELESAI', 'DIBATALKAN');

-- CreateEnum
CREATE TYPE "AuditTeamRole" AS ENUM ('KETUA', 'ANGGOTA');

-- CreateEnum
CREATE TYPE "ChecklistItemKind" AS ENUM ('KLAUSUL', 'LANGKAH_SOP', 'PENCATATAN', 'TAMBAHAN');

-- CreateEnum
CREATE TYPE "ChecklistAnswer" AS ENUM ('SESUAI', 'KTS_MAYOR', 'KTS_MINOR', 'OBSERVASI', 'TIDAK_BERLAKU');

-- CreateEnum
CREATE TYPE "FindingSource" AS ENUM ('AUDIT_INTERNAL', 'AUDIT_EKSTERNAL', 'PENGADUAN', 'SASARAN_MUTU', 'TINJAUAN_MANAJEMEN', 'MANDIRI');

-- CreateEnum
CREATE TYPE "FindingCategory" AS ENUM ('KTS_MAYOR', 'KTS_MINOR', 'OBSERVASI');

-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('TERBUKA', 'DISANGGAH', 'DITERIMA', 'DITUTUP', 'DICABUT');

-- CreateTable
CREATE TABLE "IsoClause" (
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "mainCode" TEXT NOT NULL,
    "questions" TEXT[],
    "position" INTEGER NOT NULL,

    CONSTRAINT "IsoClause_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Audit" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "type" "AuditType" NOT NULL DEFAULT 'INTERNAL',
    "title" TEXT NOT NULL,
    "objectives" TEXT NOT NULL,
    "criteria" TEXT NOT NULL,
    "clauses" TEXT[],
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "place" TEXT,
    "status" "AuditStatus" NOT NULL DEFAULT 'DIRENCANAKAN',
    "cancelReason" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "lastEditedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Audit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditUnit" (
    "auditId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "representative" TEXT,

    CONSTRAINT "AuditUnit_pkey" PRIMARY KEY ("auditId","unitId")
);

-- CreateTable
CREATE TABLE "AuditSop" (
    "auditId" TEXT NOT NULL,
    "sopId" TEXT NOT NULL,

    CONSTRAINT "AuditSop_pkey" PRIMARY KEY ("auditId","sopId")
);

-- CreateTable
CREATE TABLE "AuditTeamMember" (
    "auditId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "AuditTeamRole" NOT NULL DEFAULT 'ANGGOTA',
    "crossAgency" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditTeamMember_pkey" PRIMARY KEY ("auditId","userId")
);

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" TEXT NOT NULL,
    "auditId" TEXT NOT NULL,
    "unitId" TEXT,
    "position" INTEGER NOT NULL,
    "kind" "ChecklistItemKind" NOT NULL,
    "question" TEXT NOT NULL,
    "clauseCode" TEXT,
    "sopId" TEXT,
    "sopStepNo" INTEGER,
    "answer" "ChecklistAnswer",
    "evidenceNote" TEXT,
    "samplePopulation" TEXT,
    "sampleMethod" TEXT,
    "sampleSize" INTEGER,
    "sampleItems" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "source" "FindingSource" NOT NULL,
    "category" "FindingCategory" NOT NULL,
    "statement" TEXT NOT NULL,
    "location" TEXT,
    "sopId" TEXT,
    "sopStepNo" INTEGER,
    "evidence" TEXT NOT NULL,
    "clauseCode" TEXT,
    "reference" TEXT,
    "auditId" TEXT,
    "checklistItemId" TEXT,
    "objectiveId" TEXT,
    "measurementPeriod" INTEGER,
    "status" "FindingStatus" NOT NULL DEFAULT 'TERBUKA',
    "raisedById" TEXT,
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueDate" DATE,
    "createdById" TEXT,
    "lastEditedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IsoClause_mainCode_idx" ON "IsoClause"("mainCode");

-- CreateIndex
CREATE INDEX "Audit_agencyId_status_idx" ON "Audit"("agencyId", "status");

-- CreateIndex
CREATE INDEX "Audit_startDate_idx" ON "Audit"("startDate");

-- CreateIndex
CREATE UNIQUE INDEX "Audit_agencyId_number_key" ON "Audit"("agencyId", "number");

-- CreateIndex
CREATE INDEX "AuditUnit_unitId_idx" ON "AuditUnit"("unitId");

-- CreateIndex
CREATE INDEX "AuditSop_sopId_idx" ON "AuditSop"("sopId");

-- CreateIndex
CREATE INDEX "AuditTeamMember_userId_idx" ON "AuditTeamMember"("userId");

-- CreateIndex
CREATE INDEX "ChecklistItem_auditId_position_idx" ON "ChecklistItem"("auditId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Finding_checklistItemId_key" ON "Finding"("checklistItemId");

-- CreateIndex
CREATE INDEX "Finding_unitId_status_idx" ON "Finding"("unitId", "status");

-- CreateIndex
CREATE INDEX "Finding_auditId_idx" ON "Finding"("auditId");

-- CreateIndex
CREATE INDEX "Finding_sopId_idx" ON "Finding"("sopId");

-- CreateIndex
CREATE UNIQUE INDEX "Finding_agencyId_number_key" ON "Finding"("agencyId", "number");

-- AddForeignKey
ALTER TABLE "Audit" ADD CONSTRAINT "Audit_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditUnit" ADD CONSTRAINT "AuditUnit_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditUnit" ADD CONSTRAINT "AuditUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditSop" ADD CONSTRAINT "AuditSop_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditSop" ADD CONSTRAINT "AuditSop_sopId_fkey" FOREIGN KEY ("sopId") REFERENCES "Sop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditTeamMember" ADD CONSTRAINT "AuditTeamMember_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditTeamMember" ADD CONSTRAINT "AuditTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_sopId_fkey" FOREIGN KEY ("sopId") REFERENCES "Sop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_sopId_fkey" FOREIGN KEY ("sopId") REFERENCES "Sop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_checklistItemId_fkey" FOREIGN KEY ("checklistItemId") REFERENCES "ChecklistItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "QualityObjective"("id") ON DELETE SET NULL ON UPDATE CASCADE;
