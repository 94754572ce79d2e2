// The revision workflow of a controlled document, defined once for the shared engine:
// DRAF/DIKEMBALIKAN –submit→ DIAJUKAN –check→ DIPERIKSA –approve→ DISAHKAN (→ BERLAKU on its
// effective date, effective-mutations.ts); a return at either step goes back to DIKEMBALIKAN with
// a note; a draft may be discarded (DIBATALKAN).
import { independentApprover, type ApprovalSubject } from "../auth/record-rules";
import { defineWorkflow, type WorkflowRecord } from "../workflow";
import { REVISION_STATUS_LABELS, type DocumentRevisionStatus } from "./constants";
import { approverIsNotCheckerOrAuthor, documentApprover, documentInUse, independentChecker, type RevisionRuleSubject } from "./rules";

export interface DocumentRevisionRecord extends WorkflowRecord<DocumentRevisionStatus>, ApprovalSubject, RevisionRuleSubject {
  documentId: string;
  revisionNo: number;
  effectiveDate: Date | null;
}

type Transition = "submit" | "check" | "return_check" | "approve" | "return" | "discard";

export const DOCUMENT_REVISION_WORKFLOW = defineWorkflow<DocumentRevisionStatus, DocumentRevisionRecord, Transition>({
  name: "Revisi dokumen",
  entity: "document",
  stateLabels: REVISION_STATUS_LABELS,
  transitions: {
    submit: {
      from: ["DRAF", "DIKEMBALIKAN"], to: "DIAJUKAN", label: "Ajukan", permission: "document.manage",
      rules: [documentInUse],
      confirm: {
        title: "Ajukan revisi dokumen?",
        message: "Revisi diajukan untuk diperiksa. Selama diproses, isinya tidak dapat diubah.",
        done: "Revisi diajukan untuk diperiksa.",
      },
      writes: ({ user, now }) => ({ submittedAt: now, submittedById: user.id, returnNote: null }),
    },
    check: {
      from: ["DIAJUKAN"], to: "DIPERIKSA", label: "Periksa", permission: "document.check",
      rules: [documentInUse, independentChecker],
      confirm: {
        title: "Tandai revisi sudah diperiksa?",
        message: "Revisi diteruskan kepada pimpinan (atau pejabat yang didelegasikan) untuk disahkan.",
        done: "Revisi diperiksa dan diteruskan untuk disahkan.",
      },
      writes: ({ user, now }) => ({ checkedAt: now, checkedById: user.id, checkedBy: user.name }),
    },
    return_check: {
      from: ["DIAJUKAN"], to: "DIKEMBALIKAN", label: "Kembalikan", permission: "document.check", tone: "secondary",
      rules: [independentChecker],
      note: { label: "Catatan", hint: "Apa yang perlu diperbaiki.", required: "Tuliskan catatan pengembalian." },
      confirm: {
        title: "Kembalikan revisi",
        message: "Revisi dikembalikan kepada penyusunnya untuk diperbaiki, lalu diajukan kembali.",
        done: "Revisi dikembalikan.",
      },
      writes: ({ note }) => ({ returnNote: note }),
    },
    approve: {
      from: ["DIPERIKSA"], to: "DISAHKAN", label: "Sahkan", permission: "document.approve",
      rules: [documentInUse, documentApprover, approverIsNotCheckerOrAuthor, independentApprover],
      confirm: {
        title: "Sahkan revisi dokumen?",
        message: "Revisi yang disahkan berlaku pada tanggal berlakunya; revisi yang berlaku sebelumnya menjadi kadaluarsa.",
        done: "Revisi disahkan.",
      },
      writes: ({ user, now }) => ({ approvedAt: now, approvedById: user.id, approvedBy: user.name, returnNote: null }),
    },
    return: {
      from: ["DIPERIKSA"], to: "DIKEMBALIKAN", label: "Kembalikan", permission: "document.approve", tone: "secondary",
      rules: [documentApprover],
      note: { label: "Catatan", hint: "Apa yang perlu diperbaiki.", required: "Tuliskan catatan pengembalian." },
      confirm: {
        title: "Kembalikan revisi",
        message: "Revisi dikembalikan kepada penyusunnya untuk diperbaiki, lalu diajukan dan diperiksa kembali.",
        done: "Revisi dikembalikan.",
      },
      writes: ({ note }) => ({ returnNote: note, checkedAt: null, checkedById: null, checkedBy: null }),
    },
    discard: {
      from: ["DRAF", "DIKEMBALIKAN"], to: "DIBATALKAN", label: "Batalkan draf", permission: "document.manage", tone: "danger",
      confirm: {
        title: "Batalkan draf revisi?",
        message: "Draf ini dibatalkan; revisi yang berlaku tidak berubah. Draf tetap tercatat dalam riwayat.",
        done: "Draf revisi dibatalkan.",
      },
    },
  },
});

export type RevisionTransition = Transition;
