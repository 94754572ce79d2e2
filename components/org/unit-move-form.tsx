"use client";

import { useRouter } from "next/navigation";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, SelectField } from "@/components/ui";
import { moveUnitAction } from "@/lib/org/actions";
import type { UnitChoice } from "@/lib/org/options";
import styles from "./org.module.css";

export type UnitMoveFormProps = {
  unit: { id: string; version: number; parentName: string | null };
  /** Units that may receive this unit (the server checks again). */
  targets: UnitChoice[];
};

/** Move a unit, with its sub-units, under another parent. Key it by version. */
export function UnitMoveForm({ unit, targets }: UnitMoveFormProps) {
  const router = useRouter();
  const {
    register,
    watch,
    onSubmit,
    failure,
    formState: { errors, isSubmitting },
  } = useActionForm({
    schema: () => import("@/lib/org/schema").then((m) => m.unitMoveSchema),
    defaultValues: { id: unit.id, version: unit.version, parentId: "" },
    submit: moveUnitAction,
    successMessage: "Unit berhasil dipindahkan.",
    onSuccess: () => router.refresh(),
  });

  if (targets.length === 0) {
    return <p className="muted">Tidak ada unit lain dalam cakupan Anda yang dapat menjadi induk unit ini.</p>;
  }

  // The shared schema only says "Data tidak dikenal." for an empty id; say what to do instead.
  const parentError = errors.parentId && watch("parentId") === "" ? "Pilih unit induk baru." : errors.parentId?.message;
  const hint = `Induk saat ini: ${unit.parentName ?? "tidak ada"}. Sub-unit ikut dipindahkan. Hanya unit yang boleh menaungi jenis unit ini yang ditampilkan.`;

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <ActionError failure={failure} />
      <SelectField
        id="move-parent"
        label="Unit induk"
        required
        options={targets}
        placeholder="Pilih unit induk baru"
        hint={hint}
        error={parentError}
        {...register("parentId")}
      />
      <div className={styles.formActions}>
        <Button type="submit" variant="secondary" loading={isSubmitting}>
          Pindahkan
        </Button>
      </div>
    </form>
  );
}
