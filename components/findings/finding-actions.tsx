"use client";
// The response buttons of a finding: exactly those the server allows (lib/findings/workflow.ts).
import { WorkflowActions } from "@/components/workflow/workflow-actions";
import { transitionFindingAction } from "@/lib/findings/actions";
import type { FindingDetail } from "@/lib/findings/types";

export function FindingActions({ finding }: { finding: Pick<FindingDetail, "id" | "version" | "transitions"> }) {
  return <WorkflowActions record={finding} transitions={finding.transitions} action={transitionFindingAction} />;
}
