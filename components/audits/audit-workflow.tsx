"use client";
// The actions of an audit: Ubah rencana beside the workflow buttons the server allows.
import { LinkButton } from "@/components/ui";
import { WorkflowActions } from "@/components/workflow/workflow-actions";
import { transitionAuditAction } from "@/lib/audits/actions";
import type { AuditDetail } from "@/lib/audits/types";

export function AuditWorkflow({ audit }: { audit: Pick<AuditDetail, "id" | "version" | "transitions" | "allowed"> }) {
  return (
    <>
      {audit.allowed.edit && (
        <LinkButton href={`/audits/${encodeURIComponent(audit.id)}/edit`} variant="secondary">
          Ubah rencana
        </LinkButton>
      )}
      <WorkflowActions record={audit} transitions={audit.transitions} action={transitionAuditAction} />
    </>
  );
}
