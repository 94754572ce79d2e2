// The audit's workflow, defined once for the shared engine (ISO 9001:2015 9.2; seed 001 SOP
// "Pelaksanaan Audit Internal"): planned, published to the team and auditees (persiapan), held
// (pelaksanaan), reported (pelaporan), finished once the report is locked; or cancelled with a reason.
import type { RuleOutcome } from "../auth/record-rules";
import { defineWorkflow, type WorkflowRecord } from "../workflow";
import { AUDIT_STATUS_LABELS, type AuditStatus } from "./constants";

export interface AuditRecord extends WorkflowRecord<AuditStatus> {
  agencyId: string;
  reportLockedAt: Date | null;
  teamSize: number;
  hasLead: boolean;
}

/** The report owner (lib/audits/report-*) sets reportLockedAt when the report is locked. */
export function reportLocked(record: Pick<AuditRecord, "reportLockedAt">): boolean {
  return record.reportLockedAt !== null;
}

const needsLockedReport = (_user: unknown, record: AuditRecord): RuleOutcome =>
  reportLocked(record) ? null : { refuse: "Audit baru dapat diselesaikan setelah laporan audit disetujui, diterima dan dikunci." };

const needsTeam = (_user: unknown, record: AuditRecord): RuleOutcome =>
  record.teamSize > 0 && record.hasLead ? null : { refuse: "Tetapkan tim audit dengan satu ketua (lead auditor) sebelum rencana diterbitkan." };

export const AUDIT_WORKFLOW = defineWorkflow({
  name: "Audit",
  entity: "audit",
  stateLabels: AUDIT_STATUS_LABELS,
  transitions: {
    publish: {
      from: ["DIRENCANAKAN"], to: "PERSIAPAN", label: "Terbitkan rencana", permission: "audit.manage", rules: [needsTeam],
      confirm: {
        title: "Terbitkan rencana audit?",
        message: "Rencana audit dikirim kepada tim audit dan unit auditi. Audit masuk tahap persiapan (rapat persiapan, daftar periksa).",
        done: "Rencana audit diterbitkan.",
      },
      writes: ({ now }) => ({ publishedAt: now }),
    },
    start: {
      from: ["PERSIAPAN"], to: "PELAKSANAAN", label: "Mulai pelaksanaan", permission: "audit.manage",
      confirm: {
        title: "Mulai pelaksanaan audit?",
        message: "Auditor yang ditugaskan dapat mengisi daftar periksa. Rencana audit tidak dapat diubah lagi.",
        done: "Pelaksanaan audit dimulai.",
      },
    },
    report: {
      from: ["PELAKSANAAN"], to: "PELAPORAN", label: "Masuk pelaporan", permission: "audit.manage",
      confirm: {
        title: "Akhiri pelaksanaan dan susun laporan?",
        message: "Daftar periksa ditutup untuk jawaban baru; tim menyusun laporan audit.",
        done: "Audit masuk tahap pelaporan.",
      },
    },
    finish: {
      from: ["PELAPORAN"], to: "SELESAI", label: "Selesaikan audit", permission: "audit.manage", rules: [needsLockedReport],
      confirm: {
        title: "Selesaikan audit?",
        message: "Audit ditutup. Akses auditor dari Perangkat Daerah lain untuk audit ini berakhir.",
        done: "Audit selesai.",
      },
    },
    cancel: {
      from: ["DIRENCANAKAN", "PERSIAPAN", "PELAKSANAAN", "PELAPORAN"], to: "DIBATALKAN", label: "Batalkan audit", permission: "audit.manage", tone: "danger",
      note: { label: "Alasan pembatalan", hint: "Mis. dijadwalkan ulang pada putaran berikutnya.", required: "Tuliskan alasan pembatalan." },
      confirm: {
        title: "Batalkan audit",
        message: "Audit yang dibatalkan tidak dapat dilanjutkan. Rencana dan catatannya tetap tersimpan.",
        done: "Audit dibatalkan.",
      },
      writes: ({ note }) => ({ cancelReason: note }),
    },
  },
});

export type AuditTransition = keyof typeof AUDIT_WORKFLOW.transitions;
