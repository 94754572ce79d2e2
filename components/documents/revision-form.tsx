"use client";
// The form perubahan dokumen: why and what changes, the planned effective date, and the revision's
// content as a file (PDF, DOCX or XLSX, checked by content on the server) and/or text.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, FileField, LinkButton, TextField, TextareaField } from "@/components/ui";
import { saveRevisionAction } from "@/lib/documents/actions";
import { DOCUMENT_FILE_MAX_BYTES } from "@/lib/documents/constants";
import type { RevisionFormInput } from "@/lib/documents/schema";

const MAX_MB = Math.round(DOCUMENT_FILE_MAX_BYTES / 1024 / 1024);
const TOO_LARGE = `Berkas dokumen terlalu besar (maksimal ${MAX_MB} MB).`;
const ACCEPT = ".pdf,.docx,.xlsx";

export type RevisionFormProps = {
  documentId: string;
  /** The draft being edited, or null for a new revision. */
  revisionNo: number | null;
  version: number;
  defaults: Pick<RevisionFormInput, "changeReason" | "changedParts" | "effectiveDate" | "text">;
  /** The draft's current file, kept when no new file is chosen. */
  currentFile: string | null;
  requester: string;
  cancelHref: string;
};

export function RevisionForm({ documentId, revisionNo, version, defaults, currentFile, requester, cancelHref }: RevisionFormProps) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const { register, onSubmit, failure, formState: { errors, isSubmitting } } = useActionForm({
    schema: () => import("@/lib/documents/schema").then((m) => m.revisionFormSchema),
    defaultValues: { documentId, revisionNo, version, ...defaults },
    submit: (values) => {
      if (file && file.size > DOCUMENT_FILE_MAX_BYTES) {
        setFileError(TOO_LARGE);
        return Promise.resolve(null);
      }
      const form = new FormData();
      form.set("documentId", values.documentId);
      form.set("revisionNo", values.revisionNo === null ? "" : String(values.revisionNo));
      form.set("version", String(values.version));
      form.set("changeReason", values.changeReason);
      form.set("changedParts", values.changedParts ?? "");
      form.set("effectiveDate", values.effectiveDate ?? "");
      form.set("text", values.text ?? "");
      if (file) form.set("file", file);
      return saveRevisionAction(form);
    },
    onFailure: (f) => {
      setFileError(f.fieldErrors?.file?.[0]);
    },
    successMessage: (data) => `Revisi ${data.revisionNo} disimpan sebagai draf; ajukan untuk diperiksa.`,
    onSuccess: () => {
      router.push(`/documents/${encodeURIComponent(documentId)}`);
      router.refresh();
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <ActionError failure={failure} />
      <p className="muted">{`Pengusul: ${requester}`}</p>
      <TextareaField id="revision-reason" label="Alasan perubahan" required maxLength={2000} rows={3} error={errors.changeReason?.message} {...register("changeReason")} />
      <TextareaField
        id="revision-parts" label="Bagian yang diubah (opsional)" maxLength={2000} rows={2} hint="Mis. Bagian B, langkah 3-5, lampiran." error={errors.changedParts?.message}
        {...register("changedParts")}
      />
      <TextField
        id="revision-effective" label="Rencana tanggal berlaku (opsional)" type="date" error={errors.effectiveDate?.message}
        hint="Kosong atau hari ini: berlaku saat disahkan. Tanggal kemudian: berlaku otomatis pada tanggal itu." {...register("effectiveDate")}
      />
      <FileField
        id="revision-file"
        label="Berkas dokumen"
        accept={ACCEPT}
        hint={`${currentFile ? `Berkas saat ini: ${currentFile}. Pilih berkas lain untuk menggantinya. ` : ""}PDF, DOCX atau XLSX; maksimal ${MAX_MB} MB.`}
        error={fileError}
        onChange={(event) => {
          const chosen = event.target.files?.[0] ?? null;
          setFile(chosen);
          setFileError(chosen && chosen.size > DOCUMENT_FILE_MAX_BYTES ? TOO_LARGE : undefined);
        }}
      />
      <TextareaField
        id="revision-text" label="Isi dokumen (opsional bila ada berkas)" maxLength={50_000} rows={6} error={errors.text?.message}
        {...register("text")}
      />
      <div className="row">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : "Simpan draf revisi"}</Button>
        <LinkButton href={cancelHref} variant="secondary">Batal</LinkButton>
      </div>
    </form>
  );
}
