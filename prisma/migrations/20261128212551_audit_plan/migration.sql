-- CreateEnum
CREATE TYPE "AuditScheduleKind" AS ENUM ('RAPAT_PERSIAPAN', 'PEMBUKAAN', 'SESI_UNIT', 'RAPAT_AUDITOR', 'PENUTUPAN');

-- CreateEnum
CREATE TYPE "AuditMeetingKind" AS ENUM ('PEMBUKAAN', 'PENUTUPAN');

-- Audit."reportLockedAt" is added by the audit_checklist migration.

-- CreateTable
CREATE TABLE "AuditScheduleItem" (
    "id" TEXT NOT NULL,
    "auditId" TEXT NOT NULL,
    "kind" "AuditScheduleKind" NOT NULL,
    "unitId" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditScheduleItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditScheduleAuditor" (
    "itemId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "AuditScheduleAuditor_pkey" PRIMARY KEY ("itemId","userId")
);

-- CreateTable
CREATE TABLE "AuditMeeting" (
    "id" TEXT NOT NULL,
    "auditId" TEXT NOT NULL,
    "kind" "AuditMeetingKind" NOT NULL,
    "heldAt" TIMESTAMP(3) NOT NULL,
    "notes" TEXT NOT NULL,
    "agreedDeadlines" TEXT,
    "divergingOpinions" TEXT,
    "lastEditedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuditMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditMeetingAttendee" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AuditMeetingAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditScheduleItem_auditId_startsAt_idx" ON "AuditScheduleItem"("auditId", "startsAt");

-- CreateIndex
CREATE INDEX "AuditScheduleAuditor_userId_idx" ON "AuditScheduleAuditor"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditMeeting_auditId_kind_key" ON "AuditMeeting"("auditId", "kind");

-- CreateIndex
CREATE INDEX "AuditMeetingAttendee_meetingId_idx" ON "AuditMeetingAttendee"("meetingId");

-- AddForeignKey
ALTER TABLE "AuditScheduleItem" ADD CONSTRAINT "AuditScheduleItem_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditScheduleItem" ADD CONSTRAINT "AuditScheduleItem_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditScheduleAuditor" ADD CONSTRAINT "AuditScheduleAuditor_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AuditScheduleItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditScheduleAuditor" ADD CONSTRAINT "AuditScheduleAuditor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditMeeting" ADD CONSTRAINT "AuditMeeting_auditId_fkey" FOREIGN KEY ("auditId") REFERENCES "Audit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditMeetingAttendee" ADD CONSTRAINT "AuditMeetingAttendee_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "AuditMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
