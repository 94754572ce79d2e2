-- CreateEnum
CREATE TYPE "CompetenceKind" AS ENUM ('PELATIHAN', 'SERTIFIKAT');

-- AlterTable
ALTER TABLE "Audit" ADD COLUMN     "programmeId" TEXT,
ADD COLUMN     "roundId" TEXT;

-- CreateTable
CREATE TABLE "AuditProgramme" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "objectives" TEXT NOT NULL,
    "status" "RevisionStatus" NOT NULL DEFAULT 'DRAF',
    "returnNote" TEXT,
    "reopenReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "approvedBy" TEXT,
    "copiedFromId" TEXT,
    "createdById" TEXT,
    "lastEditedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuditProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditRound" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "roundNo" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "startMonth" INTEGER NOT NULL,
    "endMonth" INTEGER NOT NULL,
    "clauses" TEXT[],
    "focus" TEXT,

    CONSTRAINT "AuditRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditRoundUnit" (
    "roundId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "AuditRoundUnit_pkey" PRIMARY KEY ("roundId","unitId")
);

-- CreateTable
CREATE TABLE "AuditRoundSop" (
    "roundId" TEXT NOT NULL,
    "sopId" TEXT NOT NULL,

    CONSTRAINT "AuditRoundSop_pkey" PRIMARY KEY ("roundId","sopId")
);

-- CreateTable
CREATE TABLE "AuditorCompetence" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "CompetenceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "provider" TEXT,
    "issuedOn" DATE NOT NULL,
    "validUntil" DATE,
    "internalAuditor" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "attachmentId" TEXT,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuditorCompetence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditProgramme_agencyId_year_idx" ON "AuditProgramme"("agencyId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "AuditRound_programmeId_roundNo_key" ON "AuditRound"("programmeId", "roundNo");

-- CreateIndex
CREATE INDEX "AuditRoundUnit_unitId_idx" ON "AuditRoundUnit"("unitId");

-- CreateIndex
CREATE INDEX "AuditRoundSop_sopId_idx" ON "AuditRoundSop"("sopId");

-- CreateIndex
CREATE INDEX "AuditorCompetence_userId_idx" ON "AuditorCompetence"("userId");

-- CreateIndex
CREATE INDEX "Audit_programmeId_idx" ON "Audit"("programmeId");

-- CreateIndex
CREATE INDEX "Audit_roundId_idx" ON "Audit"("roundId");

-- AddForeignKey
ALTER TABLE "Audit" ADD CONSTRAINT "Audit_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "AuditProgramme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Audit" ADD CONSTRAINT "Audit_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AuditRound"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditProgramme" ADD CONSTRAINT "AuditProgramme_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditRound" ADD CONSTRAINT "AuditRound_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "AuditProgramme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditRoundUnit" ADD CONSTRAINT "AuditRoundUnit_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AuditRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditRoundUnit" ADD CONSTRAINT "AuditRoundUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditRoundSop" ADD CONSTRAINT "AuditRoundSop_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AuditRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditRoundSop" ADD CONSTRAINT "AuditRoundSop_sopId_fkey" FOREIGN KEY ("sopId") REFERENCES "Sop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditorCompetence" ADD CONSTRAINT "AuditorCompetence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditorCompetence" ADD CONSTRAINT "AuditorCompetence_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- One programme per agency and year; a discarded one does not block starting again.
CREATE UNIQUE INDEX "AuditProgramme_one_per_year" ON "AuditProgramme" ("agencyId", "year") WHERE "status" <> 'DIBATALKAN';
