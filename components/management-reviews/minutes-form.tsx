"use client";
// The notulen per agenda item, the decisions typed as ISO 9001 9.3.3 outputs and the RTL (PIC, due
// date, the SOP / sasaran mutu / temuan / document it concerns), saved whole while drafted.
import { useRouter } from "next/navigation";
import { Controller, useFieldArray, useWatch } from "react-hook-form";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, Card, LinkButton, SelectField, TextField, TextareaField } from "@/components/ui";
import { saveMinutesAction } from "@/lib/management-reviews/actions";
import { ACTION_LINK_KINDS, ACTION_LINK_LABELS, DECISION_TYPES, DECISION_TYPE_LABELS } from "@/lib/management-reviews/constants";
import type { MinutesInput } from "@/lib/management-reviews/schema";
import type { MinutesOptions } from "@/lib/management-reviews/types";
import styles from "./reviews.module.css";

const TYPE_OPTIONS = DECISION_TYPES.map((t) => ({ value: t, label: DECISION_TYPE_LABELS[t] }));
const LINK_OPTIONS = ACTION_LINK_KINDS.map((k) => ({ value: k, label: ACTION_LINK_LABELS[k] }));

export type MinutesFormProps = {
  reviewId: string;
  version: number;
  agenda: { title: string }[];
  defaults: Omit<MinutesInput, "reviewId" | "version">;
  options: MinutesOptions;
  backHref: string;
};

export function MinutesForm({ reviewId, version, agenda, defaults, options, backHref }: MinutesFormProps) {
  const router = useRouter();
  const form = useActionForm({
    schema: () => import("@/lib/management-reviews/schema").then((m) => m.minutesSchema),
    defaultValues: { reviewId, version, ...defaults },
    submit: (values) => saveMinutesAction({ ...values, version }),
    successMessage: "Notulen dan RTL disimpan.",
    onSuccess: () => {
      router.push(backHref);
      router.refresh();
    },
  });
  const { register, control, formState: { errors, isSubmitting } } = form;
  const decisions = useFieldArray({ control, name: "decisions" });
  const actions = useFieldArray({ control, name: "actions" });
  const linkKinds = useWatch({ control, name: "actions" })?.map((a) => a?.linkKind) ?? [];
  const agendaOptions = agenda.map((a, i) => ({ value: String(i), label: `${i + 1}. ${a.title}` }));
  const people = options.people.map((p) => ({ value: p.id, label: `${p.name} (${p.unitName})` }));
  const targets = { SOP: options.sops, OBJECTIVE: options.objectives, FINDING: options.findings } as const;

  return (
    <form onSubmit={form.onSubmit} noValidate className="stack-lg">
      <ActionError failure={form.failure} />
      <Card title="Notulen per agenda">
        <div className={styles.section}>
          {agenda.map((a, i) => (
            <TextareaField key={i} id={`minutes-${i}`} label={`${i + 1}. ${a.title}`} rows={4} maxLength={8000} error={errors.minutes?.[i]?.message} {...register(`minutes.${i}`)} />
          ))}
        </div>
      </Card>

      <Card title="Keputusan (keluaran ISO 9001:2015 9.3.3)">
        <div className={styles.section}>
          {decisions.fields.map((field, i) => (
            <div key={field.id} className={styles.item}>
              <div className="grid-2">
                <SelectField id={`decision-${i}-type`} label="Jenis keluaran" required options={TYPE_OPTIONS} error={errors.decisions?.[i]?.type?.message} {...register(`decisions.${i}.type`)} />
                <Controller
                  control={control}
                  name={`decisions.${i}.agendaIndex`}
                  render={({ field: f }) => (
                    <SelectField
                      id={`decision-${i}-agenda`} label="Agenda" placeholder="Tidak terkait agenda tertentu" options={agendaOptions}
                      value={f.value === null || f.value === undefined ? "" : String(f.value)} onChange={(e) => f.onChange(e.target.value === "" ? null : Number(e.target.value))} onBlur={f.onBlur}
                    />
                  )}
                />
              </div>
              <TextareaField id={`decision-${i}-text`} label="Keputusan" required rows={2} maxLength={2000} error={errors.decisions?.[i]?.text?.message} {...register(`decisions.${i}.text`)} />
              <div>
                <Button type="button" variant="ghost" size="sm" onClick={() => decisions.remove(i)}>{`Hapus keputusan ${i + 1}`}</Button>
              </div>
            </div>
          ))}
          <div>
            <Button type="button" variant="secondary" onClick={() => decisions.append({ type: "PENINGKATAN", agendaIndex: null, text: "" })}>Tambah keputusan</Button>
          </div>
        </div>
      </Card>

      <Card title="Rencana tindak lanjut (RTL)">
        <div className={styles.section}>
          {errors.actions?.message && <p className={styles.error} role="alert">{errors.actions.message}</p>}
          {actions.fields.map((field, i) => {
            const kind = linkKinds[i] ?? "NONE";
            const e = errors.actions?.[i];
            return (
              <div key={field.id} className={styles.item}>
                <TextareaField id={`action-${i}-description`} label={`RTL ${i + 1}`} required rows={2} maxLength={1000} error={e?.description?.message} {...register(`actions.${i}.description`)} />
                <div className="grid-3">
                  <SelectField id={`action-${i}-pic`} label="PIC" required placeholder="Pilih PIC" options={people} error={e?.picId?.message} {...register(`actions.${i}.picId`)} />
                  <TextField id={`action-${i}-due`} label="Tenggat" type="date" required error={e?.dueDate?.message} {...register(`actions.${i}.dueDate`)} />
                  <SelectField id={`action-${i}-type`} label="Keluaran 9.3.3" placeholder="—" options={TYPE_OPTIONS} {...register(`actions.${i}.decisionType`)} />
                </div>
                <div className="grid-2">
                  <SelectField id={`action-${i}-link`} label="Rujukan" options={LINK_OPTIONS} {...register(`actions.${i}.linkKind`)} />
                  {(kind === "SOP" || kind === "OBJECTIVE" || kind === "FINDING") && (
                    <SelectField
                      id={`action-${i}-target`} label={ACTION_LINK_LABELS[kind]} required placeholder="Pilih"
                      options={targets[kind].map((t) => ({ value: t.id, label: t.label }))} error={e?.linkId?.message} {...register(`actions.${i}.linkId`)}
                    />
                  )}
                  {kind === "REFERENCE" && (
                    <TextField id={`action-${i}-reference`} label="Dokumen / rujukan" required maxLength={500} error={e?.reference?.message} {...register(`actions.${i}.reference`)} />
                  )}
                </div>
                <div>
                  <Button type="button" variant="ghost" size="sm" onClick={() => actions.remove(i)}>{`Hapus RTL ${i + 1}`}</Button>
                </div>
              </div>
            );
          })}
          <div>
            <Button type="button" variant="secondary" onClick={() => actions.append({ description: "", picId: "", dueDate: "", decisionType: null, linkKind: "NONE", linkId: null, reference: null })}>
              Tambah RTL
            </Button>
          </div>
        </div>
      </Card>

      <div className={styles.actions}>
        <Button type="submit" loading={isSubmitting}>Simpan notulen dan RTL</Button>
        <LinkButton href={backHref} variant="secondary">Batal</LinkButton>
      </div>
    </form>
  );
}
