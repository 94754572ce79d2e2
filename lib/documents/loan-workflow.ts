// The lending workflow on the one engine. The arsiparis (archive.loan.manage over the agency)
// refuses a request with a note or records the return with the archive's condition; issuing it
// (kartu kendali, dates) and the borrower's receipt are their own mutations (loan-mutations.ts).
import { defineWorkflow, type WorkflowRecord } from "../workflow";
import { LOAN_STATUS_LABELS, type ArchiveLoanStatus } from "./constants";

export const ARCHIVE_LOAN_STATUSES = ["DIAJUKAN", "DIPINJAM", "DIKEMBALIKAN", "DITOLAK"] as const satisfies readonly ArchiveLoanStatus[];

export interface LoanRecord extends WorkflowRecord<ArchiveLoanStatus> {
  agendaNo: string;
  archiveTitle: string;
  borrowerId: string;
}

export const LOAN_WORKFLOW = defineWorkflow({
  name: "Peminjaman arsip",
  entity: "archive_loan",
  stateLabels: LOAN_STATUS_LABELS,
  transitions: {
    refuse: {
      from: ["DIAJUKAN"], to: "DITOLAK", label: "Tolak", permission: "archive.loan.manage", tone: "danger",
      note: { label: "Alasan penolakan", hint: "Mis. arsip berklasifikasi rahasia, atau sedang dipinjam pihak lain.", required: "Tuliskan alasan penolakan." },
      confirm: { title: "Tolak permintaan peminjaman", message: "Peminjam diberi tahu alasannya.", done: "Permintaan peminjaman ditolak." },
      writes: ({ note }) => ({ refuseNote: note }),
    },
    return_loan: {
      from: ["DIPINJAM"], to: "DIKEMBALIKAN", label: "Catat pengembalian", permission: "archive.loan.manage",
      note: { label: "Kondisi arsip", hint: "Mis. lengkap dan baik; atau halaman yang hilang atau rusak.", required: "Tuliskan kondisi arsip saat diterima kembali." },
      confirm: { title: "Catat pengembalian arsip", message: "Arsip diterima kembali dan kartu kendali ditutup.", done: "Pengembalian arsip dicatat." },
      writes: ({ note, now, user }) => ({ returnCondition: note, returnedAt: now, receivedById: user.id }),
    },
  },
});

export type LoanTransition = keyof typeof LOAN_WORKFLOW.transitions;
