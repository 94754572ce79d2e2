"use client";
// Scheduling a rapat tinjauan manajemen (and changing it while only scheduled): period under
// review, date, place, chair, notulis, pemaraf, invited units and people, agenda.
import { useRouter } from "next/navigation";
import { Controller, useFieldArray } from "react-hook-form";
import { ActionError, useActionForm, withData } from "@/components/forms";
import { Button, Card, LinkButton, SelectField, TextField } from "@/components/ui";
import { createReviewAction, updateReviewAction } from "@/lib/management-reviews/actions";
import type { ReviewFormInput } from "@/lib/management-reviews/schema";
import type { ReviewFormOptions } from "@/lib/management-reviews/types";
import type { ActionResult } from "@/lib/errors";
import { unitTreeOptions } from "@/lib/org/unit-tree-options";
import { ChoiceGroup } from "./people-picker";
import styles from "./reviews.module.css";

export type ReviewFormProps = {
  review?: { id: string; version: number };
  defaults: ReviewFormInput;
  options: ReviewFormOptions;
  cancelHref: string;
};

export function ReviewForm({ review, defaults, options, cancelHref }: ReviewFormProps) {
  const router = useRouter();
  const { register, control, onSubmit, failure, formState: { errors, isSubmitting } } = useActionForm({
    schema: () => import("./review-form-schema").then((m) => m.formSchema),
    defaultValues: { values: defaults },
    submit: async ({ values }): Promise<ActionResult<{ id: string }>> => {
      if (!review) return createReviewAction(values);
      return withData(await updateReviewAction({ id: review.id, version: review.version, values }), { id: review.id });
    },
    successMessage: review ? "Perubahan jadwal rapat disimpan." : "Rapat dijadwalkan; undangan dikirim kepada peserta.",
    onSuccess: ({ id }) => {
      router.push(`/management-reviews/${encodeURIComponent(id)}`);
      router.refresh();
    },
  });
  const agenda = useFieldArray({ control, name: "values.agenda" });
  const e = errors.values;
  const id = (name: string) => `review-${name}`;
  const person = (p: { id: string; name: string; unitName: string }) => ({ value: p.id, label: `${p.name} (${p.unitName})` });

  return (
    <form onSubmit={onSubmit} noValidate className="stack-lg">
      <ActionError failure={failure} />
      <Card title="Rapat">
        <div className={styles.section}>
          {review || options.agencies.length <= 1 ? (
            <TextField id={id("agency")} label="Perangkat Daerah" readOnly value={options.agencies.find((a) => a.id === defaults.agencyId)?.name ?? ""} />
          ) : (
            <SelectField
              id={id("agencyId")} label="Perangkat Daerah" required options={options.agencies.map((a) => ({ value: a.id, label: a.name }))}
              hint="Mengganti Perangkat Daerah memuat ulang pilihan orang dan unit."
              {...register("values.agencyId", { onChange: (ev) => router.replace(`/management-reviews/new?agencyId=${encodeURIComponent(ev.target.value)}`) })}
            />
          )}
          <TextField id={id("title")} label="Judul rapat" required maxLength={200} error={e?.title?.message} {...register("values.title")} />
          <div className="grid-2">
            <TextField id={id("periodFrom")} label="Periode ditinjau, dari" type="date" required error={e?.periodFrom?.message} {...register("values.periodFrom")} />
            <TextField id={id("periodTo")} label="Periode ditinjau, sampai" type="date" required error={e?.periodTo?.message} {...register("values.periodTo")} />
          </div>
          <div className="grid-3">
            <TextField id={id("date")} label="Tanggal rapat" type="date" required error={e?.date?.message} {...register("values.date")} />
            <TextField id={id("time")} label="Jam (WITA)" type="time" required error={e?.time?.message} {...register("values.time")} />
            <TextField id={id("place")} label="Tempat" required maxLength={200} error={e?.place?.message} {...register("values.place")} />
          </div>
          <div className="grid-3">
            <SelectField id={id("chairId")} label="Pimpinan rapat (penanda tangan)" required placeholder="Pilih pimpinan" options={options.chairs.map(person)} error={e?.chairId?.message} {...register("values.chairId")} />
            <SelectField id={id("notulisId")} label="Notulis" required placeholder="Pilih notulis" options={options.people.map(person)} error={e?.notulisId?.message} {...register("values.notulisId")} />
            <SelectField id={id("initialerId")} label="Pemaraf" required placeholder="Pilih pemaraf" hint="Mis. Sekretaris: memeriksa dan memaraf notulen sebelum ditandatangani." options={options.people.map(person)} error={e?.initialerId?.message} {...register("values.initialerId")} />
          </div>
        </div>
      </Card>

      <Card title="Undangan">
        <div className={styles.section}>
          <Controller
            control={control}
            name="values.unitIds"
            render={({ field, fieldState }) => (
              <ChoiceGroup legend="Unit yang diundang" choices={unitTreeOptions(options.units)} value={field.value ?? []} onChange={field.onChange} error={fieldState.error?.message} />
            )}
          />
          <Controller
            control={control}
            name="values.participantIds"
            render={({ field, fieldState }) => (
              <ChoiceGroup
                legend="Peserta" hint="Pimpinan rapat, notulis dan pemaraf diundang dengan sendirinya. Peserta dapat membaca rapat ini dan notulennya."
                choices={options.people.map(person)} value={field.value ?? []} onChange={field.onChange} error={fieldState.error?.message}
              />
            )}
          />
        </div>
      </Card>

      <Card title="Agenda">
        <div className={styles.section}>
          {agenda.fields.map((field, index) => (
            <div key={field.id} className={styles.row}>
              <TextField id={id(`agenda-${index}`)} label={`Agenda ${index + 1}`} required maxLength={300} error={e?.agenda?.[index]?.title?.message} {...register(`values.agenda.${index}.title`)} />
              <Button type="button" variant="ghost" onClick={() => agenda.remove(index)} aria-label={`Hapus agenda ${index + 1}`}>Hapus</Button>
            </div>
          ))}
          {e?.agenda?.message && <p className={styles.error} role="alert">{e.agenda.message}</p>}
          <div>
            <Button type="button" variant="secondary" onClick={() => agenda.append({ title: "" })}>Tambah agenda</Button>
          </div>
        </div>
      </Card>

      <div className={styles.actions}>
        <Button type="submit" loading={isSubmitting}>{review ? "Simpan perubahan" : "Jadwalkan rapat"}</Button>
        <LinkButton href={cancelHref} variant="secondary">Batal</LinkButton>
      </div>
    </form>
  );
}
