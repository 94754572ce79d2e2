"use client";
// The programme's actions: Ubah beside the workflow buttons the server allows.
import { LinkButton } from "@/components/ui";
import { WorkflowActions } from "@/components/workflow/workflow-actions";
import { transitionProgrammeAction } from "@/lib/audits/programme-actions";
import type { ProgrammeDetail } from "@/lib/audits/programme-types";

export function ProgrammeWorkflow({ programme }: { programme: Pick<ProgrammeDetail, "id" | "version" | "transitions" | "mayEdit"> }) {
  return (
    <>
      {programme.mayEdit && (
        <LinkButton href={`/audits/programme/${encodeURIComponent(programme.id)}/edit`} variant="secondary">
          Ubah
        </LinkButton>
      )}
      <WorkflowActions record={programme} transitions={programme.transitions} action={transitionProgrammeAction} />
    </>
  );
}
