"use client";
// The periodic review's outcome: still valid, revise (the register's new-revision page follows), or
// withdraw from use (ends the revision in force and withdraws every copy).
import { useRouter } from "next/navigation";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, SelectField, TextareaField } from "@/components/ui";
import { REVIEW_OUTCOMES, REVIEW_OUTCOME_LABELS } from "@/lib/documents/constants";
import { recordDocumentReviewAction } from "@/lib/documents/review-actions";
import type { DocumentReviewInput } from "@/lib/documents/review-schema";

const OUTCOME_HINT = "Perlu revisi: dokumen tetap berlaku sampai revisi baru disahkan. Ditarik: revisi berlaku menjadi kadaluarsa, semua salinan ditarik, masa retensi mulai dihitung.";

export function DocumentReviewForm({ documentId, version }: { documentId: string; version: number }) {
  const router = useRouter();
  const form = useActionForm({
    schema: () => import("@/lib/documents/review-schema").then((m) => m.documentReviewSchema),
    defaultValues: { documentId, version, outcome: "" as DocumentReviewInput["outcome"], note: "" },
    submit: (values) => recordDocumentReviewAction({ ...values, version }),
    successMessage: (_data, values) => `Kaji ulang dicatat: ${REVIEW_OUTCOME_LABELS[values.outcome]}.`,
    onSuccess: () => {
      form.reset({ documentId, version, outcome: "" as DocumentReviewInput["outcome"], note: "" });
      router.refresh();
    },
  });
  const { register, formState: { errors, isSubmitting } } = form;
  return (
    <form onSubmit={form.onSubmit} noValidate className="stack" aria-label="Catat kaji ulang">
      <ActionError failure={form.failure} />
      <SelectField
        id="review-outcome" label="Hasil kaji ulang" required hint={OUTCOME_HINT} placeholder="Pilih hasil"
        options={REVIEW_OUTCOMES.map((o) => ({ value: o, label: REVIEW_OUTCOME_LABELS[o] }))}
        error={errors.outcome?.message} {...register("outcome")}
      />
      <TextareaField id="review-note" label="Catatan kaji ulang" required rows={3} maxLength={2000} error={errors.note?.message} {...register("note")} />
      <div>
        <Button type="submit" loading={isSubmitting}>Simpan kaji ulang</Button>
      </div>
    </form>
  );
}
