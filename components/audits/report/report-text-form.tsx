"use client";
// What the audit team writes in the report while it is a draft: summary, strengths, conclusion.
import { useRouter } from "next/navigation";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, TextareaField } from "@/components/ui";
import { saveReportTextAction } from "@/lib/audits/checklist-actions";

export type ReportTextFormProps = {
  auditId: string;
  version: number | null;
  summary: string | null;
  strengths: string | null;
  conclusion: string | null;
};

export function ReportTextForm({ auditId, version, summary, strengths, conclusion }: ReportTextFormProps) {
  const router = useRouter();
  const form = useActionForm({
    schema: () => import("@/lib/audits/report-schema").then((m) => m.reportTextSchema),
    defaultValues: { auditId, version, summary: summary ?? "", strengths: strengths ?? "", conclusion: conclusion ?? "" },
    submit: (values) => saveReportTextAction(values),
    successMessage: "Laporan disimpan.",
    onSuccess: (data) => {
      form.setValue("version", data.version);
      router.refresh();
    },
  });
  const { register, formState: { errors, isSubmitting } } = form;
  return (
    <form onSubmit={form.onSubmit} noValidate className="stack" aria-label="Isi laporan">
      <ActionError failure={form.failure} />
      <TextareaField id="report-summary" label="Ringkasan pelaksanaan" rows={3} maxLength={8000} error={errors.summary?.message} {...register("summary")} />
      <TextareaField id="report-strengths" label="Kekuatan" rows={3} maxLength={8000} error={errors.strengths?.message} {...register("strengths")} />
      <TextareaField id="report-conclusion" label="Kesimpulan" hint="Wajib sebelum ketua tim menyetujui laporan." rows={4} maxLength={8000} error={errors.conclusion?.message} {...register("conclusion")} />
      <div>
        <Button type="submit" loading={isSubmitting}>
          Simpan laporan
        </Button>
      </div>
    </form>
  );
}
