"use client";
// The workflow buttons of a document's pending revision: exactly those the server allows.
import { WorkflowActions } from "@/components/workflow/workflow-actions";
import { transitionRevisionAction } from "@/lib/documents/actions";
import type { AllowedTransition } from "@/lib/workflow";

export function RevisionWorkflow({ revision }: { revision: { id: string; version: number; transitions: AllowedTransition[] } }) {
  return <WorkflowActions record={revision} transitions={revision.transitions} action={transitionRevisionAction} />;
}
