"use client";
// A request to borrow a physical archive: a controlled document of one's agency or a free
// description, with the purpose (the surat permintaan of SOP Pengendalian Arsip).
import { useRouter } from "next/navigation";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, SelectField, TextareaField, TextField } from "@/components/ui";
import { requestLoanAction } from "@/lib/documents/loan-actions";

export function LoanRequestForm({ documents, documentId }: { documents: { id: string; label: string }[]; documentId?: string }) {
  const router = useRouter();
  const form = useActionForm({
    schema: () => import("@/lib/documents/loan-schema").then((m) => m.loanRequestSchema),
    defaultValues: { documentId: documents.some((d) => d.id === documentId) ? documentId : "", archiveTitle: "", purpose: "" },
    submit: (values) => requestLoanAction({ documentId: values.documentId ?? "", archiveTitle: values.archiveTitle ?? "", purpose: values.purpose }),
    successMessage: (data) => `Permintaan peminjaman dicatat dengan nomor agenda ${data.agendaNo}.`,
    onSuccess: (data) => router.push(`/documents/loans/${encodeURIComponent(data.id)}`),
  });
  const { register, formState: { errors, isSubmitting } } = form;
  return (
    <form onSubmit={form.onSubmit} noValidate className="stack" aria-label="Permintaan peminjaman arsip">
      <ActionError failure={form.failure} />
      <SelectField
        id="loan-document" label="Dokumen terkendali" hint="Pilih bila arsip yang dipinjam adalah dokumen terdaftar Perangkat Daerah Anda."
        options={documents.map((d) => ({ value: d.id, label: d.label }))} placeholder="Bukan dokumen terdaftar" error={errors.documentId?.message} {...register("documentId")}
      />
      <TextField id="loan-title" label="Uraian arsip" hint="Judul berkas, nomor berkas atau kode arsip (wajib bila tidak memilih dokumen)." maxLength={300} error={errors.archiveTitle?.message} {...register("archiveTitle")} />
      <TextareaField id="loan-purpose" label="Keperluan" required rows={3} maxLength={1000} error={errors.purpose?.message} {...register("purpose")} />
      <div>
        <Button type="submit" loading={isSubmitting}>Ajukan peminjaman</Button>
      </div>
    </form>
  );
}
