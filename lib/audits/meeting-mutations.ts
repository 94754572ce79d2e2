import "server-only";
// Opening and closing meetings (ISO 19011 6.4.3, 6.4.10): attendance and notes; the closing
// meeting also records the deadlines agreed with the auditees and any diverging opinions.
// Recorded by the manajer mutu or the audit's lead auditor while the audit is held or reported.
import { actorOf, recordActivity } from "../activity/record";
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { forbidden, notFound, ruleBroken, staleRecord } from "../errors";
import { AUDIT_STATUS_LABELS, MEETING_KIND_LABELS, MEETING_STATUSES } from "./constants";
import { slotTime } from "./rules";
import { parseAttendance, type MeetingValues } from "./schema";
import { isLeadAuditor } from "./team-rules";

export async function saveMeeting(user: SessionUser, values: MeetingValues): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const audit = await tx.audit.findUnique({ where: { id: values.auditId }, select: { id: true, status: true, agency: { select: { path: true } } } });
    if (!audit) throw notFound("Audit");
    const mayRecord = can(user, "audit.manage", { unitPath: audit.agency.path }) || (await isLeadAuditor(tx, audit.id, user.id));
    if (!mayRecord) throw forbidden();
    if (!MEETING_STATUSES.includes(audit.status)) {
      throw ruleBroken(`Rapat dicatat saat audit dilaksanakan atau dilaporkan; audit ini berstatus ${AUDIT_STATUS_LABELS[audit.status]}.`);
    }
    const closing = values.kind === "PENUTUPAN";
    const data = {
      heldAt: slotTime(values.date, values.time), notes: values.notes, lastEditedById: user.id,
      agreedDeadlines: closing ? values.agreedDeadlines : null, divergingOpinions: closing ? values.divergingOpinions : null,
    };
    const attendees = parseAttendance(values.attendance).map((a, i) => ({ ...a, sortOrder: i }));
    const existing = await tx.auditMeeting.findUnique({ where: { auditId_kind: { auditId: audit.id, kind: values.kind } }, select: { id: true, version: true } });
    let meetingId: string;
    if (existing) {
      if (values.version !== existing.version) throw staleRecord();
      const { count } = await tx.auditMeeting.updateMany({ where: { id: existing.id, version: existing.version }, data: { ...data, version: { increment: 1 } } });
      if (count === 0) throw staleRecord();
      await tx.auditMeetingAttendee.deleteMany({ where: { meetingId: existing.id } });
      meetingId = existing.id;
    } else {
      // Someone else recorded the meeting since the form was opened empty.
      if (values.version !== null) throw staleRecord();
      meetingId = (await tx.auditMeeting.create({ data: { ...data, auditId: audit.id, kind: values.kind }, select: { id: true } })).id;
    }
    await tx.auditMeetingAttendee.createMany({ data: attendees.map((a) => ({ ...a, meetingId })) });
    await recordActivity(tx, {
      actor: actorOf(user), entity: "audit", entityId: audit.id, action: "meeting",
      after: { rapat: MEETING_KIND_LABELS[values.kind], ...data, heldAt: data.heldAt.toISOString(), hadir: attendees.map((a) => a.name) },
    });
  });
}
