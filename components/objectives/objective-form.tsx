"use client";
// One form for creating, editing (draft or returned) and revising (approved) a sasaran mutu, on the
// same zod schema as the server actions.
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { Controller } from "react-hook-form";
import { ActionError, useActionForm, withData } from "@/components/forms";
import type { ActionResult } from "@/lib/errors";
import { Alert, Button, Card, LinkButton, SelectField, TextField, TextareaField, type SelectOption } from "@/components/ui";
import { createObjectiveAction, reviseObjectiveAction, updateObjectiveAction } from "@/lib/objectives/actions";
import { DIRECTIONS, DIRECTION_LABELS, FREQUENCIES, FREQUENCY_LABELS, PERSPECTIVES, PERSPECTIVE_LABELS } from "@/lib/objectives/constants";
import type { ObjectiveFormInput } from "@/lib/objectives/schema";
import { SopPicker } from "./sop-picker";
import styles from "./objectives.module.css";

const PERSPECTIVE_OPTIONS = PERSPECTIVES.map((p) => ({ value: p, label: PERSPECTIVE_LABELS[p] }));
const DIRECTION_OPTIONS = DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABELS[d] }));
const FREQUENCY_OPTIONS = FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] }));
const NUMBER_HINT = "Angka dengan koma desimal, mis. 95 atau 95,5.";
const BOUNDS_HINT = "Opsional. Pengukuran di luar batas ini ditolak; satuan % selalu 0–100, jumlah (orang, dokumen, hari, …) tidak boleh negatif.";

export type ObjectiveFormPolicy = { id: string; label: string; agencyPath: string; commitments: string[] };

export type ObjectiveFormProps = {
  mode: "create" | "edit" | "revise";
  /** The objective being edited or revised. */
  objective?: { id: string; version: number; unitName: string; revisionId?: string | null; reason?: string };
  defaults: ObjectiveFormInput;
  units: SelectOption[];
  /** Unit id → path, to offer only the policy of the unit's agency. */
  unitPaths: Record<string, string>;
  owners: SelectOption[];
  sops: SelectOption[];
  policies: ObjectiveFormPolicy[];
  cancelHref: string;
};

const commitmentValue = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));

