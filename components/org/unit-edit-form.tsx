"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button, useToast } from "@/components/ui";
import { updateUnitAction } from "@/lib/org/actions";
import { unitUpdateSchema } from "@/lib/org/schema";
import { ActionError, type ActionFailure } from "./action-error";
import { applyFieldErrors } from "./apply-field-errors";
import styles from "./org.module.css";
import { UnitDetailFields } from "./unit-detail-fields";

type Input = z.input<typeof unitUpdateSchema>;
type Output = z.output<typeof unitUpdateSchema>;

const FIELDS = ["name", "shortName", "code"] as const;

export type UnitEditFormProps = {
  unit: { id: string; version: number; name: string; shortName: string | null; code: string };
};

/** Rename a unit. Give it `key={version}` so a reload after saving (or after STALE) starts afresh. */
export function UnitEditForm({ unit }: UnitEditFormProps) {
  const router = useRouter();
  const toast = useToast();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(unitUpdateSchema),
    // id and version are not inputs: react-hook-form submits default values of unregistered fields too.
    defaultValues: { id: unit.id, version: unit.version, name: unit.name, shortName: unit.shortName ?? "", code: unit.code },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    // The action takes the input shape (blank text as "") and parses it again on the server.
    const result = await updateUnitAction({ ...values, shortName: values.shortName ?? "" });
    if (!result.ok) {
      applyFieldErrors(setError, result.fieldErrors, FIELDS);
      setFailure(result);
      return;
    }
    toast.success("Perubahan unit disimpan.");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <ActionError failure={failure} />

      <UnitDetailFields field={(name) => register(name)} errors={errors} />

      <div className={styles.formActions}>
        <Button type="submit" loading={isSubmitting}>
          Simpan
        </Button>
      </div>
    </form>
  );
}
