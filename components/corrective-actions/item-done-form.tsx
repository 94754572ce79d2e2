"use client";
// Recording an action done: what was done (the evidence note) and an evidence file.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, FileField, TextareaField } from "@/components/ui";
import { recordItemDoneAction } from "@/lib/corrective-actions/actions";
import { EVIDENCE_MAX_BYTES } from "@/lib/corrective-actions/constants";

const ACCEPT = ".pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx,.odt,.ods,.csv,.txt";
const MAX_MB = Math.round(EVIDENCE_MAX_BYTES / 1024 / 1024);

export function ItemDoneForm({ itemId, version, index, note, hasEvidence }: { itemId: string; version: number; index: number; note: string | null; hasEvidence: boolean }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const {
    register,
    onSubmit,
    failure,
    formState: { errors, isSubmitting },
  } = useActionForm({
    schema: () => import("@/lib/corrective-actions/schema").then((m) => m.itemDoneSchema),
    defaultValues: { itemId, version, note: note ?? "" },
    submit: (values) => {
      setFileError(undefined);
      if (!file && !hasEvidence) {
        setFileError("Lampirkan berkas bukti pelaksanaan.");
        return Promise.resolve(null);
      }
      if (file && file.size > EVIDENCE_MAX_BYTES) {
        setFileError(`Berkas bukti terlalu besar (maksimal ${MAX_MB} MB).`);
        return Promise.resolve(null);
      }
      const form = new FormData();
      form.set("itemId", values.itemId);
      form.set("version", String(values.version));
      form.set("note", values.note);
      if (file) form.set("evidence", file);
      return recordItemDoneAction(form);
    },
    onFailure: (f) => {
      setFileError(f.fieldErrors?.evidence?.[0]);
    },
    successMessage: "Pelaksanaan tindakan dicatat.",
    onSuccess: () => router.refresh(),
  });
  const id = (name: string) => `item-${index}-${name}`;
  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label={`Catat pelaksanaan tindakan ${index + 1}`}>
      <ActionError failure={failure} />
      <TextareaField id={id("note")} label="Bukti pelaksanaan" required rows={2} maxLength={2000} error={errors.note?.message} {...register("note")} />
      <FileField
        id={id("evidence")}
        label="Berkas bukti"
        required={!hasEvidence}
        accept={ACCEPT}
        hint={`PDF, gambar, dokumen kantor, CSV atau teks; maksimal ${MAX_MB} MB.`}
        error={fileError}
        onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
      />
      <div>
        <Button type="submit" size="sm" loading={isSubmitting}>
          Catat selesai
        </Button>
      </div>
    </form>
  );
}
