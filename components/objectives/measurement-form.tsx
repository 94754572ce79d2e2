"use client";
// Recording (or correcting) the realised value of one period, with a note, the evidence (a link or
// a file) and, when the target is missed, the analysis of the cause.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ActionError, type ActionFailure } from "@/components/org/action-error";
import { applyFieldErrors } from "@/components/org/apply-field-errors";
import { Alert, SelectField, TextField, TextareaField, type SelectOption } from "@/components/ui";
import { recordMeasurementAction } from "@/lib/objectives/actions";
import { EVIDENCE_MAX_BYTES } from "@/lib/objectives/constants";
import { isAchieved, type TargetSpec } from "@/lib/objectives/rules";
import { measurementSchema } from "@/lib/objectives/schema";
import { parseDecimal } from "@/lib/utils/number";

type Input = z.input<typeof measurementSchema>;
type Output = z.output<typeof measurementSchema>;

const FIELDS = ["period", "value", "note", "analysis", "evidenceUrl"] as const;
const ACCEPT = ".pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx,.odt,.ods,.csv,.txt";
const MAX_MB = Math.round(EVIDENCE_MAX_BYTES / 1024 / 1024);

export type MeasurementFormExisting = {
  version: number;
  value: string;
  note: string | null;
  analysis: string | null;
  evidenceUrl: string | null;
  evidenceName: string | null;
};

export type MeasurementFormProps = {
  /** The form element's id, for the submit button in the dialog footer. */
  formId: string;
  objectiveId: string;
  spec: TargetSpec;
  targetText: string;
  measureUnit: string;
  /** A choice of periods (opened from the top button), or the one period of a row. */
  periods: SelectOption[];
  fixedPeriod?: { value: number; label: string };
  existing: MeasurementFormExisting | null;
  onSubmittingChange: (submitting: boolean) => void;
  onSaved: (achieved: boolean, periodLabel: string) => void;
};

export function MeasurementForm({
  formId,
  objectiveId,
  spec,
  targetText,
  measureUnit,
  periods,
  fixedPeriod,
  existing,
  onSubmittingChange,
  onSaved,
}: MeasurementFormProps) {
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    watch,
    formState: { errors },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(measurementSchema),
    defaultValues: {
      objectiveId,
      period: fixedPeriod ? fixedPeriod.value : (periods[0]?.value ?? ""),
      version: existing?.version ?? null,
      value: existing?.value ?? "",
      note: existing?.note ?? "",
      analysis: existing?.analysis ?? "",
      evidenceUrl: existing?.evidenceUrl ?? "",
    },
  });

  const typed = parseDecimal(watch("value") as string | undefined);
  const missed = typed !== null && !isAchieved(spec, typed);
  const id = (name: string) => `${formId}-${name}`;

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    if (!isAchieved(spec, values.value) && !values.analysis) {
      setError("analysis", { type: "required", message: "Target tidak tercapai: tuliskan analisis penyebabnya." }, { shouldFocus: true });
      return;
    }
    if (file && file.size > EVIDENCE_MAX_BYTES) {
      setFileError(`Berkas bukti terlalu besar (maksimal ${MAX_MB} MB).`);
      return;
    }
    const form = new FormData();
    form.set("objectiveId", values.objectiveId);
    form.set("period", String(values.period));
    form.set("version", values.version === null ? "" : String(values.version));
    form.set("value", String(getValues("value") ?? ""));
    form.set("note", values.note ?? "");
    form.set("analysis", values.analysis ?? "");
    form.set("evidenceUrl", values.evidenceUrl ?? "");
    if (file) form.set("evidence", file);
    onSubmittingChange(true);
    const result = await recordMeasurementAction(form);
    onSubmittingChange(false);
    if (!result.ok) {
      applyFieldErrors(setError, result.fieldErrors, FIELDS);
      setFileError(result.fieldErrors?.evidence?.[0]);
      setFailure(result);
      return;
    }
    const label = fixedPeriod?.label ?? periods.find((p) => p.value === String(values.period))?.label ?? "";
    onSaved(result.data.achieved, label);
  });

  return (
    <form id={formId} onSubmit={onSubmit} noValidate className="stack">
      <ActionError failure={failure} />
      <p className="muted text-sm">{`Target: ${targetText}`}</p>
      {fixedPeriod ? (
        <TextField id={id("period")} label="Periode" readOnly value={fixedPeriod.label} />
      ) : (
        <SelectField id={id("period")} label="Periode" required options={periods} error={errors.period?.message} {...register("period")} />
      )}
      <TextField
        id={id("value")}
        label="Nilai realisasi"
        required
        inputMode="decimal"
        autoComplete="off"
        hint={`Dalam ${measureUnit}; koma sebagai pemisah desimal, mis. 95,5.`}
        error={errors.value?.message}
        {...register("value")}
      />
      {typed !== null && (
        <Alert tone={missed ? "warning" : "success"}>
          {missed ? `Nilai ini tidak memenuhi target ${targetText}.` : `Nilai ini memenuhi target ${targetText}.`}
        </Alert>
      )}
      <TextareaField id={id("note")} label="Catatan" rows={2} maxLength={1000} error={errors.note?.message} {...register("note")} />
      {missed && (
        <TextareaField
          id={id("analysis")}
          label="Analisis penyebab"
          required
          rows={3}
          maxLength={2000}
          hint="Mengapa target tidak tercapai dan apa tindak lanjutnya."
          error={errors.analysis?.message}
          {...register("analysis")}
        />
      )}
      <TextField
        id={id("evidenceUrl")}
        label="Tautan bukti"
        type="url"
        inputMode="url"
        placeholder="https://…"
        maxLength={500}
        error={errors.evidenceUrl?.message}
        {...register("evidenceUrl")}
      />
      <TextField
        id={id("evidence")}
        label="Berkas bukti"
        type="file"
        accept={ACCEPT}
        hint={
          existing?.evidenceName
            ? `Berkas saat ini: ${existing.evidenceName} (tetap dipakai bila tidak diganti). PDF, gambar, dokumen kantor, CSV atau teks; maksimal ${MAX_MB} MB.`
            : `PDF, gambar, dokumen kantor, CSV atau teks; maksimal ${MAX_MB} MB.`
        }
        error={fileError}
        onChange={(event) => {
          const chosen = event.target.files?.[0] ?? null;
          setFile(chosen);
          setFileError(chosen && chosen.size > EVIDENCE_MAX_BYTES ? `Berkas bukti terlalu besar (maksimal ${MAX_MB} MB).` : undefined);
        }}
      />
    </form>
  );
}