export function ObjectiveForm({ mode, objective, defaults, units, unitPaths, owners, sops, policies, cancelHref }: ObjectiveFormProps) {
  const router = useRouter();
  const revising = mode === "revise";
  const {
    register,
    control,
    setValue,
    watch,
    onSubmit,
    failure,
    formState: { errors, isSubmitting },
  } = useActionForm({
    schema: () => import("./objective-form-schema").then((m) => (revising ? m.reviseSchema : m.plainSchema)),
    schemaKey: revising,
    defaultValues: { values: defaults, reason: objective?.reason ?? "" },
    // The create action names fields at the top level, the others under `values`: the hook finds
    // "code" and "values.code" alike on the form's "values.code".
    submit: async ({ values, reason }): Promise<ActionResult<{ id: string }> | null> => {
      if (mode === "create") return createObjectiveAction(values);
      if (!objective) return null;
      const { id, version } = objective;
      const saved =
        mode === "edit"
          ? await updateObjectiveAction({ id, version, values })
          : await reviseObjectiveAction({ id, revisionId: objective.revisionId ?? null, version, reason, values });
      return withData(saved, { id });
    },
    successMessage:
      mode === "create"
        ? "Sasaran mutu disimpan sebagai draf."
        : revising
          ? "Revisi disimpan sebagai draf; ajukan kembali untuk disetujui pimpinan."
          : "Perubahan sasaran mutu disimpan.",
    onSuccess: ({ id }) => {
      router.push(`/objectives/${encodeURIComponent(id)}`);
      router.refresh();
    },
  });
  const e = errors.values;
  // The shared schema calls a blank id "Data tidak dikenal."; a blank select means nothing was chosen.
  const chosenError = (error: { message?: string } | undefined, value: unknown, message: string) =>
    error && (value === "" || value === undefined) ? message : error?.message;

  const unitId = watch("values.unitId");
  const ownerId = watch("values.ownerId");
  const direction = watch("values.direction");
  const policyId = watch("values.policyId");
  const unitPath = unitPaths[unitId];
  const applicable = useMemo(
    () => policies.filter((p) => (unitPath ? unitPath.startsWith(p.agencyPath) : true) || p.id === defaults.policyId),
    [policies, unitPath, defaults.policyId],
  );
  const policy = policies.find((p) => p.id === policyId);
  const commitmentOptions = (policy?.commitments ?? []).map((c, i) => ({ value: String(i + 1), label: `Komitmen ${i + 1}: ${c}` }));

  // A new unit may belong to another agency: offer its policy (chosen at once when it is the only one).
  const onUnitChange = (nextUnitId: string) => {
    const path = unitPaths[nextUnitId];
    const fits = policies.filter((p) => !path || path.startsWith(p.agencyPath));
    if (!fits.some((p) => p.id === policyId)) {
      setValue("values.policyId", fits.length === 1 ? fits[0].id : null);
      setValue("values.commitmentNo", null);
    }
  };

  const id = (name: string) => `objective-${name}`;

  return (
    <form onSubmit={onSubmit} noValidate className="stack-lg">
      <ActionError failure={failure} />
      {revising && (
        <Alert tone="info" title="Revisi sasaran yang sudah disetujui">
          Definisi saat ini disimpan sebagai revisi lama beserta alasannya. Sasaran kembali berstatus draf dan harus diajukan
          serta disetujui lagi; pengukuran yang sudah dicatat tetap dinilai terhadap target saat itu.
        </Alert>
      )}
      {revising && (
        <TextareaField
          id={id("reason")}
          label="Alasan revisi"
          required
          rows={3}
          maxLength={1000}
          hint="Mis. target dinaikkan karena capaian tahun lalu, atau indikator diganti sesuai hasil kaji ulang manajemen."
          error={errors.reason?.message}
          {...register("reason")}
        />
      )}

      <Card title="Identitas sasaran">
        <div className={styles.formSection}>
          <div className="grid-3">
            {revising ? (
              <TextField id={id("unit")} label="Unit" readOnly value={objective?.unitName ?? ""} hint="Tidak berubah dalam revisi." />
            ) : (
              <SelectField
                id={id("unitId")}
                label="Unit"
                required
                options={units}
                placeholder="Pilih unit"
                error={chosenError(e?.unitId, unitId, "Pilih unit.")}
                {...register("values.unitId", { onChange: (ev) => onUnitChange(ev.target.value) })}
              />
            )}
            <TextField
              id={id("year")}
              label="Tahun"
              required
              inputMode="numeric"
              maxLength={4}
              readOnly={revising}
              error={e?.year?.message}
              {...register("values.year")}
            />
            <TextField
              id={id("code")}
              label="Kode"
              required
              maxLength={30}
              placeholder="SM-01"
              readOnly={revising}
              autoCapitalize="characters"
              spellCheck={false}
              hint={revising ? undefined : "Unik per unit dan tahun."}
              error={e?.code?.message}
              {...register("values.code")}
            />
          </div>
          <TextareaField
            id={id("statement")}
            label="Pernyataan sasaran"
            required
            rows={2}
            maxLength={500}
            hint="Kalimat yang terukur, mis. “Surat masuk didisposisi paling lambat 1 hari kerja sejak diterima.”"
            error={e?.statement?.message}
            {...register("values.statement")}
          />
          <SelectField
            id={id("perspective")}
            label="Perspektif"
            required
            options={PERSPECTIVE_OPTIONS}
            placeholder="Pilih perspektif"
            hint="Perspektif balanced scorecard."
            error={e?.perspective?.message}
            {...register("values.perspective")}
          />
        </div>
      </Card>

      <Card title="Ukuran dan target">
        <div className={styles.formSection}>
          <TextField id={id("indicator")} label="Indikator" required maxLength={300} error={e?.indicator?.message} {...register("values.indicator")} />
          <TextareaField
            id={id("formula")}
            label="Rumus / cara ukur"
            rows={2}
            maxLength={1000}
            placeholder="(Jumlah surat didisposisi ≤ 1 hari kerja ÷ seluruh surat masuk) × 100%"
            error={e?.formula?.message}
            {...register("values.formula")}
          />
          <div className="grid-3">
            <TextField id={id("measureUnit")} label="Satuan" required maxLength={40} placeholder="%, indeks, hari kerja" error={e?.measureUnit?.message} {...register("values.measureUnit")} />
            <SelectField id={id("direction")} label="Arah target" required options={DIRECTION_OPTIONS} error={e?.direction?.message} {...register("values.direction")} />
            <SelectField id={id("frequency")} label="Frekuensi pengukuran" required options={FREQUENCY_OPTIONS} error={e?.frequency?.message} {...register("values.frequency")} />
          </div>
          <div className="grid-3">
            {direction === "RENTANG" ? (
              <>
                <TextField id={id("targetLow")} label="Batas bawah" required inputMode="decimal" hint={NUMBER_HINT} error={e?.targetLow?.message} {...register("values.targetLow")} />
                <TextField id={id("targetHigh")} label="Batas atas" required inputMode="decimal" hint={NUMBER_HINT} error={e?.targetHigh?.message} {...register("values.targetHigh")} />
              </>
            ) : (
              <TextField id={id("target")} label="Target" required inputMode="decimal" hint={NUMBER_HINT} error={e?.target?.message} {...register("values.target")} />
            )}
            <TextField id={id("baseline")} label="Baseline" inputMode="decimal" hint="Capaian awal (tahun lalu), bila ada." error={e?.baseline?.message} {...register("values.baseline")} />
          </div>
          <div className="grid-3">
            <TextField id={id("valueMin")} label="Nilai terkecil yang mungkin" inputMode="decimal" hint={BOUNDS_HINT} error={e?.valueMin?.message} {...register("values.valueMin")} />
            <TextField id={id("valueMax")} label="Nilai terbesar yang mungkin" inputMode="decimal" hint={BOUNDS_HINT} error={e?.valueMax?.message} {...register("values.valueMax")} />
          </div>
        </div>
      </Card>

      <Card title="Penanggung jawab dan keterkaitan">
        <div className={styles.formSection}>
          <div className="grid-2">
            <SelectField id={id("ownerId")} label="PIC" required options={owners} placeholder="Pilih PIC" hint="Pegawai yang mencatat pengukuran." error={chosenError(e?.ownerId, ownerId, "Pilih PIC.")} {...register("values.ownerId")} />
            <TextField id={id("dataSource")} label="Sumber data" required maxLength={300} placeholder="Buku agenda surat masuk" error={e?.dataSource?.message} {...register("values.dataSource")} />
          </div>
          <TextField id={id("processes")} label="Proses terkait" maxLength={500} placeholder="Tata persuratan, pelayanan publik" error={e?.processes?.message} {...register("values.processes")} />
          <Controller
            control={control}
            name="values.sopIds"
            render={({ field, fieldState }) => (
              <SopPicker
                legend="SOP terkait"
                hint="SOP AP yang dijalankan untuk mencapai sasaran ini."
                options={sops}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
              />
            )}
          />
          <div className="grid-2">
            <SelectField
              id={id("policyId")}
              label="Kebijakan mutu"
              options={applicable.map((p) => ({ value: p.id, label: p.label }))}
              placeholder={applicable.length === 0 ? "Belum ada kebijakan mutu yang berlaku" : "Tidak dikaitkan"}
              error={e?.policyId?.message}
              {...register("values.policyId", { onChange: () => setValue("values.commitmentNo", null) })}
            />
            <SelectField
              id={id("commitmentNo")}
              label="Komitmen"
              options={commitmentOptions}
              placeholder={policy ? "Pilih komitmen" : "Pilih kebijakan mutu dahulu"}
              disabled={!policy}
              hint="Komitmen kebijakan mutu yang dilayani sasaran ini."
              error={e?.commitmentNo?.message}
              {...register("values.commitmentNo", { setValueAs: commitmentValue })}
            />
          </div>
        </div>
      </Card>

      <div className={styles.formActions}>
        <Button type="submit" loading={isSubmitting}>
          Simpan
        </Button>
        <LinkButton href={cancelHref} variant="secondary">
          Batal
        </LinkButton>
      </div>
    </form>
  );
}
