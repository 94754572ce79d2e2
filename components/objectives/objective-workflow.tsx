"use client";
// The workflow buttons of a sasaran mutu, as the server allows them: Ubah / Revisi, Ajukan,
// Setujui, Kembalikan (with a note) and Tutup (with a reason).
import { useState } from "react";
import { ActionError } from "@/components/org/action-error";
import { Button, ConfirmDialog, LinkButton } from "@/components/ui";
import { transitionObjectiveAction } from "@/lib/objectives/actions";
import { TRANSITION_LABELS } from "@/lib/objectives/rules";
import type { ObjectiveDetail } from "@/lib/objectives/types";
import { TransitionNoteDialog } from "./transition-note-dialog";
import { useTransitionRunner } from "./use-transition-runner";

export type ObjectiveWorkflowProps = {
  objective: { id: string; version: number; code: string };
  allowed: ObjectiveDetail["allowed"];
};

const CONFIRM = {
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
} as const;

export function ObjectiveWorkflow({ objective, allowed }: ObjectiveWorkflowProps) {
  const [confirming, setConfirming] = useState<"submit" | "approve" | null>(null);
  const [noting, setNoting] = useState<"return" | "close" | null>(null);
  const { pending, failure, clearFailure, run } = useTransitionRunner(transitionObjectiveAction);
  const editHref = `/objectives/${encodeURIComponent(objective.id)}/edit`;

  const confirm = async () => {
    if (!confirming) return;
    const input = { id: objective.id, version: objective.version, transition: confirming, note: "" };
    await run(input, CONFIRM[confirming].done, () => setConfirming(null));
  };

  const open = (transition: "submit" | "approve") => {
    clearFailure();
    setConfirming(transition);
  };

  return (
    <>
      {allowed.edit && (
        <LinkButton href={editHref} variant="secondary">
          Ubah
        </LinkButton>
      )}
      {allowed.revise && (
        <LinkButton href={editHref} variant="secondary">
          Revisi
        </LinkButton>
      )}
      {allowed.submit && <Button onClick={() => open("submit")}>{TRANSITION_LABELS.submit}</Button>}
      {allowed.approve && <Button onClick={() => open("approve")}>{TRANSITION_LABELS.approve}</Button>}
      {allowed.return && (
        <Button variant="secondary" onClick={() => setNoting("return")}>
          {TRANSITION_LABELS.return}
        </Button>
      )}
      {allowed.close && (
        <Button variant="secondary" onClick={() => setNoting("close")}>
          {TRANSITION_LABELS.close}
        </Button>
      )}

      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? CONFIRM[confirming].title : ""}
        message={
          <div className="stack">
            <p>{confirming ? CONFIRM[confirming].message : ""}</p>
            <ActionError failure={failure} />
          </div>
        }
        confirmLabel={confirming ? TRANSITION_LABELS[confirming] : "Ya"}
        onConfirm={confirm}
        onCancel={() => setConfirming(null)}
        pending={pending}
      />
      {noting && (
        <TransitionNoteDialog
          key={`${noting}-${objective.version}`}
          open
          onClose={() => setNoting(null)}
          transition={noting}
          objective={objective}
        />
      )}
    </>
  );
}
