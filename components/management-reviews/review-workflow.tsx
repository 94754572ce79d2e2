"use client";
// The actions of a meeting: Ubah jadwal beside the workflow buttons the server allows.
import { LinkButton } from "@/components/ui";
import { WorkflowActions } from "@/components/workflow/workflow-actions";
import { transitionReviewAction } from "@/lib/management-reviews/actions";
import type { AllowedTransition } from "@/lib/workflow/allowed";

export function ReviewWorkflow({ review }: { review: { id: string; version: number; transitions: AllowedTransition[]; allowed: { edit: boolean } } }) {
  return (
    <>
      {review.allowed.edit && (
        <LinkButton href={`/management-reviews/${encodeURIComponent(review.id)}/edit`} variant="secondary">
          Ubah jadwal
        </LinkButton>
      )}
      <WorkflowActions record={review} transitions={review.transitions} action={transitionReviewAction} />
    </>
  );
}
