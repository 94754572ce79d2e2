"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import {
  Controller,
  useFieldArray,
  useWatch,
  type Control,
  type FieldError,
  type UseFormRegister,
  type UseFormSetValue,
} from "react-hook-form";
import { ActionError, useActionForm } from "@/components/forms";
import {
  Alert,
  Badge,
  Button,
  Card,
  FormField,
  Input,
  LinkButton,
  Select,
  Textarea,
  fieldDescribedBy,
  type SelectOption,
} from "@/components/ui";
import { reviseSopAction } from "@/lib/sops/actions";
import { ACTOR_CONFIDENCE_LABELS, type SopContent } from "@/lib/sops/content";
import { formatDuration } from "@/lib/sops/format-duration";
import { parseDuration } from "@/lib/sops/import/duration";
import { sopReviseSchema, type SopReviseInput } from "@/lib/sops/schema";
import styles from "./sop-edit-form.module.css";

type Input = SopReviseInput;
type StepInput = Input["content"]["steps"][number];

type TextName = "nomor" | "nama" | "tanggal_pembuatan" | "tanggal_revisi" | "tanggal_efektif" | "disahkan_oleh" | "disahkan_oleh_nip";
type ListName = "unit_lines" | "dasar_hukum" | "kualifikasi" | "keterkaitan" | "peralatan";
const UNKNOWN_ACTOR = "Belum diketahui";
const REASON_HINT = 'Dicatat pada riwayat revisi, mis. "Pelaksana langkah 3 dikoreksi sesuai struktur organisasi baru".';

export type SopEditFormProps = {
  sop: { id: string; version: number; revisionNo: number };
  content: SopContent;
};

const blank = (v: string | null | undefined) => v ?? "";

/** The stored content as form values: empty text as "" (the schema turns it back into null). */
function formContent(content: SopContent): Input["content"] {
  return {
    ...content,
    nomor: blank(content.nomor),
    tanggal_pembuatan: blank(content.tanggal_pembuatan),
    tanggal_revisi: blank(content.tanggal_revisi),
    tanggal_efektif: blank(content.tanggal_efektif),
    disahkan_oleh: blank(content.disahkan_oleh),
    disahkan_oleh_nip: blank(content.disahkan_oleh_nip),
    peringatan: blank(content.peringatan),
    pencatatan: blank(content.pencatatan),
    unit_lines: [...content.unit_lines],
    dasar_hukum: [...content.dasar_hukum],
    kualifikasi: [...content.kualifikasi],
    keterkaitan: [...content.keterkaitan],
    peralatan: [...content.peralatan],
    actors: [...content.actors],
    steps: content.steps.map((s) => ({
      ...s,
      kelengkapan: blank(s.kelengkapan),
      waktu_raw: blank(s.waktu_raw),
      output: blank(s.output),
      keterangan: blank(s.keterangan),
    })),
  };
}

const emptyStep = (): StepInput => ({
  no: null, activity: "", actor: null, actor_confidence: "unknown", kelengkapan: "", waktu_raw: "", waktu_minutes: null, output: "", keterangan: "",
});

/** Minutes of a Waktu as typed; a bare number has no unit here, so it stays unknown. */
function minutesOf(raw: string): number | null {
  const { minutes } = parseDuration(raw, { minutesColumn: false });
  return minutes === null ? null : Math.round(minutes);
}

/** The first message of a field's error, or of the first item of a list field that has one. */
function messageOf(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const e = error as FieldError & Record<string, unknown>;
  if (typeof e.message === "string" && e.message) return e.message;
  if (Array.isArray(error)) {
    for (const item of error) {
      const m = messageOf(item);
      if (m) return m;
    }
  }
  if (e.root) return messageOf(e.root);
  return undefined;
}

/** A server field error on one line of a list ("content.dasar_hukum.3") belongs to its textarea. */
function listLineToField(key: string): string {
  const list = /^content\.(unit_lines|dasar_hukum|kualifikasi|keterkaitan|peralatan)\.\d+$/.exec(key);
  return list ? `content.${list[1]}` : key;
}

