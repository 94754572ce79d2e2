"use client";
// Records the opening or closing meeting: when, who attended, notes; the closing meeting also the
// agreed deadlines and any diverging opinions (ISO 19011 6.4.10).
import { useRouter } from "next/navigation";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, Card, TextField, TextareaField } from "@/components/ui";
import { saveMeetingAction } from "@/lib/audits/actions";
import { MEETING_KIND_LABELS, type AuditMeetingKind } from "@/lib/audits/constants";
import type { MeetingInput } from "@/lib/audits/schema";
import styles from "./audits.module.css";

export function MeetingForm({ kind, defaults }: { kind: AuditMeetingKind; defaults: MeetingInput }) {
  const router = useRouter();
  const { register, onSubmit, failure, formState: { errors, isSubmitting } } = useActionForm({
    schema: () => import("@/lib/audits/schema").then((m) => m.meetingSchema),
    defaultValues: defaults,
    submit: (values) => saveMeetingAction(values),
    successMessage: `${MEETING_KIND_LABELS[kind]} dicatat.`,
    onSuccess: () => router.refresh(),
  });
  const id = (name: string) => `meeting-${kind.toLowerCase()}-${name}`;
  return (
    <Card title={MEETING_KIND_LABELS[kind]}>
      <form onSubmit={onSubmit} noValidate className={styles.section}>
        <ActionError failure={failure} />
        <div className="grid-2">
          <TextField id={id("date")} label="Tanggal" type="date" required error={errors.date?.message} {...register("date")} />
          <TextField id={id("time")} label="Jam (WITA)" type="time" required error={errors.time?.message} {...register("time")} />
        </div>
        <TextareaField
          id={id("attendance")}
          label="Daftar hadir"
          required
          rows={4}
          maxLength={4000}
          hint="Satu orang per baris: Nama — jabatan/unit."
          error={errors.attendance?.message}
          {...register("attendance")}
        />
        <TextareaField id={id("notes")} label="Catatan rapat" required rows={4} maxLength={4000} error={errors.notes?.message} {...register("notes")} />
        {kind === "PENUTUPAN" && (
          <>
            <TextareaField id={id("agreedDeadlines")} label="Tenggat yang disepakati" rows={3} maxLength={2000} hint="Mis. batas waktu tindakan perbaikan per temuan." error={errors.agreedDeadlines?.message} {...register("agreedDeadlines")} />
            <TextareaField id={id("divergingOpinions")} label="Perbedaan pendapat" rows={3} maxLength={2000} hint="Pendapat auditi yang berbeda dengan tim audit dan belum terselesaikan." error={errors.divergingOpinions?.message} {...register("divergingOpinions")} />
          </>
        )}
        <div className={styles.actions}>
          <Button type="submit" loading={isSubmitting}>Simpan {MEETING_KIND_LABELS[kind].toLowerCase()}</Button>
        </div>
      </form>
    </Card>
  );
}
