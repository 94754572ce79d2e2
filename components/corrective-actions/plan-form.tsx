"use client";
// The plan of an open round: the correction (koreksi) apart from the corrective action, the 5-why
// chain, the root causes (with their fishbone category) and the actions with PIC and due date.
import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, SelectField, TextField, TextareaField, type SelectOption } from "@/components/ui";
import { savePlanAction } from "@/lib/corrective-actions/actions";
import { FISHBONE_CATEGORIES, FISHBONE_LABELS, MAX_WHYS, type FishboneCategory } from "@/lib/corrective-actions/constants";
import styles from "./corrective-actions.module.css";

const FISHBONE_OPTIONS = FISHBONE_CATEGORIES.map((c) => ({ value: c, label: FISHBONE_LABELS[c] }));

export type PlanFormProps = {
  id: string;
  version: number;
  defaults: {
    correction: string | null;
    whys: string[];
    causes: { category: FishboneCategory | null; description: string }[];
    items: { description: string; picId: string; dueDate: string; sopId: string | null }[];
  };
  picOptions: SelectOption[];
  sopOptions: SelectOption[];
};

export function PlanForm({ id, version, defaults, picOptions, sopOptions }: PlanFormProps) {
  const router = useRouter();
  const {
    register,
    control,
    onSubmit,
    failure,
    formState: { errors, isSubmitting },
  } = useActionForm({
    schema: () => import("@/lib/corrective-actions/schema").then((m) => m.planSchema),
    defaultValues: {
      id,
      version,
      correction: defaults.correction ?? "",
      whys: Array.from({ length: MAX_WHYS }, (_, i) => defaults.whys[i] ?? ""),
      causes: defaults.causes.length > 0 ? defaults.causes : [{ category: null, description: "" }],
      items: defaults.items.length > 0 ? defaults.items : [{ description: "", picId: "", dueDate: "", sopId: null }],
    },
    submit: (values) => savePlanAction(values),
    successMessage: "Rencana disimpan. Ajukan bila koreksi, akar masalah dan tindakan sudah lengkap.",
    onSuccess: () => router.refresh(),
  });
  const causes = useFieldArray({ control, name: "causes" });
  const items = useFieldArray({ control, name: "items" });

  return (
    <form onSubmit={onSubmit} noValidate className="stack-lg" aria-label="Rencana tindakan perbaikan">
      <ActionError failure={failure} />
      <TextareaField
        id="plan-correction"
        label="Koreksi (tindakan segera)"
        rows={3}
        maxLength={2000}
        hint="Apa yang segera dilakukan untuk mengendalikan ketidaksesuaian dan akibatnya, terpisah dari tindakan perbaikan."
        error={errors.correction?.message}
        {...register("correction")}
      />
      <fieldset className="stack">
        <legend>Analisis 5 mengapa</legend>
        {Array.from({ length: MAX_WHYS }, (_, i) => (
          <TextField key={i} id={`plan-why-${i}`} label={`Mengapa ${i + 1}`} maxLength={500} error={errors.whys?.[i]?.message} {...register(`whys.${i}`)} />
        ))}
      </fieldset>
      <fieldset className="stack">
        <legend>Akar masalah</legend>
        {causes.fields.map((field, i) => (
          <div key={field.id} className={styles.entry}>
            <SelectField
              id={`plan-cause-${i}-category`}
              label="Kategori fishbone"
              options={FISHBONE_OPTIONS}
              placeholder="Tanpa kategori"
              error={errors.causes?.[i]?.category?.message}
              {...register(`causes.${i}.category`, { setValueAs: (v) => (v === "" ? null : v) })}
            />
            <TextareaField
              id={`plan-cause-${i}-description`}
              label={`Akar masalah ${i + 1}`}
              rows={2}
              maxLength={1000}
              error={errors.causes?.[i]?.description?.message}
              {...register(`causes.${i}.description`)}
            />
            <div>
              <Button type="button" variant="ghost" size="sm" onClick={() => causes.remove(i)}>
                {`Hapus akar masalah ${i + 1}`}
              </Button>
            </div>
          </div>
        ))}
        <div>
          <Button type="button" variant="secondary" size="sm" onClick={() => causes.append({ category: null, description: "" })}>
            Tambah akar masalah
          </Button>
        </div>
      </fieldset>
      <fieldset className="stack">
        <legend>Tindakan perbaikan</legend>
        {items.fields.map((field, i) => (
          <div key={field.id} className={styles.entry}>
            <TextareaField
              id={`plan-item-${i}-description`}
              label={`Tindakan ${i + 1}`}
              required
              rows={2}
              maxLength={1000}
              error={errors.items?.[i]?.description?.message}
              {...register(`items.${i}.description`)}
            />
            <div className="grid-3">
              <SelectField
                id={`plan-item-${i}-pic`}
                label="PIC"
                required
                options={picOptions}
                placeholder="Pilih PIC"
                error={errors.items?.[i]?.picId?.message}
                {...register(`items.${i}.picId`)}
              />
              <TextField id={`plan-item-${i}-due`} label="Tenggat" type="date" required error={errors.items?.[i]?.dueDate?.message} {...register(`items.${i}.dueDate`)} />
              <SelectField
                id={`plan-item-${i}-sop`}
                label="SOP yang diubah"
                options={sopOptions}
                placeholder="Tidak mengubah SOP"
                error={errors.items?.[i]?.sopId?.message}
                {...register(`items.${i}.sopId`, { setValueAs: (v) => (v === "" ? null : v) })}
              />
            </div>
            <div>
              <Button type="button" variant="ghost" size="sm" onClick={() => items.remove(i)}>
                {`Hapus tindakan ${i + 1}`}
              </Button>
            </div>
          </div>
        ))}
        <div>
          <Button type="button" variant="secondary" size="sm" onClick={() => items.append({ description: "", picId: "", dueDate: "", sopId: null })}>
            Tambah tindakan
          </Button>
        </div>
      </fieldset>
      <div className={styles.formActions}>
        <Button type="submit" loading={isSubmitting}>
          Simpan rencana
        </Button>
      </div>
    </form>
  );
}
