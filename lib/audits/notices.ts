// Who hears of audits (lib/notifications): the programme's approval like sasaran mutu; a published
// plan reaches its team and the auditee units; an approved report asks each audited unit's AUDITEE
// to acknowledge it; the last acknowledgment tells the pimpinan it is ready to be received.
import type { Tx } from "../db";
import { approvalNotices, type NoticeOf } from "../notifications/approval-notices";
import type { NotifyInput } from "../notifications/notify";
import { holdersOfPermission, holdersOfRole } from "../notifications/recipients";
import type { ProgrammeRecord } from "./programme-workflow";
import type { ReportRecord } from "./report-workflow";
import type { AuditRecord } from "./workflow";

export const programmeNotices = approvalNotices<ProgrammeRecord>({
  events: { submit: "audit_programme_submitted", approve: "audit_programme_approved", return: "audit_programme_returned" },
  approvePermission: "audit_programme.approve",
  async subject(tx, record) {
    const agency = await tx.unit.findUniqueOrThrow({ where: { id: record.agencyId }, select: { name: true, shortName: true } });
    return { entity: { type: "audit_programme", id: record.id }, href: `/audits/programme/${record.id}`, name: `Program audit ${record.year} ${agency.shortName ?? agency.name}` };
  },
});

/** The AUDITEE holders of each audited unit (a role on a unit covers its subtree). */
async function auditeesOf(tx: Tx, auditId: string): Promise<string[]> {
  const units = await tx.auditUnit.findMany({ where: { auditId }, select: { unitId: true } });
  return (await Promise.all(units.map((u) => holdersOfRole(tx, "AUDITEE", u.unitId)))).flat();
}

async function auditLabel(tx: Tx, auditId: string) {
  return tx.audit.findUniqueOrThrow({ where: { id: auditId }, select: { id: true, number: true, title: true, team: { select: { userId: true } }, agency: { select: { path: true } } } });
}

export const publishNotice: NoticeOf<AuditRecord> = async (tx, { user, record }) => {
  const audit = await auditLabel(tx, record.id);
  return {
    event: "audit_plan_published", entity: { type: "audit", id: audit.id }, href: `/audits/${audit.id}`,
    recipientIds: [...audit.team.map((m) => m.userId), ...(await auditeesOf(tx, audit.id))],
    title: `Rencana audit ${audit.number} diterbitkan`,
    body: `${audit.title}. Diterbitkan oleh ${user.name}; lihat jadwal dan tim audit.`,
  };
};

export const reportApprovedNotice: NoticeOf<ReportRecord> = async (tx, { user, record }) => {
  const audit = await auditLabel(tx, record.auditId);
  return {
    event: "audit_report_approved", entity: { type: "audit", id: audit.id }, href: `/audits/${audit.id}/report`,
    recipientIds: await auditeesOf(tx, audit.id),
    title: `Laporan audit ${audit.number} menunggu tanggapan unit Anda`,
    body: `Disetujui ketua tim ${user.name}. Nyatakan laporan telah diterima unit Anda.`,
  };
};

/** After the last audited unit acknowledged: the agency's pimpinan may receive (and lock) the report. */
export async function reportAcknowledgedNotice(tx: Tx, auditId: string): Promise<Omit<NotifyInput, "actorId">> {
  const audit = await auditLabel(tx, auditId);
  return {
    event: "audit_report_acknowledged", entity: { type: "audit", id: audit.id }, href: `/audits/${audit.id}/report`,
    recipientIds: await holdersOfPermission(tx, "audit.report.receive", audit.agency.path),
    title: `Laporan audit ${audit.number} siap Anda terima`,
    body: "Semua unit auditi telah menyatakan menerima laporan.",
  };
}
