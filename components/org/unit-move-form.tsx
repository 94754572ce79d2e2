"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button, SelectField, useToast } from "@/components/ui";
import { moveUnitAction } from "@/lib/org/actions";
import type { UnitChoice } from "@/lib/org/options";
import { unitMoveSchema } from "@/lib/org/schema";
import { ActionError, type ActionFailure } from "./action-error";
import { applyFieldErrors } from "./apply-field-errors";
import styles from "./org.module.css";

type Input = z.input<typeof unitMoveSchema>;
type Output = z.output<typeof unitMoveSchema>;

export type UnitMoveFormProps = {
  unit: { id: string; version: number; parentName: string | null };
  /** Units that may receive this unit (the server checks again). */
  targets: UnitChoice[];
};

/** Move a unit, with its sub-units, under another parent. Key it by version. */
export function UnitMoveForm({ unit, targets }: UnitMoveFormProps) {
  const router = useRouter();
  const toast = useToast();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(unitMoveSchema),
    defaultValues: { id: unit.id, version: unit.version, parentId: "" },
  });

  if (targets.length === 0) {
    return <p className="muted">Tidak ada unit lain dalam cakupan Anda yang dapat menjadi induk unit ini.</p>;
  }

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const result = await moveUnitAction(values);
    if (!result.ok) {
      applyFieldErrors(setError, result.fieldErrors, ["parentId"]);
      setFailure(result);
      return;
    }
    toast.success("Unit berhasil dipindahkan.");
    router.refresh();
  });

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
