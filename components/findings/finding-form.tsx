"use client";
// Entering a temuan in PLOR form (Problem, Location, Objective evidence, Reference) from a source
// other than an audit checklist, with an evidence file. "Buat temuan" on an objective opens it
// prefilled from the missed period.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, FileField, SelectField, TextField, TextareaField, type SelectOption } from "@/components/ui";
import { createFindingAction } from "@/lib/findings/actions";
import {
  DIRECT_SOURCES, FINDING_CATEGORIES, FINDING_CATEGORY_LABELS, FINDING_EVIDENCE_MAX_BYTES, FINDING_SOURCE_LABELS,
} from "@/lib/findings/constants";
import type { FindingFormInput } from "@/lib/findings/schema";

const ACCEPT = ".pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx,.odt,.ods,.csv,.txt";
const MAX_MB = Math.round(FINDING_EVIDENCE_MAX_BYTES / 1024 / 1024);
const SOURCE_OPTIONS = DIRECT_SOURCES.map((s) => ({ value: s, label: FINDING_SOURCE_LABELS[s] }));
const CATEGORY_OPTIONS = FINDING_CATEGORIES.map((c) => ({ value: c, label: FINDING_CATEGORY_LABELS[c] }));

export type FindingFormProps = {
  units: SelectOption[];
  sops: (SelectOption & { unitId: string })[];
  clauses: SelectOption[];
  initial?: Partial<FindingFormInput>;
  /** Shown above the form when prefilled from a missed sasaran mutu. */
  objectiveLabel?: string;
};

export function FindingForm({ units, sops, clauses, initial = {}, objectiveLabel }: FindingFormProps) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const fromObjective = Boolean(initial.objectiveId);
  const { register, watch, onSubmit, failure, formState: { errors, isSubmitting } } = useActionForm({
    schema: () => import("@/lib/findings/schema").then((m) => m.findingFormSchema),
    defaultValues: {
      source: "AUDIT_EKSTERNAL", category: "KTS_MINOR", unitId: "", statement: "", location: "", sopId: "", sopStepNo: "",
      evidence: "", clauseCode: "", reference: "", dueDate: "", auditId: "", objectiveId: "", measurementPeriod: "",
      ...initial,
    },
    submit: (values) => {
      setFileError(undefined);
      if (file && file.size > FINDING_EVIDENCE_MAX_BYTES) {
        setFileError(`Berkas bukti terlalu besar (maksimal ${MAX_MB} MB).`);
        return Promise.resolve(null);
      }
      const form = new FormData();
      for (const [key, value] of Object.entries(values)) form.set(key, value === null || value === undefined ? "" : String(value));
      if (file) form.set("evidenceFile", file);
      return createFindingAction(form);
    },
    onFailure: (f) => {
      setFileError(f.fieldErrors?.evidenceFile?.[0]);
    },
    successMessage: (data) => `Temuan ${data.number} dicatat.`,
    onSuccess: (data) => router.push(`/findings/${encodeURIComponent(data.id)}`),
  });
  const unitId = watch("unitId");
  const sopOptions = sops.filter((s) => s.unitId === unitId);

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <ActionError failure={failure} />
      {objectiveLabel && <p className="muted">Dari sasaran mutu: {objectiveLabel}</p>}
      <SelectField id="finding-source" label="Sumber" required options={fromObjective ? [{ value: "SASARAN_MUTU", label: FINDING_SOURCE_LABELS.SASARAN_MUTU }] : SOURCE_OPTIONS} error={errors.source?.message} {...register("source")} />
      <SelectField id="finding-category" label="Kategori" required options={CATEGORY_OPTIONS} error={errors.category?.message} hint="KTS Mayor: persyaratan tidak dipenuhi sama sekali; KTS Minor: penyimpangan sebagian; Observasi: peluang peningkatan." {...register("category")} />
      {fromObjective ? (
        <TextField id="finding-unit" label="Unit auditi" readOnly value={units.find((u) => u.value === initial.unitId)?.label ?? ""} error={errors.unitId?.message} />
      ) : (
        <SelectField id="finding-unit" label="Unit auditi" required options={units} placeholder="Pilih unit" error={errors.unitId?.message} {...register("unitId")} />
      )}
      <TextareaField id="finding-statement" label="P: Pernyataan ketidaksesuaian" required rows={3} maxLength={2000} error={errors.statement?.message} {...register("statement")} />
      <TextField id="finding-location" label="L: Lokasi / proses" maxLength={500} error={errors.location?.message} {...register("location")} />
      <SelectField id="finding-sop" label="SOP terkait" options={sopOptions} placeholder={unitId ? "Tanpa SOP" : "Pilih unit lebih dahulu"} error={errors.sopId?.message} {...register("sopId")} />
      <TextField id="finding-step" label="Langkah SOP" inputMode="numeric" error={errors.sopStepNo?.message} {...register("sopStepNo")} />
      <TextareaField id="finding-evidence" label="O: Bukti objektif" required rows={3} maxLength={4000} error={errors.evidence?.message} {...register("evidence")} />
      <SelectField id="finding-clause" label="R: Klausul ISO 9001:2015" options={clauses} placeholder="Tanpa klausul" error={errors.clauseCode?.message} {...register("clauseCode")} />
      <TextareaField id="finding-reference" label="R: Referensi lain (SOP, peraturan)" rows={2} maxLength={1000} error={errors.reference?.message} {...register("reference")} />
      <TextField id="finding-due" label="Batas waktu tanggapan" type="date" error={errors.dueDate?.message} {...register("dueDate")} />
      <FileField
        id="finding-file"
        label="Berkas bukti"
        accept={ACCEPT}
        hint={`PDF, gambar, dokumen kantor, CSV atau teks; maksimal ${MAX_MB} MB.`}
        error={fileError}
        onChange={(event) => {
          const chosen = event.target.files?.[0] ?? null;
          setFile(chosen);
          setFileError(chosen && chosen.size > FINDING_EVIDENCE_MAX_BYTES ? `Berkas bukti terlalu besar (maksimal ${MAX_MB} MB).` : undefined);
        }}
      />
      <div>
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : "Simpan temuan"}</Button>
      </div>
    </form>
  );
}
