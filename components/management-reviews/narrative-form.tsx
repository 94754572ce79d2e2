"use client";
// The manajer mutu's narrative of one input, written until the meeting starts (then frozen).
import { useRouter } from "next/navigation";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, TextareaField } from "@/components/ui";
import { saveNarrativeAction } from "@/lib/management-reviews/actions";

export function NarrativeForm({ reviewId, version, sectionKey, title, narrative }: { reviewId: string; version: number; sectionKey: string; title: string; narrative: string | null }) {
  const router = useRouter();
  const form = useActionForm({
    schema: () => import("@/lib/management-reviews/schema").then((m) => m.narrativeSchema),
    defaultValues: { reviewId, version, key: sectionKey as never, narrative: narrative ?? "" },
    // The page's version after every save of any section (router.refresh), not the one the form opened with.
    submit: (values) => saveNarrativeAction({ ...values, version }),
    successMessage: "Narasi disimpan.",
    onSuccess: () => router.refresh(),
  });
  const { register, formState: { errors, isSubmitting } } = form;
  return (
    <form onSubmit={form.onSubmit} noValidate className="stack-sm" aria-label={`Narasi ${title}`}>
      <ActionError failure={form.failure} />
      <TextareaField id={`narrative-${sectionKey}`} label="Narasi manajer mutu" rows={3} maxLength={8000} error={errors.narrative?.message} {...register("narrative")} />
      <div>
        <Button type="submit" variant="secondary" size="sm" loading={isSubmitting}>Simpan narasi</Button>
      </div>
    </form>
  );
}
