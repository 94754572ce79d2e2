"use client";
// Recording the hand-over of a permanent record to the provincial archive (a date and a note).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, Dialog, TextareaField, TextField } from "@/components/ui";
import { handOverDocumentAction } from "@/lib/documents/retention-actions";

export function HandOverButton({ documentId, version, code, today }: { documentId: string; version: number; code: string; today: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const form = useActionForm({
    schema: () => import("@/lib/documents/destruction-schema").then((m) => m.handOverSchema),
    defaultValues: { documentId, version, handedOverOn: today, note: "" },
    submit: (values) => handOverDocumentAction({ ...values, note: values.note ?? "" }),
    successMessage: `Penyerahan ${code} ke arsip provinsi dicatat.`,
    onSuccess: () => { setOpen(false); router.refresh(); },
  });
  const { register, formState: { errors, isSubmitting } } = form;
  return (
    <>
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} aria-label={`Catat penyerahan ${code}`}>Catat penyerahan</Button>
      {open && (
        <Dialog open onClose={() => setOpen(false)} title={`Penyerahan ${code} ke arsip provinsi`} dismissible={!isSubmitting}>
          <form onSubmit={form.onSubmit} noValidate className="stack" aria-label={`Penyerahan ${code}`}>
            <ActionError failure={form.failure} />
            <p>Arsip permanen ini diserahkan ke lembaga kearsipan provinsi. Dokumen tetap tercatat dengan status diserahkan.</p>
            <TextField id={`handover-date-${documentId}`} label="Tanggal penyerahan" type="date" required error={errors.handedOverOn?.message} {...register("handedOverOn")} />
            <TextareaField id={`handover-note-${documentId}`} label="Catatan" hint="Mis. nomor berita acara serah terima dari arsip provinsi." rows={2} maxLength={1000} error={errors.note?.message} {...register("note")} />
            <div>
              <Button type="submit" loading={isSubmitting}>Simpan penyerahan</Button>
            </div>
          </form>
        </Dialog>
      )}
    </>
  );
}
