"use client";
// The workflow buttons of a Berita Acara Pemusnahan (submit, approve, return, discard).
import { WorkflowActions } from "@/components/workflow/workflow-actions";
import { transitionDestructionAction } from "@/lib/documents/retention-actions";
import type { AllowedTransition } from "@/lib/workflow/allowed";

export function DestructionWorkflow({ record, transitions }: { record: { id: string; version: number }; transitions: AllowedTransition[] }) {
  return <WorkflowActions record={record} transitions={transitions} action={transitionDestructionAction} />;
}
