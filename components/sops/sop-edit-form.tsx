"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useWatch } from "react-hook-form";
import { ActionError, useActionForm } from "@/components/forms";
import { Alert, Button, Card, FormField, LinkButton, Textarea, fieldDescribedBy } from "@/components/ui";
import { reviseSopAction } from "@/lib/sops/actions";
import type { SopContent } from "@/lib/sops/content";
import { emptyStep, formContent } from "./sop-edit-values";
import { TextInput } from "./sop-text-input";
import { LinesField } from "./sop-lines-field";
import { ActorList } from "./sop-actor-list";
import { StepRow } from "./sop-step-row";
import styles from "./sop-edit-form.module.css";

const REASON_HINT = 'Dicatat pada riwayat revisi, mis. "Pelaksana langkah 3 dikoreksi sesuai struktur organisasi baru".';

export type SopEditFormProps = {
  sop: { id: string; version: number; revisionNo: number };
  content: SopContent;
  /** The pending revision (draft or returned) being edited in place, or null for a new revision. */
  pending?: { id: string; version: number; revisionNo: number; reason: string } | null;
};

/** A server field error on one line of a list ("content.dasar_hukum.3") belongs to its textarea. */
function listLineToField(key: string): string {
  const list = /^content\.(unit_lines|dasar_hukum|kualifikasi|keterkaitan|peralatan)\.\d+$/.exec(key);
  return list ? `content.${list[1]}` : key;
}

/**
 * Edit the whole content of an SOP; saving proposes a revision for check and approval (or replaces
 * the content of the pending draft). Key it by version.
 */
export function SopEditForm({ sop, content, pending = null }: SopEditFormProps) {
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
    schema: () => import("@/lib/sops/schema").then((m) => m.sopReviseSchema),
    defaultValues: {
      id: sop.id,
      version: sop.version,
      reason: pending?.reason ?? "",
      content: formContent(content),
      ...(pending ? { pendingRevisionId: pending.id, pendingVersion: pending.version } : {}),
    },
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
    successMessage: (data) =>
      data.replaced
        ? `Draf revisi ${data.revisionNo} diperbarui; belum berlaku sebelum diperiksa dan disahkan.`
        : `Revisi ${data.revisionNo} disimpan sebagai draf di register dokumen; ajukan di sana untuk diperiksa dan disahkan. Katalog tetap menampilkan revisi yang berlaku.`,
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

      <Card title={pending ? `Simpan draf revisi ${pending.revisionNo}` : "Simpan sebagai draf revisi"}>
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
              {pending ? "Simpan perubahan draf" : "Simpan draf revisi"}
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
