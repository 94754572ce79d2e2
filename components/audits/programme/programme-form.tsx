"use client";
// One form for drafting and editing an audit programme with its rounds, on the same zod schema as
// the server actions. Beside each unit: its risk-based priority (ISO 9001:2015 9.2.2 a).
import { useRouter } from "next/navigation";
import { Controller, useFieldArray } from "react-hook-form";
import { ActionError, useActionForm, withData } from "@/components/forms";
import { SopPicker } from "@/components/objectives/sop-picker";
import { Button, Card, Checkbox, LinkButton, SelectField, TextField, TextareaField } from "@/components/ui";
import { createProgrammeAction, updateProgrammeAction } from "@/lib/audits/programme-actions";
import { MAIN_CLAUSES, MAIN_CLAUSE_LABELS, MAX_ROUNDS, MIN_ROUNDS, MONTH_LABELS } from "@/lib/audits/programme-constants";
import type { ProgrammeFormInput } from "@/lib/audits/programme-schema";
import type { ProgrammeFormOptions, UnitRiskRow } from "@/lib/audits/programme-types";
import type { ActionResult } from "@/lib/errors";
import { emptyRound } from "./programme-defaults";
import { RiskBadge } from "./risk-badge";
import styles from "./programme.module.css";

const MONTH_OPTIONS = MONTH_LABELS.map((label, i) => ({ value: String(i + 1), label }));

export type ProgrammeFormProps = {
  programme?: { id: string; version: number };
  defaults: ProgrammeFormInput;
  options: ProgrammeFormOptions;
  risks: Record<string, UnitRiskRow>;
  cancelHref: string;
};

