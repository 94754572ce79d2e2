"use client";
// "Mulai dari program tahun lalu": a new draft from an earlier programme, statuses reset.
import { useRouter } from "next/navigation";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, SelectField, TextField } from "@/components/ui";
import { copyProgrammeAction } from "@/lib/audits/programme-actions";

export type ProgrammeCopyFormProps = {
  sources: { id: string; label: string; year: number }[];
  defaultYear: number;
};

export function ProgrammeCopyForm({ sources, defaultYear }: ProgrammeCopyFormProps) {
  const router = useRouter();
  const { register, onSubmit, failure, formState: { errors, isSubmitting } } = useActionForm({
    schema: () => import("@/lib/audits/programme-schema").then((m) => m.programmeCopySchema),
    defaultValues: { sourceId: sources[0]?.id ?? "", year: defaultYear },
    submit: (values) => copyProgrammeAction(values),
    successMessage: "Program baru disusun dari program sebelumnya sebagai draf.",
    onSuccess: ({ id }) => {
      router.push(`/audits/programme/${encodeURIComponent(id)}/edit`);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <ActionError failure={failure} />
      <div className="grid-2">
        <SelectField id="copy-source" label="Program asal" required options={sources.map((s) => ({ value: s.id, label: s.label }))} error={errors.sourceId?.message} {...register("sourceId")} />
        <TextField id="copy-year" label="Tahun program baru" required inputMode="numeric" error={errors.year?.message} {...register("year")} />
      </div>
      <div className="row">
        <Button type="submit" variant="secondary" disabled={isSubmitting}>{isSubmitting ? "Menyalin…" : "Mulai dari program ini"}</Button>
      </div>
    </form>
  );
}
