"use client";
// Registering or editing a controlled document's identity, on the same zod schema as the actions.
// A new document goes on to its first revision (the file) right after it is saved.
import { useRouter } from "next/navigation";
import { ActionError, useActionForm, withData } from "@/components/forms";
import { Button, LinkButton, SelectField, TextField, TextareaField, type SelectOption } from "@/components/ui";
import { createDocumentAction, updateDocumentAction } from "@/lib/documents/actions";
import {
  DOCUMENT_ACCESSES,
  DOCUMENT_ACCESS_HINTS,
  DOCUMENT_ACCESS_LABELS,
  DOCUMENT_TYPES,
  DOCUMENT_TYPE_LABELS,
  FINAL_DISPOSITIONS,
  FINAL_DISPOSITION_LABELS,
  TYPE_DEFAULTS,
  type DocumentAccess,
  type DocumentType,
} from "@/lib/documents/constants";
import type { DocumentFormInput } from "@/lib/documents/schema";

const TYPE_OPTIONS = DOCUMENT_TYPES.map((t) => ({ value: t, label: DOCUMENT_TYPE_LABELS[t] }));
const ACCESS_OPTIONS = DOCUMENT_ACCESSES.map((a) => ({ value: a, label: DOCUMENT_ACCESS_LABELS[a] }));
const DISPOSITION_OPTIONS = FINAL_DISPOSITIONS.map((d) => ({ value: d, label: FINAL_DISPOSITION_LABELS[d] }));

export type DocumentFormProps = {
  document?: { id: string; version: number };
  defaults: DocumentFormInput;
  units: SelectOption[];
  cancelHref: string;
};

export function DocumentForm({ document, defaults, units, cancelHref }: DocumentFormProps) {
  const router = useRouter();
  const editing = Boolean(document);
  const { register, watch, setValue, onSubmit, failure, formState: { errors, isSubmitting } } = useActionForm({
    schema: () => import("@/lib/documents/schema").then((m) => m.documentFormSchema),
    defaultValues: defaults,
    submit: async (values) => {
      if (!document) return createDocumentAction(values);
      return withData(await updateDocumentAction({ id: document.id, version: document.version, values }), { id: document.id, code: values.code ?? "" });
    },
    successMessage: (data) => (editing ? "Perubahan dokumen disimpan." : `Dokumen ${data.code} didaftarkan. Lanjutkan dengan revisi pertamanya.`),
    onSuccess: ({ id }) => {
      router.push(editing ? `/documents/${encodeURIComponent(id)}` : `/documents/${encodeURIComponent(id)}/revisions/new`);
      router.refresh();
    },
  });
  const access = watch("access") as DocumentAccess;
  const typeField = register("type");

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <ActionError failure={failure} />
      <div className="grid-2">
        {editing ? (
          <TextField id="document-type" label="Jenis dokumen" readOnly value={DOCUMENT_TYPE_LABELS[defaults.type as DocumentType]} hint="Jenis tidak dapat diubah." />
        ) : (
          <SelectField
            id="document-type" label="Jenis dokumen" required options={TYPE_OPTIONS} error={errors.type?.message}
            hint="Masa simpan, akses dan kaji ulang mengikuti jenisnya; dapat disesuaikan."
            {...typeField}
            onChange={(event) => {
              void typeField.onChange(event);
              const d = TYPE_DEFAULTS[event.target.value as DocumentType];
              if (!d) return;
              setValue("access", d.access);
              setValue("retentionActiveYears", d.active);
              setValue("retentionInactiveYears", d.inactive);
              setValue("finalDisposition", d.disposition);
              setValue("reviewIntervalMonths", d.reviewMonths);
            }}
          />
        )}
        <SelectField id="document-unit" label="Unit pemilik" required options={units} placeholder="Pilih unit" error={errors.unitId?.message} {...register("unitId")} />
        <TextField
          id="document-code" label="Kode dokumen" maxLength={60} error={errors.code?.message}
          hint={editing ? "Unik dalam Perangkat Daerah." : "Kosongkan agar kode dibuat dari pola Perangkat Daerah; unik dalam Perangkat Daerah."}
          {...register("code")}
        />
        <TextField id="document-title" label="Judul" required maxLength={200} error={errors.title?.message} {...register("title")} />
      </div>
      <TextareaField id="document-description" label="Uraian (opsional)" maxLength={2000} rows={3} error={errors.description?.message} {...register("description")} />
      <SelectField id="document-access" label="Kelas akses" required options={ACCESS_OPTIONS} hint={DOCUMENT_ACCESS_HINTS[access] ?? undefined} error={errors.access?.message} {...register("access")} />
      <div className="grid-2">
        <TextField id="document-active" label="Masa aktif (tahun)" type="number" min={0} max={100} required error={errors.retentionActiveYears?.message} {...register("retentionActiveYears")} />
        <TextField id="document-inactive" label="Masa inaktif (tahun)" type="number" min={0} max={100} required error={errors.retentionInactiveYears?.message} {...register("retentionInactiveYears")} />
        <SelectField id="document-disposition" label="Nasib akhir" required options={DISPOSITION_OPTIONS} error={errors.finalDisposition?.message} {...register("finalDisposition")} />
        <TextField
          id="document-review" label="Interval kaji ulang (bulan)" type="number" min={1} max={120} required error={errors.reviewIntervalMonths?.message}
          hint="Dihitung dari tanggal berlaku revisi." {...register("reviewIntervalMonths")}
        />
      </div>
      <div className="row">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : editing ? "Simpan perubahan" : "Daftarkan dokumen"}</Button>
        <LinkButton href={cancelHref} variant="secondary">Batal</LinkButton>
      </div>
    </form>
  );
}