export function ProgrammeForm({ programme, defaults, options, risks, cancelHref }: ProgrammeFormProps) {
  const router = useRouter();
  const { register, control, watch, onSubmit, failure, formState: { errors, isSubmitting } } = useActionForm({
    schema: () => import("@/lib/audits/programme-schema").then((m) => m.programmeFormSchema),
    defaultValues: defaults,
    submit: async (values): Promise<ActionResult<{ id: string }> | null> => {
      if (!programme) return createProgrammeAction(values);
      return withData(await updateProgrammeAction({ id: programme.id, version: programme.version, values }), { id: programme.id });
    },
    successMessage: programme ? "Perubahan program audit disimpan." : "Program audit disimpan sebagai draf.",
    onSuccess: ({ id }) => {
      router.push(`/audits/programme/${encodeURIComponent(id)}`);
      router.refresh();
    },
  });
  const rounds = useFieldArray({ control, name: "rounds" });
  const agencyId = watch("agencyId");
  const units = options.units.filter((u) => u.agencyId === agencyId);
  const sops = options.sops.filter((s) => s.agencyId === agencyId).map((s) => ({ value: s.id, label: s.label }));
  const roundsError = errors.rounds?.message ?? errors.rounds?.root?.message;

  return (
    <form onSubmit={onSubmit} noValidate className="stack-lg">
      <ActionError failure={failure} />
      <Card>
        <div className="stack">
          <div className="grid-2">
            <SelectField
              id="programme-agency" label="Perangkat Daerah" required disabled={Boolean(programme)}
              options={options.agencies.map((a) => ({ value: a.id, label: a.name }))} placeholder="Pilih Perangkat Daerah"
              error={errors.agencyId?.message} {...register("agencyId")}
            />
            <TextField id="programme-year" label="Tahun" required inputMode="numeric" error={errors.year?.message} {...register("year")} />
          </div>
          <TextareaField
            id="programme-objectives" label="Tujuan program audit" required maxLength={4000} rows={4}
            hint="Mis. memastikan SMM diterapkan efektif, menyiapkan surveilans, menindaklanjuti temuan tahun lalu."
            error={errors.objectives?.message} {...register("objectives")}
          />
        </div>
      </Card>

      {rounds.fields.map((field, index) => {
        const e = errors.rounds?.[index];
        return (
          <section key={field.id} className={styles.round} aria-labelledby={`round-${index}-title`}>
            <div className="row-between">
              <h2 id={`round-${index}-title`}>Putaran {index + 1}</h2>
              {rounds.fields.length > MIN_ROUNDS && (
                <Button type="button" variant="ghost" size="sm" onClick={() => rounds.remove(index)}>
                  Hapus putaran {index + 1}
                </Button>
              )}
            </div>
            <TextField id={`round-${index}-name`} label="Nama putaran" required maxLength={120} error={e?.name?.message} {...register(`rounds.${index}.name`)} />
            <div className="grid-2">
              <SelectField id={`round-${index}-start`} label="Bulan mulai" required options={MONTH_OPTIONS} error={e?.startMonth?.message} {...register(`rounds.${index}.startMonth`)} />
              <SelectField id={`round-${index}-end`} label="Bulan selesai" required options={MONTH_OPTIONS} error={e?.endMonth?.message} {...register(`rounds.${index}.endMonth`)} />
            </div>
            <Controller
              control={control}
              name={`rounds.${index}.unitIds`}
              render={({ field: f }) => (
                <fieldset className={styles.group}>
                  <legend className={styles.legend}>Unit yang diaudit (dengan prioritas berbasis risiko)</legend>
                  {units.length === 0 && <p className="muted">Pilih Perangkat Daerah terlebih dahulu.</p>}
                  {units.map((u) => {
                    const risk = risks[u.id];
                    const checked = f.value.includes(u.id);
                    return (
                      <div key={u.id} className={styles.unitRow}>
                        <Checkbox
                          label={u.name}
                          checked={checked}
                          onChange={(ev) => f.onChange(ev.target.checked ? [...f.value, u.id] : f.value.filter((v) => v !== u.id))}
                        />
                        {risk && <RiskBadge level={risk.level} />}
                        {risk && risk.reasons.length > 0 && <span className={styles.reasons}>{risk.reasons.join("; ")}</span>}
                      </div>
                    );
                  })}
                  {e?.unitIds?.message && <p className={styles.error} role="alert">{e.unitIds.message}</p>}
                </fieldset>
              )}
            />
            <Controller
              control={control}
              name={`rounds.${index}.clauses`}
              render={({ field: f }) => (
                <fieldset className={styles.group}>
                  <legend className={styles.legend}>Klausul ISO 9001:2015</legend>
                  <div className={styles.clauses}>
                    {MAIN_CLAUSES.map((c) => (
                      <Checkbox
                        key={c}
                        label={`${c} ${MAIN_CLAUSE_LABELS[c]}`}
                        checked={f.value.includes(c)}
                        onChange={(ev) => f.onChange(ev.target.checked ? [...f.value, c] : f.value.filter((v) => v !== c))}
                      />
                    ))}
                  </div>
                  {f.value.filter((c) => c.includes(".")).length > 0 && (
                    <p className="muted">Sub-klausul: {f.value.filter((c) => c.includes(".")).join(", ")}</p>
                  )}
                  {e?.clauses?.message && <p className={styles.error} role="alert">{e.clauses.message}</p>}
                </fieldset>
              )}
            />
            <Controller
              control={control}
              name={`rounds.${index}.sopIds`}
              render={({ field: f }) => (
                <SopPicker legend="SOP yang diaudit (opsional)" options={sops} value={f.value} onChange={f.onChange} onBlur={f.onBlur} error={e?.sopIds?.message} />
              )}
            />
            <TextareaField id={`round-${index}-focus`} label="Fokus putaran (opsional)" maxLength={1000} rows={2} error={e?.focus?.message} {...register(`rounds.${index}.focus`)} />
          </section>
        );
      })}
      {roundsError && <p className={styles.error} role="alert">{roundsError}</p>}
      <div className="row">
        {rounds.fields.length < MAX_ROUNDS && (
          <Button type="button" variant="secondary" onClick={() => rounds.append(emptyRound(rounds.fields.length + 1))}>
            Tambah putaran
          </Button>
        )}
      </div>
      <div className="row">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? "Menyimpan…" : "Simpan draf"}</Button>
        <LinkButton href={cancelHref} variant="secondary">Batal</LinkButton>
      </div>
    </form>
  );
}
