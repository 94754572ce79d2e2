"use client";

import { useRouter } from "next/navigation";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, SelectField } from "@/components/ui";
import { updateUnitAction } from "@/lib/org/actions";
import { DEFAULT_TIME_ZONE, TIME_ZONES, TIME_ZONE_LABELS, isTimeZone } from "@/lib/org/time-zones";
import styles from "./org.module.css";
import { UnitDetailFields } from "./unit-detail-fields";

export type UnitEditFormProps = {
  unit: { id: string; version: number; name: string; shortName: string | null; code: string; timeZone: string };
};

const TIME_ZONE_OPTIONS = TIME_ZONES.map((z) => ({ value: z, label: TIME_ZONE_LABELS[z] }));

/** Rename a unit. Give it `key={version}` so a reload after saving (or after STALE) starts afresh. */
export function UnitEditForm({ unit }: UnitEditFormProps) {
  const router = useRouter();
  const {
    register,
    onSubmit,
    failure,
    formState: { errors, isSubmitting },
  } = useActionForm({
    schema: () => import("@/lib/org/schema").then((m) => m.unitUpdateSchema),
    // id and version are not inputs: react-hook-form submits default values of unregistered fields too.
    defaultValues: {
      id: unit.id, version: unit.version, name: unit.name, shortName: unit.shortName ?? "", code: unit.code,
      timeZone: isTimeZone(unit.timeZone) ? unit.timeZone : DEFAULT_TIME_ZONE,
    },
    // The action takes the input shape (blank text as "") and parses it again on the server.
    submit: (values) => updateUnitAction({ ...values, shortName: values.shortName ?? "" }),
    successMessage: "Perubahan unit disimpan.",
    onSuccess: () => router.refresh(),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <ActionError failure={failure} />

      <UnitDetailFields field={(name) => register(name)} errors={errors} />

      <SelectField
        id="unit-time-zone"
        label="Zona waktu"
        options={TIME_ZONE_OPTIONS}
        hint="Pengingat dikirim pagi hari menurut zona waktu Perangkat Daerah."
        error={errors.timeZone?.message}
        {...register("timeZone")}
      />

      <div className={styles.formActions}>
        <Button type="submit" loading={isSubmitting}>
          Simpan
        </Button>
      </div>
    </form>
  );
}