/** Edit the whole content of an SOP; saving makes a new revision. Key it by version. */
export function SopEditForm({ sop, content }: SopEditFormProps) {
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  const {
    register,
    control,
    setValue,
    getValues,
    onSubmit,
    failure,
    formState: { errors, isSubmitting, submitCount },
  } = useActionForm({
    schema: sopReviseSchema,
    defaultValues: { id: sop.id, version: sop.version, reason: "", content: formContent(content) },
    // The first invalid field in the page's order gets the focus (see focusFirstError).
    formOptions: { shouldFocusError: false },
    submit: (values) => {
      setNotice(null);
      return reviseSopAction(values);
    },
    fieldName: listLineToField,
    onFailure: (refusal, placed) => {
      // "Nothing changed" is a notice, not an error.
      if (refusal.reason === "RULE") {
        setNotice(refusal.message);
        return true;
      }
      if (placed) focusFirstError();
    },
    onInvalid: focusFirstError,
    successMessage: (data) => `Revisi ${data.revisionNo} disimpan`,
    onSuccess: () => router.push(`/sops/${encodeURIComponent(sop.id)}`),
  });
  const steps = useFieldArray({ control, name: "content.steps" });
  const actors = useWatch({ control, name: "content.actors" });

  // Steps: when the printed numbers run 1..n, they keep doing so after an insert, a removal or a move.
  function sequential(): boolean {
    return getValues("content.steps").every((s, i) => s.no === i + 1);
  }
  function renumber() {
    getValues("content.steps").forEach((s, i) => {
      if (s.no !== i + 1) setValue(`content.steps.${i}.no`, i + 1, { shouldDirty: true });
    });
  }
  function appendStep() {
    const renumbered = sequential();
    steps.append(emptyStep(), { shouldFocus: true, focusName: `content.steps.${steps.fields.length}.activity` });
    if (renumbered) renumber();
  }
  function insertStep(index: number) {
    const renumbered = sequential();
    steps.insert(index + 1, emptyStep(), { shouldFocus: true, focusName: `content.steps.${index + 1}.activity` });
    if (renumbered) renumber();
  }
  function removeStep(index: number) {
    const renumbered = sequential();
    steps.remove(index);
    if (renumbered) renumber();
  }
  function moveStep(index: number, to: number, fieldId: string) {
    const renumbered = sequential();
    steps.move(index, to);
    if (renumbered) renumber();
    // Moving the row takes the focus from its button; give it back, or to the other button at an end.
    const direction = to < index ? "up" : "down";
    requestAnimationFrame(() => {
      const own = document.getElementById(`step-${fieldId}-${direction}`) as HTMLButtonElement | null;
      const other = document.getElementById(`step-${fieldId}-${direction === "up" ? "down" : "up"}`);
      (own && !own.disabled ? own : other)?.focus();
    });
  }

  const hasErrors = submitCount > 0 && Object.keys(errors).length > 0;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="stack-lg">
      <input type="hidden" {...register("version", { valueAsNumber: true })} />

      <Card title="Identitas">
        <div className="stack">
          <div className="grid-2">
            <TextInput register={register} name="nomor" label="Nomor SOP" error={errors.content?.nomor?.message} maxLength={200} mono />
            <TextInput register={register} name="nama" label="Nama SOP" required error={errors.content?.nama?.message} maxLength={500} />
          </div>
          <div className="grid-3">
            <TextInput register={register} name="tanggal_pembuatan" label="Tanggal Pembuatan" error={errors.content?.tanggal_pembuatan?.message} maxLength={100} />
            <TextInput register={register} name="tanggal_revisi" label="Tanggal Revisi" error={errors.content?.tanggal_revisi?.message} maxLength={100} />
            <TextInput register={register} name="tanggal_efektif" label="Tanggal Efektif" error={errors.content?.tanggal_efektif?.message} maxLength={100} />
          </div>
          <div className="grid-2">
            <TextInput register={register} name="disahkan_oleh" label="Disahkan oleh" error={errors.content?.disahkan_oleh?.message} maxLength={300} />
            <TextInput register={register} name="disahkan_oleh_nip" label="NIP pengesah" error={errors.content?.disahkan_oleh_nip?.message} maxLength={30} mono />
          </div>
          <LinesField control={control} name="unit_lines" label="Baris organisasi" rows={4} hint="Kop di atas identitas SOP; tulis setiap baris kop pada baris tersendiri (mis. PEMERINTAH PROVINSI …, DINAS SOSIAL)." />
        </div>
      </Card>

      <Card title="Bagian SOP">
        <div className="stack">
          <p className="muted text-sm">Untuk daftar, tulis satu butir per baris; baris kosong diabaikan.</p>
          <div className="grid-2">
            <LinesField control={control} name="dasar_hukum" label="Dasar Hukum" rows={8} />
            <LinesField control={control} name="kualifikasi" label="Kualifikasi Pelaksana" rows={8} />
            <LinesField control={control} name="keterkaitan" label="Keterkaitan" rows={5} hint="Nama SOP lain yang terkait, satu per baris." />
            <LinesField control={control} name="peralatan" label="Peralatan/Perlengkapan" rows={5} />
            <FormField label="Peringatan" htmlFor="sop-peringatan" error={errors.content?.peringatan?.message}>
              <Textarea
                id="sop-peringatan"
                rows={4}
                aria-invalid={errors.content?.peringatan ? true : undefined}
                aria-describedby={fieldDescribedBy("sop-peringatan", { error: errors.content?.peringatan })}
                {...register("content.peringatan")}
              />
            </FormField>
            <FormField label="Pencatatan dan Pendataan" htmlFor="sop-pencatatan" error={errors.content?.pencatatan?.message}>
              <Textarea
                id="sop-pencatatan"
                rows={4}
                aria-invalid={errors.content?.pencatatan ? true : undefined}
                aria-describedby={fieldDescribedBy("sop-pencatatan", { error: errors.content?.pencatatan })}
                {...register("content.pencatatan")}
              />
            </FormField>
          </div>
        </div>
      </Card>

      <Card title="Pelaksana">
        <ActorList control={control} setValue={setValue} getValues={getValues} actors={actors} errors={errors.content?.actors} />
      </Card>

      <Card
        title={`Langkah (${steps.fields.length})`}
        actions={
          <Button size="sm" variant="secondary" onClick={() => appendStep()}>
            Tambah langkah
          </Button>
        }
      >
        {steps.fields.length === 0 ? (
          <p className="muted">Belum ada langkah. Tambahkan langkah pertama.</p>
        ) : (
          <ol className={styles.steps}>
            {steps.fields.map((field, index) => (
              <StepRow
                key={field.id}
                fieldId={field.id}
                index={index}
                total={steps.fields.length}
                control={control}
                register={register}
                setValue={setValue}
                actors={actors}
                errors={errors.content?.steps?.[index]}
                onInsertAfter={() => insertStep(index)}
                onRemove={() => removeStep(index)}
                onMove={(to) => moveStep(index, to, field.id)}
              />
            ))}
          </ol>
        )}
      </Card>

      <Card title="Simpan revisi">
        <div className="stack">
          <FormField
            label="Alasan perubahan"
            htmlFor="sop-reason"
            required
            hint={REASON_HINT}
            error={errors.reason?.message}
          >
            <Textarea
              id="sop-reason"
              rows={3}
              required
              maxLength={1000}
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby={fieldDescribedBy("sop-reason", { hint: true, error: errors.reason })}
              {...register("reason")}
            />
          </FormField>
          {hasErrors && !failure && <Alert tone="danger">Periksa kembali isian yang ditandai.</Alert>}
          {failure && <ActionError failure={failure} />}
          {notice && (
            <Alert tone="info" title="Tidak ada yang disimpan">
              {notice}
            </Alert>
          )}
          <div className="row">
            <Button type="submit" loading={isSubmitting}>
              Simpan revisi
            </Button>
            <LinkButton href={`/sops/${encodeURIComponent(sop.id)}`} variant="ghost">
              Batal
            </LinkButton>
          </div>
          <p className="muted text-sm">Menyimpan membuat revisi {sop.revisionNo + 1}; revisi {sop.revisionNo} tetap tersimpan di riwayat.</p>
        </div>
      </Card>
    </form>
  );
}

