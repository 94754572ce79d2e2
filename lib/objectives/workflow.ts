// The workflows of sasaran mutu and kebijakan mutu, defined once for the shared engine. Both follow
// the portal's one revision model (lib/workflow/approval.ts): a new objective or policy version is a
// pending draft until the pimpinan approves it; an approved objective is changed through a pending
// revision that replaces its definition when approved, while the definition in force stays measured.
import { approvalTransitions, defineWorkflow, type ApprovalRecord } from "../workflow";
import type { ObjectiveStatus, PolicyStatus } from "./constants";
import { OBJECTIVE_STATUS_LABELS, POLICY_STATUS_LABELS, REVISION_STATUS_LABELS, type RevisionStatus } from "./constants";

export type ObjectiveRecord = ApprovalRecord<ObjectiveStatus>;
export interface ObjectiveRevisionRecord extends ApprovalRecord<RevisionStatus> {
  objectiveId: string;
  revisionNo: number;
}
export interface PolicyRecord extends ApprovalRecord<PolicyStatus> {
  agencyId: string;
  versionNo: number;
}

const objectiveApproval = approvalTransitions<ObjectiveStatus, ObjectiveRecord>({
  manage: "objective.manage",
  approve: "objective.approve",
  texts: {
    submit: {
      title: "Ajukan sasaran mutu?",
      message: "Sasaran diajukan kepada pimpinan untuk disetujui. Selama diajukan, sasaran tidak dapat diubah.",
      done: "Sasaran mutu diajukan kepada pimpinan.",
    },
    approve: {
      title: "Setujui sasaran mutu?",
      message: "Sasaran yang disetujui menjadi aktif: PIC mulai mencatat pengukuran setiap periode.",
      done: "Sasaran mutu disetujui dan aktif.",
    },
    return: {
      title: "Kembalikan sasaran mutu",
      message: "Sasaran dikembalikan kepada penyusunnya untuk diperbaiki, lalu diajukan kembali.",
      done: "Sasaran mutu dikembalikan kepada penyusunnya.",
    },
  },
});

export const OBJECTIVE_WORKFLOW = defineWorkflow({
  name: "Sasaran mutu",
  entity: "objective",
  stateLabels: OBJECTIVE_STATUS_LABELS,
  transitions: {
    submit: objectiveApproval.submit,
    approve: objectiveApproval.approve,
    return: objectiveApproval.return,
    close: {
      from: ["DISETUJUI"], to: "DITUTUP", label: "Tutup", permission: "objective.close", tone: "secondary",
      note: {
        label: "Alasan",
        hint: "Mis. layanan dialihkan ke unit lain, atau sasaran digabung dengan sasaran lain.",
        required: "Tuliskan alasan penutupan.",
      },
      confirm: {
        title: "Tutup sasaran mutu",
        message: "Sasaran yang ditutup tidak diukur lagi. Pengukuran yang sudah dicatat tetap tersimpan.",
        done: "Sasaran mutu ditutup.",
      },
      writes: ({ now, note }) => ({ closedAt: now, closedReason: note }),
    },
  },
});

export const OBJECTIVE_REVISION_WORKFLOW = defineWorkflow({
  name: "Revisi sasaran mutu",
  entity: "objective",
  stateLabels: REVISION_STATUS_LABELS,
  transitions: approvalTransitions<RevisionStatus, ObjectiveRevisionRecord>({
    manage: "objective.manage",
    approve: "objective.approve",
    labels: { submit: "Ajukan revisi", approve: "Setujui revisi", return: "Kembalikan revisi", discard: "Batalkan revisi" },
    texts: {
      submit: {
        title: "Ajukan revisi?",
        message: "Revisi diajukan kepada pimpinan. Sampai disetujui, definisi yang berlaku tetap dipakai untuk pengukuran.",
        done: "Revisi diajukan kepada pimpinan.",
      },
      approve: {
        title: "Setujui revisi?",
        message: "Definisi revisi menggantikan definisi yang berlaku. Pengukuran yang sudah dicatat tetap dinilai terhadap target lamanya.",
        done: "Revisi disetujui dan berlaku.",
      },
      return: {
        title: "Kembalikan revisi",
        message: "Revisi dikembalikan kepada penyusunnya untuk diperbaiki. Definisi yang berlaku tidak berubah.",
        done: "Revisi dikembalikan.",
      },
      discard: {
        title: "Batalkan revisi?",
        message: "Draf revisi dibatalkan dan definisi yang berlaku tetap dipakai. Draf tetap tercatat dalam riwayat.",
        done: "Draf revisi dibatalkan.",
      },
    },
  }),
});

export const POLICY_WORKFLOW = defineWorkflow({
  name: "Kebijakan mutu",
  entity: "quality_policy",
  stateLabels: POLICY_STATUS_LABELS,
  transitions: approvalTransitions<PolicyStatus, PolicyRecord>({
    manage: "policy.manage",
    approve: "policy.approve",
    labels: { approve: "Sahkan" },
    texts: {
      submit: {
        title: "Ajukan kebijakan mutu?",
        message: "Draf ini diajukan kepada pimpinan untuk disahkan. Selama diajukan, isinya tidak dapat diubah.",
        done: "Kebijakan mutu diajukan kepada pimpinan.",
      },
      approve: {
        title: "Sahkan kebijakan mutu?",
        message: "Versi ini menjadi kebijakan mutu yang berlaku dan menggantikan versi sebelumnya.",
        done: "Kebijakan mutu disahkan dan berlaku.",
      },
      return: {
        title: "Kembalikan kebijakan mutu",
        message: "Draf dikembalikan kepada manajer mutu untuk diperbaiki.",
        done: "Kebijakan mutu dikembalikan.",
      },
      discard: {
        title: "Batalkan draf kebijakan mutu?",
        message: "Draf ini dibatalkan; kebijakan mutu yang berlaku tidak berubah. Draf tetap tercatat dalam riwayat.",
        done: "Draf kebijakan mutu dibatalkan.",
      },
    },
  }),
});
