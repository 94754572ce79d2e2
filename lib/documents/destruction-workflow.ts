// The workflow of a Berita Acara Pemusnahan on the one engine: the arsip (document.manage) drafts
// and submits the proposal, the pimpinan of the agency (document.destruction.approve) approves or
// returns it; "Laksanakan pemusnahan" (DISETUJUI → DILAKSANAKAN) is its own mutation because it
// records the execution (date, method, place, witnesses) and purges the documents' content.
import { approvalTransitions, defineWorkflow, type ApprovalRecord } from "../workflow";
import { DESTRUCTION_STATUS_LABELS, type DestructionStatus } from "./constants";

export interface DestructionRecord extends ApprovalRecord<DestructionStatus> {
  number: string;
  agencyId: string;
}

const approval = approvalTransitions<DestructionStatus, DestructionRecord>({
  manage: "document.manage",
  approve: "document.destruction.approve",
  labels: { submit: "Ajukan usulan", approve: "Setujui pemusnahan", discard: "Batalkan usulan" },
  texts: {
    submit: {
      title: "Ajukan usulan pemusnahan?",
      message: "Usulan diajukan kepada pimpinan untuk disetujui. Selama diajukan, daftar dokumennya tidak dapat diubah.",
      done: "Usulan pemusnahan diajukan kepada pimpinan.",
    },
    approve: {
      title: "Setujui pemusnahan?",
      message: "Dokumen dalam daftar boleh dimusnahkan. Pemusnahan dilaksanakan dan dicatat oleh pengendali dokumen bersama para saksi.",
      done: "Usulan pemusnahan disetujui.",
    },
    return: {
      title: "Kembalikan usulan pemusnahan",
      message: "Usulan dikembalikan kepada pengusulnya untuk diperbaiki.",
      done: "Usulan pemusnahan dikembalikan.",
    },
    discard: {
      title: "Batalkan usulan pemusnahan?",
      message: "Usulan dibatalkan dan dokumennya kembali ke daftar usul musnah. Usulan tetap tercatat dalam riwayat.",
      done: "Usulan pemusnahan dibatalkan.",
    },
  },
});

export const DESTRUCTION_WORKFLOW = defineWorkflow({
  name: "Berita acara pemusnahan",
  entity: "document_destruction",
  stateLabels: DESTRUCTION_STATUS_LABELS,
  transitions: { submit: approval.submit, approve: approval.approve, return: approval.return, discard: approval.discard },
});

export type DestructionTransition = keyof typeof DESTRUCTION_WORKFLOW.transitions;
