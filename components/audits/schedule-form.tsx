"use client";
// Adds a schedule item: a meeting, or a session on one auditee unit with its auditors. The server
// decides independence and double booking and names the conflict on the auditors field.
import { useRouter } from "next/navigation";
import { Controller } from "react-hook-form";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, Card, Checkbox, SelectField, TextField } from "@/components/ui";
import { addScheduleItemAction } from "@/lib/audits/actions";
import { SCHEDULE_KINDS, SCHEDULE_KIND_LABELS } from "@/lib/audits/constants";
import styles from "./audits.module.css";

const KIND_OPTIONS = SCHEDULE_KINDS.map((k) => ({ value: k, label: SCHEDULE_KIND_LABELS[k] }));

export type ScheduleFormProps = {
  auditId: string;
  firstDay: string;
  units: { id: string; name: string }[];
  team: { userId: string; name: string }[];
};

export function ScheduleForm({ auditId, firstDay, units, team }: ScheduleFormProps) {
  const router = useRouter();
  const { register, control, watch, onSubmit, failure, reset, formState: { errors, isSubmitting } } = useActionForm({
    schema: () => import("@/lib/audits/schema").then((m) => m.scheduleItemSchema),
    defaultValues: { auditId, kind: "SESI_UNIT", unitId: "", date: firstDay, startTime: "09:00", endTime: "11:00", place: "", note: "", auditorIds: [] },
    submit: (values) => addScheduleItemAction(values),
    successMessage: "Kegiatan ditambahkan ke jadwal.",
    onSuccess: () => {
      reset();
      router.refresh();
    },
  });
  const kind = watch("kind");
  const id = (name: string) => `schedule-${name}`;
  return (
    <Card title="Tambah kegiatan">
      <form onSubmit={onSubmit} noValidate className={styles.section}>
        <ActionError failure={failure} />
        <div className="grid-2">
          <SelectField id={id("kind")} label="Kegiatan" required options={KIND_OPTIONS} error={errors.kind?.message} {...register("kind")} />
          {kind === "SESI_UNIT" && (
            <SelectField id={id("unitId")} label="Unit auditi" required options={units.map((u) => ({ value: u.id, label: u.name }))} placeholder="Pilih unit" error={errors.unitId?.message} {...register("unitId")} />
          )}
        </div>
        <div className="grid-3">
          <TextField id={id("date")} label="Tanggal" type="date" required error={errors.date?.message} {...register("date")} />
          <TextField id={id("startTime")} label="Mulai (WITA)" type="time" required error={errors.startTime?.message} {...register("startTime")} />
          <TextField id={id("endTime")} label="Selesai (WITA)" type="time" required error={errors.endTime?.message} {...register("endTime")} />
        </div>
        <Controller
          control={control}
          name="auditorIds"
          render={({ field, fieldState }) => (
            <fieldset className={styles.group}>
              <legend className={styles.legend}>Auditor</legend>
              <p className={styles.hint}>Auditor tidak boleh mengaudit unitnya sendiri, unit di bawah atau di atasnya, atau unit tempat ia memegang peran lain.</p>
              <div className={styles.choices}>
                {team.map((m) => (
                  <Checkbox
                    key={m.userId}
                    label={m.name}
                    checked={(field.value ?? []).includes(m.userId)}
                    onChange={(e) => field.onChange(e.target.checked ? [...(field.value ?? []), m.userId] : (field.value ?? []).filter((v) => v !== m.userId))}
                  />
                ))}
              </div>
              {fieldState.error?.message && <p className={styles.error} role="alert">{fieldState.error.message}</p>}
            </fieldset>
          )}
        />
        <div className="grid-2">
          <TextField id={id("place")} label="Tempat" maxLength={200} error={errors.place?.message} {...register("place")} />
          <TextField id={id("note")} label="Keterangan" maxLength={500} error={errors.note?.message} {...register("note")} />
        </div>
        <div className={styles.actions}>
          <Button type="submit" loading={isSubmitting}>Tambah ke jadwal</Button>
        </div>
      </form>
    </Card>
  );
}
