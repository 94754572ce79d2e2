"use client";
// The attendance of the invited people, recorded at the meeting.
import { useRouter } from "next/navigation";
import { Controller } from "react-hook-form";
import { ActionError, useActionForm } from "@/components/forms";
import { Button } from "@/components/ui";
import { saveAttendanceAction } from "@/lib/management-reviews/actions";
import { ChoiceGroup } from "./people-picker";

export function AttendanceForm({ reviewId, version, participants }: { reviewId: string; version: number; participants: { id: string; name: string; unitName: string; present: boolean | null }[] }) {
  const router = useRouter();
  const form = useActionForm({
    schema: () => import("@/lib/management-reviews/schema").then((m) => m.attendanceSchema),
    defaultValues: { reviewId, version, present: participants.filter((p) => p.present).map((p) => p.id) },
    submit: (values) => saveAttendanceAction({ ...values, version }),
    successMessage: "Daftar hadir disimpan.",
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate className="stack" aria-label="Daftar hadir">
      <ActionError failure={form.failure} />
      <Controller
        control={form.control}
        name="present"
        render={({ field }) => (
          <ChoiceGroup legend="Hadir" choices={participants.map((p) => ({ value: p.id, label: `${p.name} (${p.unitName})` }))} value={field.value ?? []} onChange={field.onChange} />
        )}
      />
      <div>
        <Button type="submit" variant="secondary" loading={form.formState.isSubmitting}>Simpan daftar hadir</Button>
      </div>
    </form>
  );
}
