"use client";
// Recording (or correcting) the realised value of one period, with a note, the evidence (a link or
// a file) and, when the target is missed, the analysis of the cause.
import { useEffect, useMemo, useState } from "react";
import { ActionError, useActionForm } from "@/components/forms";
import { Alert, FileField, SelectField, TextField, TextareaField, type SelectOption } from "@/components/ui";
import { recordMeasurementAction } from "@/lib/objectives/actions";
import { EVIDENCE_MAX_BYTES } from "@/lib/objectives/constants";
import { describeBounds, isAchieved, valueOutOfBounds, type TargetSpec, type ValueBounds } from "@/lib/objectives/rules";
import { formatDecimal, parseDecimal } from "@/lib/utils/number";

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
  /** Plausible values (the unit's and the objective's bounds): checked here and again on the server. */
  bounds: ValueBounds;
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
  bounds,
  periods,
  fixedPeriod,
  existing,
  onSubmittingChange,
  onSaved,
}: MeasurementFormProps) {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const schemaKey = useMemo(() => ({ bounds, measureUnit }), [bounds, measureUnit]);
  const {
    register,
    setError,
    getValues,
    watch,
    onSubmit,
    failure,
    formState: { errors, isSubmitting },
  } = useActionForm({
    schema: () => import("@/lib/objectives/schema").then((m) => m.measurementFormSchema(bounds, measureUnit)),
    schemaKey,
    defaultValues: {
      objectiveId,
      period: fixedPeriod ? fixedPeriod.value : (periods[0]?.value ?? ""),
      version: existing?.version ?? null,
      value: existing?.value ?? "",
      note: existing?.note ?? "",
      analysis: existing?.analysis ?? "",
      evidenceUrl: existing?.evidenceUrl ?? "",
    },
    submit: (values) => {
      setFileError(undefined);
      if (!isAchieved(spec, values.value) && !values.analysis) {
        setError("analysis", { type: "required", message: "Target tidak tercapai: tuliskan analisis penyebabnya." }, { shouldFocus: true });
        return Promise.resolve(null);
      }
      if (file && file.size > EVIDENCE_MAX_BYTES) {
        setFileError(`Berkas bukti terlalu besar (maksimal ${MAX_MB} MB).`);
        return Promise.resolve(null);
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
      return recordMeasurementAction(form);
    },
    // The file input lives outside the form state: its refusal is shown on it here.
    onFailure: (failure) => {
      setFileError(failure.fieldErrors?.evidence?.[0]);
    },
    onSuccess: (data, values) => {
      const label = fixedPeriod?.label ?? periods.find((p) => p.value === String(values.period))?.label ?? "";
      onSaved(data.achieved, label);
    },
  });

  useEffect(() => onSubmittingChange(isSubmitting), [isSubmitting, onSubmittingChange]);

  const typed = parseDecimal(watch("value") as string | undefined);
  const implausible = typed !== null && valueOutOfBounds(typed, bounds, measureUnit, formatDecimal) !== null;
  const missed = typed !== null && !implausible && !isAchieved(spec, typed);
  const boundsText = describeBounds(bounds, measureUnit, formatDecimal);
  const id = (name: string) => `${formId}-${name}`;

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
        hint={`Dalam ${measureUnit}${boundsText ? ` (${boundsText})` : ""}; koma sebagai pemisah desimal, mis. 95,5.`}
        error={errors.value?.message}
        {...register("value")}
      />
      {typed !== null && !implausible && (
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
      <FileField
        id={id("evidence")}
        label="Berkas bukti"
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
