"use client";
// The workflow buttons of a corrective-action round, exactly those the server allows.
import { WorkflowActions } from "@/components/workflow/workflow-actions";
import { transitionCorrectiveActionAction } from "@/lib/corrective-actions/actions";
import type { AllowedTransition } from "@/lib/workflow/allowed";

export function CaWorkflow({ record, transitions }: { record: { id: string; version: number }; transitions: AllowedTransition[] }) {
  return <WorkflowActions record={record} transitions={transitions} action={transitionCorrectiveActionAction} />;
}
