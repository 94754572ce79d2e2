"use client";
// "Kembalikan" (with a required note) and "Tutup" (with a required reason) of a sasaran mutu.
import { ActionError } from "@/components/org/action-error";
import { NoteDialog } from "@/components/ui";
import { transitionObjectiveAction } from "@/lib/objectives/actions";
import { TRANSITION_NOTE_REQUIRED } from "@/lib/objectives/schema";
import { useTransitionRunner } from "./use-transition-runner";

const TEXT = {
  return: {
    title: "Kembalikan sasaran mutu",
    intro: "Sasaran dikembalikan kepada penyusunnya untuk diperbaiki, lalu diajukan kembali.",
    label: "Catatan",
    hint: "Apa yang perlu diperbaiki.",
    confirm: "Kembalikan",
    done: "Sasaran mutu dikembalikan kepada penyusunnya.",
  },
  close: {
    title: "Tutup sasaran mutu",
    intro: "Sasaran yang ditutup tidak diukur lagi. Pengukuran yang sudah dicatat tetap tersimpan.",
    label: "Alasan",
    hint: "Mis. layanan dialihkan ke unit lain, atau sasaran digabung dengan sasaran lain.",
    confirm: "Tutup sasaran",
    done: "Sasaran mutu ditutup.",
  },
} as const;

export type TransitionNoteDialogProps = {
  open: boolean;
  onClose: () => void;
  transition: "return" | "close";
  objective: { id: string; version: number };
};

export function TransitionNoteDialog({ open, onClose, transition, objective }: TransitionNoteDialogProps) {
  const text = TEXT[transition];
  const { pending, failure, run } = useTransitionRunner(transitionObjectiveAction);

  return (
    <NoteDialog
      open={open}
      title={text.title}
      message={text.intro}
      noteLabel={text.label}
      noteHint={text.hint}
      requiredMessage={TRANSITION_NOTE_REQUIRED[transition]}
      confirmLabel={text.confirm}
      tone={transition === "close" ? "danger" : "primary"}
      pending={pending}
      error={<ActionError failure={failure} />}
      onConfirm={(note) => run({ id: objective.id, version: objective.version, transition, note }, text.done, onClose)}
      onCancel={onClose}
    />
  );
}
