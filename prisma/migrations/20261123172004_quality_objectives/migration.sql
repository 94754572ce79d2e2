-- CreateEnum
CREATE TYPE "PolicyStatus" AS ENUM ('DRAF', 'DIAJUKAN', 'DIKEMBALIKAN', 'DISETUJUI', 'DIGANTIKAN');

-- CreateEnum
CREATE TYPE "ObjectiveStatus" AS ENUM ('DRAF', 'DIAJUKAN', 'DIKEMBALIKAN', 'DISETUJUI', 'DITUTUP');

-- CreateEnum
CREATE TYPE "Perspective" AS ENUM ('PELANGGAN', 'PROSES_INTERNAL', 'PEMBELAJARAN', 'KEUANGAN');

-- CreateEnum
CREATE TYPE "TargetDirection" AS ENUM ('MINIMAL', 'MAKSIMAL', 'TEPAT', 'RENTANG');

-- CreateEnum
CREATE TYPE "MeasurementFrequency" AS ENUM ('BULANAN', 'TRIWULANAN', 'SEMESTERAN', 'TAHUNAN');

-- CreateTable
CREATE TABLE "QualityPolicy" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "commitments" TEXT[],
    "status" "PolicyStatus" NOT NULL DEFAULT 'DRAF',
    "returnNote" TEXT,
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "approvedBy" TEXT,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QualityPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QualityObjective" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "perspective" "Perspective" NOT NULL,
    "indicator" TEXT NOT NULL,
    "formula" TEXT,
    "measureUnit" TEXT NOT NULL,
    "direction" "TargetDirection" NOT NULL,
    "target" DOUBLE PRECISION,
    "targetLow" DOUBLE PRECISION,
    "targetHigh" DOUBLE PRECISION,
    "baseline" DOUBLE PRECISION,
    "frequency" "MeasurementFrequency" NOT NULL,
    "ownerId" TEXT NOT NULL,
    "dataSource" TEXT NOT NULL,
    "processes" TEXT,
    "policyId" TEXT,
    "commitmentNo" INTEGER,
    "status" "ObjectiveStatus" NOT NULL DEFAULT 'DRAF',
    "returnNote" TEXT,
    "revisionNo" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "approvedBy" TEXT,
    "closedAt" TIMESTAMP(3),
    "closedReason" TEXT,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QualityObjective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ObjectiveRevision" (
    "id" TEXT NOT NULL,
    "objectiveId" TEXT NOT NULL,
    "revisionNo" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ObjectiveRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ObjectiveSop" (
    "objectiveId" TEXT NOT NULL,
    "sopId" TEXT NOT NULL,

    CONSTRAINT "ObjectiveSop_pkey" PRIMARY KEY ("objectiveId","sopId")
);

-- CreateTable
CREATE TABLE "ObjectiveMeasurement" (
    "id" TEXT NOT NULL,
    "objectiveId" TEXT NOT NULL,
    "period" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "direction" "TargetDirection" NOT NULL,
    "target" DOUBLE PRECISION,
    "targetLow" DOUBLE PRECISION,
    "targetHigh" DOUBLE PRECISION,
    "note" TEXT,
    "analysis" TEXT,
    "evidenceUrl" TEXT,
    "evidenceId" TEXT,
    "enteredById" TEXT NOT NULL,
    "enteredBy" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ObjectiveMeasurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "QualityPolicy_agencyId_versionNo_key" ON "QualityPolicy"("agencyId", "versionNo");

-- CreateIndex
CREATE INDEX "QualityObjective_year_status_idx" ON "QualityObjective"("year", "status");

-- CreateIndex
CREATE INDEX "QualityObjective_ownerId_idx" ON "QualityObjective"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "QualityObjective_unitId_year_code_key" ON "QualityObjective"("unitId", "year", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ObjectiveRevision_objectiveId_revisionNo_key" ON "ObjectiveRevision"("objectiveId", "revisionNo");

-- CreateIndex
CREATE INDEX "ObjectiveSop_sopId_idx" ON "ObjectiveSop"("sopId");

-- CreateIndex
CREATE UNIQUE INDEX "ObjectiveMeasurement_objectiveId_period_key" ON "ObjectiveMeasurement"("objectiveId", "period");

-- AddForeignKey
ALTER TABLE "QualityPolicy" ADD CONSTRAINT "QualityPolicy_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityObjective" ADD CONSTRAINT "QualityObjective_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityObjective" ADD CONSTRAINT "QualityObjective_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityObjective" ADD CONSTRAINT "QualityObjective_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "QualityPolicy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObjectiveRevision" ADD CONSTRAINT "ObjectiveRevision_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "QualityObjective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObjectiveSop" ADD CONSTRAINT "ObjectiveSop_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "QualityObjective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObjectiveSop" ADD CONSTRAINT "ObjectiveSop_sopId_fkey" FOREIGN KEY ("sopId") REFERENCES "Sop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObjectiveMeasurement" ADD CONSTRAINT "ObjectiveMeasurement_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "QualityObjective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObjectiveMeasurement" ADD CONSTRAINT "ObjectiveMeasurement_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Attachment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
