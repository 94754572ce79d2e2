"use client";
// The agency's days for corrective actions: due dates and the wait before verification, per category.
import { useRouter } from "next/navigation";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, TextField } from "@/components/ui";
import { saveSettingsAction } from "@/lib/corrective-actions/actions";
import styles from "./corrective-actions.module.css";

export type SettingsFormProps = {
  agency: { id: string; name: string };
  settings: { version: number | null; dueDaysMayor: number; dueDaysMinor: number; waitDaysMayor: number; waitDaysMinor: number };
};

export function SettingsForm({ agency, settings }: SettingsFormProps) {
  const router = useRouter();
  const {
    register,
    onSubmit,
    failure,
    formState: { errors, isSubmitting },
  } = useActionForm({
    schema: () => import("@/lib/corrective-actions/schema").then((m) => m.settingsSchema),
    defaultValues: { agencyId: agency.id, ...settings },
    submit: (values) => saveSettingsAction(values),
    successMessage: `Pengaturan tindakan perbaikan ${agency.name} disimpan.`,
    onSuccess: () => router.refresh(),
  });
  const id = (name: string) => `settings-${agency.id}-${name}`;
  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label={`Pengaturan ${agency.name}`}>
      <ActionError failure={failure} />
      <div className="grid-2">
        <TextField id={id("due-mayor")} label="Tenggat KTS mayor (hari)" type="number" min={1} max={365} required error={errors.dueDaysMayor?.message} {...register("dueDaysMayor")} />
        <TextField id={id("due-minor")} label="Tenggat KTS minor (hari)" type="number" min={1} max={365} required error={errors.dueDaysMinor?.message} {...register("dueDaysMinor")} />
        <TextField id={id("wait-mayor")} label="Masa tunggu verifikasi KTS mayor (hari)" type="number" min={0} max={365} required error={errors.waitDaysMayor?.message} {...register("waitDaysMayor")} />
        <TextField id={id("wait-minor")} label="Masa tunggu verifikasi KTS minor (hari)" type="number" min={0} max={365} required error={errors.waitDaysMinor?.message} {...register("waitDaysMinor")} />
      </div>
      <div className={styles.formActions}>
        <Button type="submit" loading={isSubmitting}>
          Simpan pengaturan
        </Button>
      </div>
    </form>
  );
}
