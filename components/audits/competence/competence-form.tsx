"use client";
// Recording a training or certificate of an auditor, with its evidence file (lib/attachments).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller } from "react-hook-form";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, Checkbox, FileField, SelectField, TextField, TextareaField } from "@/components/ui";
import { COMPETENCE_FILE_MAX_BYTES, COMPETENCE_KINDS, COMPETENCE_KIND_LABELS } from "@/lib/audits/programme-constants";
import { addCompetenceAction } from "@/lib/audits/programme-actions";

const MAX_MB = Math.round(COMPETENCE_FILE_MAX_BYTES / 1024 / 1024);
const TOO_LARGE = `Berkas terlalu besar (maksimal ${MAX_MB} MB).`;
const ACCEPT = ".pdf,.png,.jpg,.jpeg,.docx,.odt,.doc";

export function CompetenceForm({ userId }: { userId: string }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [formKey, setFormKey] = useState(0);
  const { register, control, onSubmit, failure, reset, formState: { errors, isSubmitting } } = useActionForm({
    schema: () => import("@/lib/audits/competence-schema").then((m) => m.competenceFormSchema),
    defaultValues: { userId, kind: "PELATIHAN", title: "", provider: "", issuedOn: "", validUntil: "", internalAuditor: false, note: "" },
    submit: (values) => {
      if (file && file.size > COMPETENCE_FILE_MAX_BYTES) {
        setFileError(TOO_LARGE);
        return Promise.resolve(null);
      }
      const form = new FormData();
      form.set("userId", values.userId);
      form.set("kind", values.kind);
      form.set("title", values.title);
      form.set("provider", values.provider ?? "");
      form.set("issuedOn", values.issuedOn);
      form.set("validUntil", values.validUntil ?? "");
      form.set("internalAuditor", values.internalAuditor ? "true" : "false");
      form.set("note", values.note ?? "");
      if (file) form.set("file", file);
      return addCompetenceAction(form);
    },
    onFailure: (f) => {
      setFileError(f.fieldErrors?.evidence?.[0]);
    },
    successMessage: "Kompetensi auditor dicatat.",
    onSuccess: () => {
      reset();
      setFile(null);
      setFormKey((k) => k + 1);
      router.refresh();
    },
  });
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="stack">
      <ActionError failure={failure} />
      <div className="grid-2">
        <SelectField id="competence-kind" label="Jenis" required options={COMPETENCE_KINDS.map((k) => ({ value: k, label: COMPETENCE_KIND_LABELS[k] }))} error={errors.kind?.message} {...register("kind")} />
        <TextField id="competence-title" label="Nama pelatihan / sertifikat" required maxLength={200} error={errors.title?.message} {...register("title")} />
        <TextField id="competence-provider" label="Penyelenggara / penerbit" maxLength={200} error={errors.provider?.message} {...register("provider")} />
        <TextField id="competence-issued" label="Tanggal pelatihan / terbit" type="date" required error={errors.issuedOn?.message} {...register("issuedOn")} />
        <TextField id="competence-valid" label="Berlaku sampai (opsional)" type="date" error={errors.validUntil?.message} {...register("validUntil")} />
      </div>
      <Controller
        control={control}
        name="internalAuditor"
        render={({ field }) => (
          <Checkbox label="Pelatihan auditor internal (ISO 9001 / ISO 19011)" checked={field.value === true} onChange={(e) => field.onChange(e.target.checked)} />
        )}
      />
      <TextareaField id="competence-note" label="Catatan (opsional)" maxLength={1000} rows={2} error={errors.note?.message} {...register("note")} />
      <FileField
        id="competence-file"
        label="Berkas sertifikat"
        accept={ACCEPT}
        hint={`PDF, gambar atau dokumen; maksimal ${MAX_MB} MB.`}
        error={fileError}
        onChange={(event) => {
          const chosen = event.target.files?.[0] ?? null;
          setFile(chosen);
          setFileError(chosen && chosen.size > COMPETENCE_FILE_MAX_BYTES ? TOO_LARGE : undefined);
        }}
      />
      <div className="row">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : "Simpan kompetensi"}</Button>
      </div>
    </form>
  );
}
