"use client";
// The actions of a sasaran mutu: Ubah / Revisi beside the workflow buttons the server allows.
import { LinkButton } from "@/components/ui";
import { WorkflowActions } from "@/components/workflow/workflow-actions";
import { transitionObjectiveAction } from "@/lib/objectives/actions";
import type { ObjectiveDetail } from "@/lib/objectives/types";

export type ObjectiveWorkflowProps = {
  objective: Pick<ObjectiveDetail, "id" | "version" | "transitions" | "allowed" | "pendingRevision">;
};

export function ObjectiveWorkflow({ objective }: ObjectiveWorkflowProps) {
  const editHref = `/objectives/${encodeURIComponent(objective.id)}/edit`;
  return (
    <>
      {objective.allowed.edit && (
        <LinkButton href={editHref} variant="secondary">
          Ubah
        </LinkButton>
      )}
      {objective.allowed.revise && (
        <LinkButton href={editHref} variant="secondary">
          {objective.pendingRevision ? "Ubah draf revisi" : "Revisi"}
        </LinkButton>
      )}
      <WorkflowActions record={objective} transitions={objective.transitions} action={transitionObjectiveAction} />
    </>
  );
}