function TextInput({
  register,
  name,
  label,
  error,
  required,
  maxLength,
  mono,
}: {
  register: UseFormRegister<Input>;
  name: TextName;
  label: string;
  error?: string;
  required?: boolean;
  maxLength: number;
  mono?: boolean;
}) {
  const id = `sop-${name.replace(/_/g, "-")}`;
  return (
    <FormField label={label} htmlFor={id} required={required} error={error}>
      <Input
        id={id}
        required={required}
        maxLength={maxLength}
        className={mono ? "mono" : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, { error })}
        {...register(`content.${name}`)}
      />
    </FormField>
  );
}

/** A list section as a textarea, one item per line. The array keeps blank lines while typing; the schema drops them. */
function LinesField({
  control,
  name,
  label,
  rows,
  hint,
}: {
  control: Control<Input>;
  name: ListName;
  label: string;
  rows: number;
  hint?: string;
}) {
  const id = `sop-${name.replace(/_/g, "-")}`;
  return (
    <Controller
      control={control}
      name={`content.${name}`}
      render={({ field, fieldState }) => {
        const error = messageOf(fieldState.error);
        const count = field.value.filter((line) => line.trim() !== "").length;
        return (
          <FormField
            label={
              <>
                {label} <span className={styles.count}>({count} butir)</span>
              </>
            }
            htmlFor={id}
            hint={hint}
            error={error}
          >
            <Textarea
              ref={field.ref}
              id={id}
              name={field.name}
              rows={rows}
              value={field.value.join("\n")}
              onChange={(e) => field.onChange(e.target.value.split(/\r?\n/))}
              onBlur={field.onBlur}
              aria-invalid={error ? true : undefined}
              aria-describedby={fieldDescribedBy(id, { hint, error })}
            />
          </FormField>
        );
      }}
    />
  );
}

