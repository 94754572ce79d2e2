// The gates of a tindakan perbaikan, defined once for the shared engine:
// TERBUKA → RENCANA_DIAJUKAN → RENCANA_DISETUJUI → DILAKSANAKAN → VERIFIKASI → DITUTUP, or
// TIDAK_EFEKTIF, which ends the round and opens the next one (mutations.ts).
import { defineWorkflow, type WorkflowRecord } from "../workflow";
import { CA_STATUS_LABELS, type CorrectiveActionStatus } from "./constants";
import { allItemsDone, mayApprovePlan, notAnImplementer, planComplete, waitingOver } from "./rules";

export interface CaRecord extends WorkflowRecord<CorrectiveActionStatus> {
  findingId: string;
  round: number;
  correction: string | null;
  causeCount: number;
  itemCount: number;
  itemsOpen: number;
  itemsWithoutEvidence: number;
  leadAuditorIds: string[];
  /** Item PICs, whoever recorded an action done, and whoever reported the round implemented. */
  implementerIds: string[];
  verifiableFrom: Date | null;
}

const verifierRules = [notAnImplementer] as const;

export type CaTransition = "submit" | "approve" | "return" | "complete" | "start_verification" | "verify_effective" | "verify_not_effective";

export const CA_WORKFLOW = defineWorkflow<CorrectiveActionStatus, CaRecord, CaTransition>({
  name: "Tindakan perbaikan",
  entity: "corrective_action",
  stateLabels: CA_STATUS_LABELS,
  transitions: {
    submit: {
      from: ["TERBUKA"], to: "RENCANA_DIAJUKAN", label: "Ajukan rencana", permission: "corrective_action.plan",
      rules: [planComplete],
      confirm: {
        title: "Ajukan rencana tindakan perbaikan?",
        message: "Rencana (koreksi, akar masalah dan tindakan) diajukan untuk disetujui. Selama diajukan, rencana tidak dapat diubah.",
        done: "Rencana tindakan perbaikan diajukan.",
      },
      writes: ({ user, now }) => ({ submittedById: user.id, submittedAt: now, returnNote: null }),
    },
    approve: {
      from: ["RENCANA_DIAJUKAN"], to: "RENCANA_DISETUJUI", label: "Setujui rencana", permission: "corrective_action.approve",
      rules: [mayApprovePlan],
      confirm: {
        title: "Setujui rencana tindakan perbaikan?",
        message: "Unit mulai melaksanakan tindakan sesuai rencana dan mencatat buktinya.",
        done: "Rencana tindakan perbaikan disetujui.",
      },
      writes: ({ user, now }) => ({ approvedById: user.id, approvedAt: now }),
    },
    return: {
      from: ["RENCANA_DIAJUKAN"], to: "TERBUKA", label: "Kembalikan rencana", permission: "corrective_action.approve", tone: "secondary",
      rules: [mayApprovePlan],
      note: { label: "Catatan perbaikan", hint: "Apa yang perlu diperbaiki pada rencana.", required: "Tuliskan apa yang perlu diperbaiki." },
      confirm: {
        title: "Kembalikan rencana",
        message: "Rencana dikembalikan kepada unit untuk diperbaiki, lalu diajukan kembali.",
        done: "Rencana dikembalikan kepada unit.",
      },
      writes: ({ note }) => ({ returnNote: note }),
    },
    complete: {
      from: ["RENCANA_DISETUJUI"], to: "DILAKSANAKAN", label: "Laporkan selesai", permission: "corrective_action.plan",
      rules: [allItemsDone],
      confirm: {
        title: "Laporkan tindakan perbaikan selesai?",
        message: "Semua tindakan telah dilaksanakan dengan buktinya. Setelah masa tunggu, auditor memverifikasi efektivitasnya.",
        done: "Pelaksanaan tindakan perbaikan dilaporkan selesai.",
      },
      writes: ({ user, now }) => ({ implementedById: user.id, implementedAt: now }),
    },
    start_verification: {
      from: ["DILAKSANAKAN"], to: "VERIFIKASI", label: "Mulai verifikasi", permission: "corrective_action.verify",
      rules: [...verifierRules, (_user, record) => waitingOver(record)],
      confirm: {
        title: "Mulai verifikasi efektivitas?",
        message: "Anda memeriksa apakah ketidaksesuaian tidak terulang dan akar masalahnya telah hilang.",
        done: "Verifikasi dimulai.",
      },
    },
    verify_effective: {
      from: ["VERIFIKASI"], to: "DITUTUP", label: "Efektif, tutup", permission: "corrective_action.verify",
      rules: verifierRules,
      note: { label: "Hasil verifikasi", hint: "Bukti yang diperiksa dan kesimpulannya.", required: "Tuliskan hasil verifikasi." },
      confirm: {
        title: "Nyatakan efektif dan tutup",
        message: "Tindakan perbaikan ditutup dan temuannya dinyatakan selesai (ditutup).",
        done: "Tindakan perbaikan efektif; temuan ditutup.",
      },
      writes: ({ user, now, note }) => ({ verifiedById: user.id, verifiedAt: now, verificationNote: note, closedAt: now }),
    },
    verify_not_effective: {
      from: ["VERIFIKASI"], to: "TIDAK_EFEKTIF", label: "Tidak efektif", permission: "corrective_action.verify", tone: "danger",
      rules: verifierRules,
      note: { label: "Alasan tidak efektif", hint: "Apa yang masih terjadi, bukti apa yang diperiksa.", required: "Tuliskan alasan tindakan dinilai tidak efektif." },
      confirm: {
        title: "Nyatakan tidak efektif",
        message: "Putaran ini ditutup sebagai catatan, dan putaran baru dibuka: unit menganalisis ulang akar masalah dan menyusun rencana baru.",
        done: "Tindakan dinilai tidak efektif; putaran baru dibuka.",
      },
      writes: ({ user, now, note }) => ({ verifiedById: user.id, verifiedAt: now, verificationNote: note }),
    },
  },
});
