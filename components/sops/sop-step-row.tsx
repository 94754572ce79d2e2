"use client";

import { Controller, useWatch, type Control, type FieldError, type UseFormRegister, type UseFormSetValue } from "react-hook-form";
import { Badge, Button, FormField, Input, Select, Textarea, fieldDescribedBy, type SelectOption } from "@/components/ui";
import { ACTOR_CONFIDENCE_LABELS } from "@/lib/sops/constants";
import { formatDuration } from "@/lib/sops/format-duration";
import { UNKNOWN_ACTOR, minutesOf, type SopFormInput, type StepInput } from "./sop-edit-values";
import styles from "./sop-edit-form.module.css";

/** One step of the procedure: its text, Pelaksana, Kelengkapan, Waktu and Output, with the tools to insert, move and remove it. */
export function StepRow({
  fieldId,
  index,
  total,
  control,
  register,
  setValue,
  actors,
  errors,
  onInsertAfter,
  onRemove,
  onMove,
}: {
  fieldId: string;
  index: number;
  total: number;
  control: Control<SopFormInput>;
  register: UseFormRegister<SopFormInput>;
  setValue: UseFormSetValue<SopFormInput>;
  actors: string[];
  errors: Partial<Record<keyof StepInput, FieldError>> | undefined;
  onInsertAfter: () => void;
  onRemove: () => void;
  onMove: (to: number) => void;
}) {
  const n = index + 1;
  const step = useWatch({ control, name: `content.steps.${index}` });
  const id = (field: string) => `step-${fieldId}-${field}`;
  // Each control's accessible name carries the step number ("Uraian kegiatan langkah 2").
  const named = (text: string) => `${text} langkah ${n}`;

  const names = [...new Set(actors.filter((a) => a.trim() !== ""))];
  const options: SelectOption[] = names.map((a) => ({ value: a, label: a }));
  if (step?.actor && !names.includes(step.actor)) options.push({ value: step.actor, label: `${step.actor} (bukan pelaksana SOP ini)` });

  const minutesId = id("minutes");
  const minutes = step?.waktu_minutes ?? null;

  const textField = (field: "kelengkapan" | "output" | "keterangan", text: string) => (
    <FormField label={text} htmlFor={id(field)} error={errors?.[field]?.message}>
      <Textarea
        id={id(field)}
        aria-label={named(text)}
        rows={2}
        className={styles.small}
        aria-invalid={errors?.[field] ? true : undefined}
        aria-describedby={fieldDescribedBy(id(field), { error: errors?.[field] })}
        {...register(`content.steps.${index}.${field}`)}
      />
    </FormField>
  );

  return (
    <li className={styles.step} aria-labelledby={id("heading")}>
      <div className={styles.stepHeader}>
        <h3 id={id("heading")} className={styles.stepTitle}>
          Langkah {n}
        </h3>
        <div className={styles.stepTools}>
          <Button id={id("up")} size="sm" variant="ghost" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`Naikkan langkah ${n}`}>
            ↑ Naikkan
          </Button>
          <Button id={id("down")} size="sm" variant="ghost" disabled={index === total - 1} onClick={() => onMove(index + 1)} aria-label={`Turunkan langkah ${n}`}>
            ↓ Turunkan
          </Button>
          <Button size="sm" variant="ghost" onClick={onInsertAfter} aria-label={`Sisipkan sesudahnya: langkah baru sesudah langkah ${n}`}>
            + Sisipkan sesudahnya
          </Button>
          <Button size="sm" variant="ghost" className={styles.danger} onClick={onRemove} aria-label={`Hapus langkah ${n}`}>
            Hapus
          </Button>
        </div>
      </div>

      <div className={styles.stepMain}>
        <FormField label="No" htmlFor={id("no")} error={errors?.no?.message}>
          <Input
            id={id("no")}
            aria-label={named("Nomor")}
            inputMode="numeric"
            className={styles.no}
            aria-invalid={errors?.no ? true : undefined}
            aria-describedby={fieldDescribedBy(id("no"), { error: errors?.no })}
            {...register(`content.steps.${index}.no`, { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v)) })}
          />
        </FormField>
        <FormField label="Uraian kegiatan" htmlFor={id("activity")} required error={errors?.activity?.message}>
          <Textarea
            id={id("activity")}
            aria-label={named("Uraian kegiatan")}
            rows={3}
            required
            aria-invalid={errors?.activity ? true : undefined}
            aria-describedby={fieldDescribedBy(id("activity"), { error: errors?.activity })}
            {...register(`content.steps.${index}.activity`)}
          />
        </FormField>
        <Controller
          control={control}
          name={`content.steps.${index}.actor`}
          render={({ field, fieldState }) => {
            const error = fieldState.error?.message;
            const confidence = step?.actor_confidence;
            const hintId = id("actor-confidence");
            return (
              <FormField label="Pelaksana" htmlFor={id("actor")} error={error}>
                <Select
                  ref={field.ref}
                  id={id("actor")}
                  aria-label={named("Pelaksana")}
                  name={field.name}
                  options={options}
                  placeholder={UNKNOWN_ACTOR}
                  value={field.value ?? ""}
                  onBlur={field.onBlur}
                  onChange={(e) => {
                    const value = e.target.value;
                    field.onChange(value === "" ? null : value);
                    // A choice made by the user is certain; "Belum diketahui" is unknown.
                    setValue(`content.steps.${index}.actor_confidence`, value === "" ? "unknown" : "certain", { shouldDirty: true });
                  }}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={[confidence === "inferred" ? hintId : null, error ? `${id("actor")}-error` : null].filter(Boolean).join(" ") || undefined}
                />
                {confidence === "inferred" && field.value && (
                  <span id={hintId} className={styles.confidence}>
                    <Badge tone="warning">{ACTOR_CONFIDENCE_LABELS.inferred}</Badge> dari teks; pilih untuk memastikan
                  </span>
                )}
              </FormField>
            );
          }}
        />
      </div>

      <div className={styles.stepMore}>
        {textField("kelengkapan", "Kelengkapan")}
        <FormField label="Waktu" htmlFor={id("waktu")} error={errors?.waktu_raw?.message}>
          <Input
            id={id("waktu")}
            aria-label={named("Waktu")}
            maxLength={200}
            placeholder="mis. 30 menit"
            aria-invalid={errors?.waktu_raw ? true : undefined}
            aria-describedby={[minutesId, errors?.waktu_raw ? `${id("waktu")}-error` : null].filter(Boolean).join(" ")}
            {...register(`content.steps.${index}.waktu_raw`, {
              onChange: (e: { target: { value: string } }) =>
                setValue(`content.steps.${index}.waktu_minutes`, minutesOf(e.target.value), { shouldDirty: true }),
            })}
          />
          <span id={minutesId} className={minutes === null ? styles.minutesUnknown : styles.minutes}>
            {minutes === null ? "tidak terbaca" : `= ${formatDuration(minutes)}${minutes >= 60 ? ` (${minutes} menit)` : ""}`}
          </span>
        </FormField>
        {textField("output", "Output")}
        {textField("keterangan", "Keterangan")}
      </div>
    </li>
  );
}
