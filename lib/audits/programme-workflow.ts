// The audit programme's workflow on the shared engine: the same approval shape as sasaran mutu
// (lib/workflow/approval.ts): the manajer mutu drafts and submits, the pimpinan approves or returns.
// An approved programme can be opened again for changes (with a reason); it then needs approval again.
import { approvalTransitions, defineWorkflow, type ApprovalRecord } from "../workflow";
import { PROGRAMME_STATUS_LABELS, type ProgrammeStatus } from "./programme-constants";

export interface ProgrammeRecord extends ApprovalRecord<ProgrammeStatus> {
  agencyId: string;
  year: number;
}

const approval = approvalTransitions<ProgrammeStatus, ProgrammeRecord>({
  manage: "audit_programme.manage",
  approve: "audit_programme.approve",
  labels: { discard: "Batalkan program" },
  texts: {
    submit: {
      title: "Ajukan program audit?",
      message: "Program audit diajukan kepada pimpinan untuk disetujui. Selama diajukan, isinya tidak dapat diubah.",
      done: "Program audit diajukan kepada pimpinan.",
    },
    approve: {
      title: "Setujui program audit?",
      message: "Program yang disetujui menjadi dasar rencana audit setiap putaran tahun ini.",
      done: "Program audit disetujui.",
    },
    return: {
      title: "Kembalikan program audit",
      message: "Program dikembalikan kepada manajer mutu untuk diperbaiki, lalu diajukan kembali.",
      done: "Program audit dikembalikan.",
    },
    discard: {
      title: "Batalkan program audit?",
      message: "Program ini dibatalkan dan tidak dipakai. Program baru untuk tahun yang sama dapat disusun lagi.",
      done: "Program audit dibatalkan.",
    },
  },
});

export const PROGRAMME_WORKFLOW = defineWorkflow({
  name: "Program audit",
  entity: "audit_programme",
  stateLabels: PROGRAMME_STATUS_LABELS,
  transitions: {
    ...approval,
    reopen: {
      from: ["DISETUJUI"], to: "DRAF", label: "Buka untuk perubahan", permission: "audit_programme.manage", tone: "secondary",
      note: { label: "Alasan perubahan", hint: "Mis. unit baru dibentuk, jadwal putaran II bergeser.", required: "Tuliskan alasan perubahan program." },
      confirm: {
        title: "Buka program untuk perubahan",
        message: "Program kembali menjadi draf dan harus disetujui pimpinan lagi. Audit yang sudah direncanakan tidak berubah.",
        done: "Program audit dibuka untuk perubahan.",
      },
      writes: ({ note }) => ({ reopenReason: note, approvedAt: null, approvedById: null, approvedBy: null }),
    },
  },
});
export type ProgrammeTransition = keyof typeof PROGRAMME_WORKFLOW.transitions;
