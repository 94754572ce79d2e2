"use client";
// The confirmation of a kebijakan mutu transition; "Kembalikan" asks for a note.
import { ActionError } from "@/components/org/action-error";
import { ConfirmDialog, NoteDialog } from "@/components/ui";
import { transitionPolicyAction } from "@/lib/objectives/actions";
import { TRANSITION_NOTE_REQUIRED } from "@/lib/objectives/schema";
import { useTransitionRunner } from "./use-transition-runner";

export type PolicyTransition = "submit" | "approve" | "return";

export const POLICY_TRANSITION_TEXT: Record<PolicyTransition, { button: string; title: string; intro: string; done: string }> = {
  submit: {
    button: "Ajukan",
    title: "Ajukan kebijakan mutu?",
    intro: "Draf ini diajukan kepada pimpinan untuk disahkan. Selama diajukan, isinya tidak dapat diubah.",
    done: "Kebijakan mutu diajukan kepada pimpinan.",
  },
  approve: {
    button: "Sahkan",
    title: "Sahkan kebijakan mutu?",
    intro: "Versi ini menjadi kebijakan mutu yang berlaku dan menggantikan versi sebelumnya.",
    done: "Kebijakan mutu disahkan dan berlaku.",
  },
  return: {
    button: "Kembalikan",
    title: "Kembalikan kebijakan mutu",
    intro: "Draf dikembalikan kepada manajer mutu untuk diperbaiki.",
    done: "Kebijakan mutu dikembalikan.",
  },
};

export type PolicyTransitionDialogProps = { policy: { id: string; version: number }; transition: PolicyTransition; onClose: () => void };

export function PolicyTransitionDialog({ policy, transition, onClose }: PolicyTransitionDialogProps) {
  const text = POLICY_TRANSITION_TEXT[transition];
  const { pending, failure, run } = useTransitionRunner(transitionPolicyAction);
  const confirm = (note: string) => run({ id: policy.id, version: policy.version, transition, note }, text.done, onClose);
  const error = <ActionError failure={failure} />;

  if (transition === "return") {
    return (
      <NoteDialog
        open
        size="sm"
        title={text.title}
        message={text.intro}
        noteLabel="Catatan"
        noteHint="Apa yang perlu diperbaiki."
        requiredMessage={TRANSITION_NOTE_REQUIRED.return}
        confirmLabel={text.button}
        pending={pending}
        error={error}
        onConfirm={confirm}
        onCancel={onClose}
      />
    );
  }
  return (
    <ConfirmDialog
      open
      role="dialog"
      title={text.title}
      message={
        <div className="stack">
          <p>{text.intro}</p>
          {error}
        </div>
      }
      confirmLabel={text.button}
      pending={pending}
      onConfirm={() => confirm("")}
      onCancel={onClose}
    />
  );
}
