"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button, FormField, Input, fieldDescribedBy, useToast } from "@/components/ui";
import { updateUnitAction } from "@/lib/org/actions";
import { unitUpdateSchema } from "@/lib/org/schema";
import { ActionError, type ActionFailure } from "./action-error";
import { applyFieldErrors } from "./apply-field-errors";
import styles from "./org.module.css";

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

  const codeHint = "Huruf kecil, angka, titik dan tanda hubung, mis. ntt.dinsos.";

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <ActionError failure={failure} />

      <FormField label="Nama unit" htmlFor="unit-name" required error={errors.name?.message}>
        <Input
          id="unit-name"
          required
          maxLength={200}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={fieldDescribedBy("unit-name", { error: errors.name })}
          {...register("name")}
        />
      </FormField>

      <div className="grid-2">
        <FormField label="Singkatan" htmlFor="unit-short-name" error={errors.shortName?.message}>
          <Input
            id="unit-short-name"
            maxLength={60}
            aria-invalid={errors.shortName ? true : undefined}
            aria-describedby={fieldDescribedBy("unit-short-name", { error: errors.shortName })}
            {...register("shortName")}
          />
        </FormField>

        <FormField label="Kode" htmlFor="unit-code" required hint={codeHint} error={errors.code?.message}>
          <Input
            id="unit-code"
            required
            maxLength={80}
            autoCapitalize="none"
            spellCheck={false}
            className="mono"
            aria-invalid={errors.code ? true : undefined}
            aria-describedby={fieldDescribedBy("unit-code", { hint: codeHint, error: errors.code })}
            {...register("code")}
          />
        </FormField>
      </div>

      <div className={styles.formActions}>
        <Button type="submit" loading={isSubmitting}>
          Simpan
        </Button>
      </div>
    </form>
  );
}
