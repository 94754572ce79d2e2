"use client";
// One form for planning and editing an audit (rencana audit), on the same zod schema as the actions.
import { useRouter } from "next/navigation";
import { Controller } from "react-hook-form";
import { SopPicker } from "@/components/objectives/sop-picker";
import { ActionError, useActionForm, withData } from "@/components/forms";
import { Button, Card, LinkButton, SelectField, TextField, TextareaField } from "@/components/ui";
import { createAuditAction, updateAuditAction } from "@/lib/audits/actions";
import { AUDIT_TYPES, AUDIT_TYPE_LABELS } from "@/lib/audits/constants";
import type { AuditFormInput } from "@/lib/audits/schema";
import type { AuditFormOptions } from "@/lib/audits/types";
import type { ActionResult } from "@/lib/errors";
import { ClausePicker, TeamPicker, UnitScopePicker } from "./scope-pickers";
import styles from "./audits.module.css";

const TYPE_OPTIONS = AUDIT_TYPES.map((t) => ({ value: t, label: AUDIT_TYPE_LABELS[t] }));

export type AuditFormProps = {
  audit?: { id: string; version: number };
  defaults: AuditFormInput;
  options: AuditFormOptions;
  cancelHref: string;
};

export function AuditForm({ audit, defaults, options, cancelHref }: AuditFormProps) {
  const router = useRouter();
  const { register, control, onSubmit, failure, formState: { errors, isSubmitting } } = useActionForm({
    schema: () => import("./audit-form-schema").then((m) => m.formSchema),
    defaultValues: { values: defaults },
    submit: async ({ values }): Promise<ActionResult<{ id: string }>> => {
      if (!audit) return createAuditAction(values);
      return withData(await updateAuditAction({ id: audit.id, version: audit.version, values }), { id: audit.id });
    },
    successMessage: audit ? "Perubahan rencana audit disimpan." : "Rencana audit disimpan. Susun jadwalnya, lalu terbitkan.",
    onSuccess: ({ id }) => {
      router.push(`/audits/${encodeURIComponent(id)}`);
      router.refresh();
    },
  });
  const e = errors.values;
  const agency = options.units.find((u) => u.id === defaults.agencyId);
  const id = (name: string) => `audit-${name}`;

  return (
    <form onSubmit={onSubmit} noValidate className="stack-lg">
      <ActionError failure={failure} />
      <Card title="Rencana audit">
        <div className={styles.section}>
          <div className="grid-2">
            {audit || options.agencies.length <= 1 ? (
              <TextField id={id("agency")} label="Perangkat Daerah" readOnly value={options.agencies.find((a) => a.id === defaults.agencyId)?.name ?? ""} />
            ) : (
              <SelectField
                id={id("agencyId")}
                label="Perangkat Daerah"
                required
                options={options.agencies.map((a) => ({ value: a.id, label: a.name }))}
                hint="Mengganti Perangkat Daerah memuat ulang pilihan unit, SOP dan auditor."
                {...register("values.agencyId", { onChange: (ev) => router.replace(`/audits/new?agencyId=${encodeURIComponent(ev.target.value)}`) })}
              />
            )}
            <SelectField id={id("type")} label="Jenis audit" required options={TYPE_OPTIONS} error={e?.type?.message} {...register("values.type")} />
          </div>
          <TextField id={id("title")} label="Judul" required maxLength={200} placeholder="Audit internal putaran 1 tahun 2026" error={e?.title?.message} {...register("values.title")} />
          <TextareaField id={id("objectives")} label="Tujuan audit" required rows={3} maxLength={2000} error={e?.objectives?.message} {...register("values.objectives")} />
          <TextareaField
            id={id("criteria")}
            label="Kriteria audit"
            required
            rows={2}
            maxLength={2000}
            hint="Acuan pemeriksaan, mis. SNI ISO 9001:2015, SOP AP terkait, peraturan."
            error={e?.criteria?.message}
            {...register("values.criteria")}
          />
          <div className="grid-3">
            <TextField id={id("startDate")} label="Tanggal mulai" type="date" required error={e?.startDate?.message} {...register("values.startDate")} />
            <TextField id={id("endDate")} label="Tanggal selesai" type="date" required error={e?.endDate?.message} {...register("values.endDate")} />
            <TextField id={id("place")} label="Tempat" maxLength={200} error={e?.place?.message} {...register("values.place")} />
          </div>
        </div>
      </Card>

      <Card title="Lingkup">
        <div className={styles.section}>
          <Controller
            control={control}
            name="values.units"
            render={({ field, fieldState }) => (
              <UnitScopePicker units={options.units} agencyDepth={agency?.depth ?? 0} value={field.value ?? []} onChange={field.onChange} error={fieldState.error?.message} />
            )}
          />
          <Controller
            control={control}
            name="values.sopIds"
            render={({ field, fieldState }) => (
              <SopPicker legend="SOP yang diaudit" hint="Daftar periksa memuat setiap langkah SOP yang dipilih." options={options.sops.map((s) => ({ value: s.id, label: s.label }))} value={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} error={fieldState.error?.message} />
            )}
          />
          <Controller
            control={control}
            name="values.clauses"
            render={({ field, fieldState }) => <ClausePicker clauses={options.clauses} value={field.value ?? []} onChange={field.onChange} error={fieldState.error?.message} />}
          />
        </div>
      </Card>

      <Card title="Tim audit">
        <Controller
          control={control}
          name="values.team"
          render={({ field, fieldState }) => <TeamPicker auditors={options.auditors} value={field.value ?? []} onChange={field.onChange} error={fieldState.error?.message} />}
        />
      </Card>

      <div className={styles.actions}>
        <Button type="submit" loading={isSubmitting}>Simpan rencana</Button>
        <LinkButton href={cancelHref} variant="secondary">Batal</LinkButton>
      </div>
    </form>
  );
}
