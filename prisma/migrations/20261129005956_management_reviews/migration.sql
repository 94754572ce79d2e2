-- CreateEnum
CREATE TYPE "ManagementReviewStatus" AS ENUM ('DIJADWALKAN', 'BERLANGSUNG', 'DRAF_NOTULEN', 'MENUNGGU_PARAF', 'DIPARAF', 'DITANDATANGANI', 'DITERBITKAN', 'DIBATALKAN');

-- CreateEnum
CREATE TYPE "ReviewDecisionType" AS ENUM ('PENINGKATAN', 'PERUBAHAN_SMM', 'KEBUTUHAN_SUMBER_DAYA');

-- CreateEnum
CREATE TYPE "ReviewActionStatus" AS ENUM ('TERBUKA', 'SELESAI');

-- CreateTable
CREATE TABLE "ManagementReview" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "meetingAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "chairId" TEXT NOT NULL,
    "notulisId" TEXT NOT NULL,
    "initialerId" TEXT NOT NULL,
    "status" "ManagementReviewStatus" NOT NULL DEFAULT 'DIJADWALKAN',
    "frozenAt" TIMESTAMP(3),
    "draftNo" INTEGER NOT NULL DEFAULT 1,
    "returnNote" TEXT,
    "cancelReason" TEXT,
    "startedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "initialedAt" TIMESTAMP(3),
    "signedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "lastEditedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ManagementReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManagementReviewUnit" (
    "reviewId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "ManagementReviewUnit_pkey" PRIMARY KEY ("reviewId","unitId")
);

-- CreateTable
CREATE TABLE "ManagementReviewParticipant" (
    "reviewId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "present" BOOLEAN,

    CONSTRAINT "ManagementReviewParticipant_pkey" PRIMARY KEY ("reviewId","userId")
);

-- CreateTable
CREATE TABLE "ManagementReviewAgendaItem" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "minutes" TEXT,

    CONSTRAINT "ManagementReviewAgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManagementReviewSection" (
    "reviewId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "narrative" TEXT,
    "data" JSONB,

    CONSTRAINT "ManagementReviewSection_pkey" PRIMARY KEY ("reviewId","key")
);

-- CreateTable
CREATE TABLE "ManagementReviewDecision" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "agendaItemId" TEXT,
    "position" INTEGER NOT NULL,
    "type" "ReviewDecisionType" NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "ManagementReviewDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManagementReviewAction" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "picId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "ReviewActionStatus" NOT NULL DEFAULT 'TERBUKA',
    "decisionType" "ReviewDecisionType",
    "sopId" TEXT,
    "objectiveId" TEXT,
    "findingId" TEXT,
    "reference" TEXT,
    "doneAt" TIMESTAMP(3),
    "doneById" TEXT,
    "doneNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ManagementReviewAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManagementReviewDraft" (
    "reviewId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "returnedAt" TIMESTAMP(3),
    "returnedById" TEXT,
    "returnedStep" TEXT,
    "returnNote" TEXT,

    CONSTRAINT "ManagementReviewDraft_pkey" PRIMARY KEY ("reviewId","number")
);

-- CreateTable
CREATE TABLE "ManagementReviewAcknowledgment" (
    "reviewId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "userName" TEXT NOT NULL,
    "acknowledgedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ManagementReviewAcknowledgment_pkey" PRIMARY KEY ("reviewId","userId")
);

-- CreateIndex
CREATE INDEX "ManagementReview_agencyId_status_idx" ON "ManagementReview"("agencyId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ManagementReview_agencyId_number_key" ON "ManagementReview"("agencyId", "number");

-- CreateIndex
CREATE INDEX "ManagementReviewParticipant_userId_idx" ON "ManagementReviewParticipant"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ManagementReviewAgendaItem_reviewId_position_key" ON "ManagementReviewAgendaItem"("reviewId", "position");

-- CreateIndex
CREATE INDEX "ManagementReviewAction_reviewId_idx" ON "ManagementReviewAction"("reviewId");

-- CreateIndex
CREATE INDEX "ManagementReviewAction_unitId_status_idx" ON "ManagementReviewAction"("unitId", "status");

-- CreateIndex
CREATE INDEX "ManagementReviewAction_status_dueDate_idx" ON "ManagementReviewAction"("status", "dueDate");

-- AddForeignKey
ALTER TABLE "ManagementReview" ADD CONSTRAINT "ManagementReview_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReview" ADD CONSTRAINT "ManagementReview_chairId_fkey" FOREIGN KEY ("chairId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReview" ADD CONSTRAINT "ManagementReview_notulisId_fkey" FOREIGN KEY ("notulisId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReview" ADD CONSTRAINT "ManagementReview_initialerId_fkey" FOREIGN KEY ("initialerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReviewUnit" ADD CONSTRAINT "ManagementReviewUnit_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ManagementReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReviewUnit" ADD CONSTRAINT "ManagementReviewUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReviewParticipant" ADD CONSTRAINT "ManagementReviewParticipant_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ManagementReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReviewParticipant" ADD CONSTRAINT "ManagementReviewParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReviewAgendaItem" ADD CONSTRAINT "ManagementReviewAgendaItem_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ManagementReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReviewSection" ADD CONSTRAINT "ManagementReviewSection_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ManagementReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReviewDecision" ADD CONSTRAINT "ManagementReviewDecision_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ManagementReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReviewDecision" ADD CONSTRAINT "ManagementReviewDecision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "ManagementReviewAgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReviewAction" ADD CONSTRAINT "ManagementReviewAction_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ManagementReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReviewAction" ADD CONSTRAINT "ManagementReviewAction_picId_fkey" FOREIGN KEY ("picId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReviewAction" ADD CONSTRAINT "ManagementReviewAction_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReviewAction" ADD CONSTRAINT "ManagementReviewAction_sopId_fkey" FOREIGN KEY ("sopId") REFERENCES "Sop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReviewAction" ADD CONSTRAINT "ManagementReviewAction_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "QualityObjective"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReviewAction" ADD CONSTRAINT "ManagementReviewAction_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReviewDraft" ADD CONSTRAINT "ManagementReviewDraft_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ManagementReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagementReviewAcknowledgment" ADD CONSTRAINT "ManagementReviewAcknowledgment_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "ManagementReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;
