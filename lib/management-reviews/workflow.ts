// The rapat tinjauan manajemen through the shared engine (seed 001 SOP 18; ISO 9001:2015 9.3):
// DIJADWALKAN → BERLANGSUNG (the input pack is frozen) → DRAF_NOTULEN → MENUNGGU_PARAF → DIPARAF →
// DITANDATANGANI → DITERBITKAN (locked). The pemaraf and the pimpinan may return the draft with a
// note; the manajer mutu then revises it and submits the next draft.
import { defineWorkflow, type WorkflowRecord } from "../workflow";
import { REVIEW_STATUS_LABELS, type ManagementReviewStatus } from "./constants";
import { isChair, isInitialer, minutesReady, packFrozen } from "./rules";

export interface ReviewRecord extends WorkflowRecord<ManagementReviewStatus> {
  agencyId: string;
  number: string;
  title: string;
  chairId: string;
  notulisId: string;
  initialerId: string;
  frozenAt: Date | null;
  draftNo: number;
  agendaWithoutMinutes: number;
  decisionCount: number;
  participantIds: string[];
}

export type ReviewTransition = "start" | "close_meeting" | "submit" | "initial" | "return_initial" | "sign" | "return_sign" | "publish" | "cancel";

export const REVIEW_WORKFLOW = defineWorkflow<ManagementReviewStatus, ReviewRecord, ReviewTransition>({
  name: "Tinjauan manajemen",
  entity: "management_review",
  stateLabels: REVIEW_STATUS_LABELS,
  transitions: {
    start: {
      from: ["DIJADWALKAN"], to: "BERLANGSUNG", label: "Mulai rapat", permission: "management_review.manage",
      confirm: {
        title: "Mulai rapat tinjauan manajemen?",
        message: "Bahan masukan dibekukan seperti yang tampil sekarang (angka dan narasi); perubahan data sesudahnya tidak mengubahnya. Daftar hadir, notulen dan RTL dapat dicatat.",
        done: "Rapat dimulai; bahan masukan dibekukan.",
      },
      writes: ({ now }) => ({ frozenAt: now, startedAt: now }),
    },
    close_meeting: {
      from: ["BERLANGSUNG"], to: "DRAF_NOTULEN", label: "Rapat selesai", permission: "management_review.manage", tone: "secondary",
      confirm: {
        title: "Nyatakan rapat selesai?",
        message: "Notulen dan RTL disusun sebagai draf, lalu diajukan untuk diparaf.",
        done: "Rapat selesai; notulen disusun.",
      },
    },
    submit: {
      from: ["DRAF_NOTULEN"], to: "MENUNGGU_PARAF", label: "Ajukan untuk paraf", permission: "management_review.manage",
      rules: [minutesReady],
      confirm: {
        title: "Ajukan notulen untuk diparaf?",
        message: "Notulen dan RTL diteruskan kepada pemaraf dan tidak dapat diubah selama diperiksa.",
        done: "Notulen diajukan untuk diparaf.",
      },
      writes: ({ now }) => ({ submittedAt: now, returnNote: null }),
    },
    initial: {
      from: ["MENUNGGU_PARAF"], to: "DIPARAF", label: "Paraf", permission: "management_review.initial",
      rules: [isInitialer],
      confirm: {
        title: "Paraf notulen?",
        message: "Anda menyatakan notulen dan RTL sudah benar; notulen diteruskan kepada pimpinan untuk ditandatangani.",
        done: "Notulen diparaf.",
      },
      writes: ({ now }) => ({ initialedAt: now }),
    },
    return_initial: {
      from: ["MENUNGGU_PARAF"], to: "DRAF_NOTULEN", label: "Kembalikan", permission: "management_review.initial", tone: "secondary",
      rules: [isInitialer],
      note: { label: "Catatan koreksi", hint: "Apa yang perlu diperbaiki pada notulen atau RTL.", required: "Tuliskan apa yang perlu diperbaiki." },
      confirm: { title: "Kembalikan notulen", message: "Notulen dikembalikan kepada manajer mutu untuk diperbaiki sebagai draf berikutnya.", done: "Notulen dikembalikan." },
      writes: ({ note, record }) => ({ returnNote: note, draftNo: record.draftNo + 1 }),
    },
    sign: {
      from: ["DIPARAF"], to: "DITANDATANGANI", label: "Tanda tangani", permission: "management_review.sign",
      rules: [isChair, packFrozen],
      confirm: {
        title: "Tanda tangani notulen?",
        message: "Notulen dan RTL disahkan; manajer mutu lalu menerbitkannya kepada peserta dan pejabat.",
        done: "Notulen ditandatangani.",
      },
      writes: ({ now }) => ({ signedAt: now }),
    },
    return_sign: {
      from: ["DIPARAF"], to: "DRAF_NOTULEN", label: "Kembalikan", permission: "management_review.sign", tone: "secondary",
      rules: [isChair],
      note: { label: "Catatan koreksi", hint: "Apa yang perlu diperbaiki pada notulen atau RTL.", required: "Tuliskan apa yang perlu diperbaiki." },
      confirm: { title: "Kembalikan notulen", message: "Notulen dikembalikan kepada manajer mutu; draf berikutnya diparaf kembali.", done: "Notulen dikembalikan." },
      writes: ({ note, record }) => ({ returnNote: note, draftNo: record.draftNo + 1, initialedAt: null }),
    },
    publish: {
      from: ["DITANDATANGANI"], to: "DITERBITKAN", label: "Terbitkan", permission: "management_review.manage",
      confirm: {
        title: "Terbitkan notulen?",
        message: "Notulen dikirim kepada peserta dan pejabat, RTL kepada PIC-nya, dan dikunci: tidak ada perubahan lagi.",
        done: "Notulen diterbitkan.",
      },
      writes: ({ now }) => ({ publishedAt: now }),
    },
    cancel: {
      from: ["DIJADWALKAN"], to: "DIBATALKAN", label: "Batalkan rapat", permission: "management_review.manage", tone: "danger",
      note: { label: "Alasan pembatalan", required: "Tuliskan alasan pembatalan." },
      confirm: { title: "Batalkan rapat", message: "Rapat dibatalkan; peserta tetap dapat melihat alasannya.", done: "Rapat dibatalkan." },
      writes: ({ note }) => ({ cancelReason: note }),
    },
  },
});
