// Laporan Audit Internal (ISO 9001 9.2.2 d; seed 001 SOP Audit Internal: report signed by auditor
// and auditee, then to management): the lead auditor approves it, each auditee unit acknowledges it
// (report-mutations.ts, not a state), the PIMPINAN receives it, which locks the audit's report.
import type { AuditReportStatus, AuditStatus } from "../db/generated/enums";
import type { RuleOutcome } from "../auth/record-rules";
import type { SessionUser } from "../auth/types";
import { defineWorkflow, type WorkflowRecord } from "../workflow";

export const REPORT_STATUS_LABELS: Record<AuditReportStatus, string> = {
  DRAF: "Draf",
  DISETUJUI: "Disetujui ketua tim",
  DITERIMA: "Diterima pimpinan (dikunci)",
};

export interface ReportRecord extends WorkflowRecord<AuditReportStatus> {
  auditId: string;
  auditStatus: AuditStatus;
  leadAuditorIds: string[];
  unanswered: number;
  conclusion: string | null;
  locked: boolean;
  /** Names of the audited units that have not acknowledged the report yet. */
  unacknowledged: string[];
}

export function leadAuditor(user: SessionUser, record: ReportRecord): RuleOutcome {
  return record.leadAuditorIds.includes(user.id) ? null : { refuse: "Laporan audit disetujui oleh ketua tim audit ini." };
}

export function readyForApproval(_user: SessionUser, record: ReportRecord): RuleOutcome {
  if (record.locked) return { refuse: "Laporan audit sudah dikunci." };
  if (record.auditStatus !== "PELAPORAN") return { refuse: "Laporan disetujui setelah audit berstatus Pelaporan." };
  if (record.unanswered > 0) return { refuse: `Masih ada ${record.unanswered} butir daftar periksa yang belum dijawab.` };
  if (!record.conclusion) return { refuse: "Tuliskan kesimpulan audit sebelum menyetujui laporan." };
  return null;
}

export function acknowledgedByEveryUnit(_user: SessionUser, record: ReportRecord): RuleOutcome {
  if (record.unacknowledged.length === 0) return null;
  return { refuse: `Laporan belum dinyatakan diterima oleh auditi: ${record.unacknowledged.join(", ")}.` };
}

export const REPORT_WORKFLOW = defineWorkflow({
  name: "Laporan audit",
  entity: "audit_report",
  stateLabels: REPORT_STATUS_LABELS,
  transitions: {
    approve: {
      from: ["DRAF"], to: "DISETUJUI", label: "Setujui laporan", permission: "audit.report.write",
      rules: [leadAuditor, readyForApproval],
      confirm: {
        title: "Setujui laporan audit?",
        message: "Laporan yang disetujui tidak dapat diubah lagi dan diteruskan kepada auditi untuk dinyatakan diterima.",
        done: "Laporan audit disetujui.",
      },
      writes: ({ user, now }) => ({ approvedById: user.id, approvedAt: now }),
    },
    receive: {
      from: ["DISETUJUI"], to: "DITERIMA", label: "Terima laporan", permission: "audit.report.receive",
      rules: [acknowledgedByEveryUnit],
      confirm: {
        title: "Terima laporan audit?",
        message: "Setelah diterima, laporan dan daftar periksa audit ini dikunci: tidak ada perubahan lagi.",
        done: "Laporan audit diterima dan dikunci.",
      },
      writes: ({ user, now }) => ({ receivedById: user.id, receivedAt: now }),
    },
  },
});