/**
 * The actors (Pelaksana columns). Renaming one renames it in the steps that use it: the steps are
 * noted when the name field gets the focus, so a name passing through another actor's name while
 * typing does not pick up that actor's steps.
 */
function ActorList({
  control,
  setValue,
  getValues,
  actors,
  errors,
}: {
  control: Control<Input>;
  setValue: UseFormSetValue<Input>;
  getValues: () => Input;
  actors: string[];
  errors: unknown;
}) {
  const renaming = useRef<{ index: number; steps: number[] } | null>(null);
  const steps = useWatch({ control, name: "content.steps" });
  const listErrors = Array.isArray(errors) ? (errors as (FieldError | undefined)[]) : [];

  const stepsOf = (name: string) =>
    getValues()
      .content.steps.map((s, i) => (s.actor === name ? i : -1))
      .filter((i) => i >= 0);

  const rename = (index: number, name: string) => {
    const current = getValues().content.actors;
    if (renaming.current?.index !== index) renaming.current = { index, steps: current[index] ? stepsOf(current[index]) : [] };
    setValue("content.actors", current.map((a, i) => (i === index ? name : a)), { shouldDirty: true });
    for (const step of renaming.current.steps) setValue(`content.steps.${step}.actor`, name, { shouldDirty: true });
  };

  const remove = (index: number) => {
    const current = getValues().content.actors;
    for (const step of stepsOf(current[index])) {
      setValue(`content.steps.${step}.actor`, null, { shouldDirty: true });
      setValue(`content.steps.${step}.actor_confidence`, "unknown", { shouldDirty: true });
    }
    setValue("content.actors", current.filter((_, i) => i !== index), { shouldDirty: true });
    renaming.current = null;
  };

  const add = () => {
    setValue("content.actors", [...getValues().content.actors, ""], { shouldDirty: true });
    requestAnimationFrame(() => document.getElementById(`sop-actor-${getValues().content.actors.length - 1}`)?.focus());
  };

  return (
    <div className="stack">
      <p className="muted text-sm">
        Kolom pelaksana pada tabel prosedur, berurutan dari kiri. Mengganti nama pelaksana ikut mengganti langkah yang memakainya;
        menghapusnya membuat langkah tersebut &quot;{UNKNOWN_ACTOR}&quot;.
      </p>
      {actors.length === 0 ? (
        <p className="muted">Belum ada pelaksana.</p>
      ) : (
        <ol className={styles.actors}>
          {actors.map((name, index) => {
            const id = `sop-actor-${index}`;
            const error = listErrors[index]?.message;
            const used = name ? steps.filter((s) => s.actor === name).length : 0;
            return (
              <li key={index} className={styles.actor}>
                <FormField label={`Nama pelaksana ${index + 1}`} htmlFor={id} error={error}>
                  <div className={styles.actorRow}>
                    <Input
                      id={id}
                      value={name}
                      maxLength={300}
                      required
                      aria-invalid={error ? true : undefined}
                      aria-describedby={[`${id}-used`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
                      onFocus={() => (renaming.current = { index, steps: name ? stepsOf(name) : [] })}
                      onBlur={() => (renaming.current = null)}
                      onChange={(e) => rename(index, e.target.value)}
                    />
                    <span id={`${id}-used`} className={styles.used}>
                      {used} langkah
                    </span>
                    <Button size="sm" variant="ghost" onClick={() => remove(index)} aria-label={`Hapus pelaksana ${name || index + 1}`}>
                      Hapus
                    </Button>
                  </div>
                </FormField>
              </li>
            );
          })}
        </ol>
      )}
      <div>
        <Button size="sm" variant="secondary" onClick={add}>
          Tambah pelaksana
        </Button>
      </div>
    </div>
  );
}

function StepRow({
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
  control: Control<Input>;
  register: UseFormRegister<Input>;
  setValue: UseFormSetValue<Input>;
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
          <Button size="sm" variant="ghost" onClick={onInsertAfter} aria-label={`Tambah langkah sesudah langkah ${n}`}>
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
