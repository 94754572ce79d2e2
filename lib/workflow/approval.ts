// The one revision model of the portal: a record has the version in force plus at most one
// pending draft (DRAF, DIAJUKAN, DIKEMBALIKAN), which replaces it when approved. A brand-new record
// is a pending draft with nothing in force yet. This factory gives every such record the same
// transitions (ajukan, setujui, kembalikan, batalkan); domains add their own (e.g. close).
import { independentApprover, type ApprovalSubject } from "../auth/record-rules";
import type { Permission } from "../auth/permissions";
import type { TransitionSpec, WorkflowRecord } from "./define";

export const PENDING_STATES = ["DRAF", "DIAJUKAN", "DIKEMBALIKAN"] as const;
export type ApprovalState = (typeof PENDING_STATES)[number] | "DISETUJUI" | "DIBATALKAN";

export interface ApprovalRecord<S extends string> extends WorkflowRecord<S>, ApprovalSubject {}

type Texts = { title: string; message: string; done: string };

export interface ApprovalOptions {
  manage: Permission;
  approve: Permission;
  labels?: Partial<Record<"submit" | "approve" | "return" | "discard", string>>;
  texts: { submit: Texts; approve: Texts; return: Texts; discard?: Texts };
}

export function approvalTransitions<S extends string, R extends ApprovalRecord<S>>(options: ApprovalOptions) {
  const label = { submit: "Ajukan", approve: "Setujui", return: "Kembalikan", discard: "Batalkan draf", ...options.labels };
  const transitions = {
    submit: {
      from: ["DRAF", "DIKEMBALIKAN"], to: "DIAJUKAN", label: label.submit, permission: options.manage,
      confirm: options.texts.submit,
      writes: ({ user, now }) => ({ submittedAt: now, submittedById: user.id, returnNote: null }),
    },
    approve: {
      from: ["DIAJUKAN"], to: "DISETUJUI", label: label.approve, permission: options.approve,
      rules: [independentApprover], confirm: options.texts.approve,
      writes: ({ user, now }) => ({ approvedAt: now, approvedById: user.id, approvedBy: user.name, returnNote: null }),
    },
    return: {
      from: ["DIAJUKAN"], to: "DIKEMBALIKAN", label: label.return, permission: options.approve, tone: "secondary",
      note: { label: "Catatan", hint: "Apa yang perlu diperbaiki.", required: "Tuliskan catatan pengembalian." },
      confirm: options.texts.return,
      writes: ({ note }) => ({ returnNote: note }),
    },
    discard: {
      from: ["DRAF", "DIKEMBALIKAN"], to: "DIBATALKAN", label: label.discard, permission: options.manage, tone: "danger",
      confirm: options.texts.discard ?? {
        title: "Batalkan draf?",
        message: "Draf ini dibatalkan; versi yang berlaku tidak berubah. Draf tetap tercatat dalam riwayat.",
        done: "Draf dibatalkan.",
      },
    },
  } satisfies Record<string, TransitionSpec<string, R>>;
  return transitions as unknown as Record<keyof typeof transitions, TransitionSpec<S, R>>;
}
