"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button, TextareaField, useToast } from "@/components/ui";
import type { ActionResult } from "@/lib/errors";
import { setActiveSchema, type SetActiveInput } from "@/lib/org/schema";
import { ActionError, type ActionFailure } from "./action-error";
import { applyFieldErrors } from "./apply-field-errors";
import styles from "./org.module.css";

type Input = z.input<typeof setActiveSchema>;
type Output = z.output<typeof setActiveSchema>;

export type SetActiveFormProps = {
  id: string;
  version: number;
  /** The record's current state; the form offers the opposite. */
  active: boolean;
  /** "unit" or "pengguna", for the messages. */
  subject: string;
  /** The server action that sets the state (setUnitActiveAction or setUserActiveAction). */
  action: (input: SetActiveInput) => Promise<ActionResult<void>>;
  /** What deactivating means for this kind of record. */
  description?: ReactNode;
};

/** Deactivate or reactivate a unit or user, with a required reason. Key it by version. */
export function SetActiveForm({ id, version, active, subject, action, description }: SetActiveFormProps) {
  const router = useRouter();
  const toast = useToast();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(setActiveSchema),
    defaultValues: { id, version, active: !active, reason: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const result = await action(values);
    if (!result.ok) {
      applyFieldErrors(setError, result.fieldErrors, ["reason"]);
      setFailure(result);
      return;
    }
    toast.success(active ? `Data ${subject} dinonaktifkan.` : `Data ${subject} diaktifkan kembali.`);
    router.refresh();
  });

  const label = active ? "Nonaktifkan" : "Aktifkan";
  const hint = "Alasan dicatat pada riwayat perubahan.";

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      {description && <div className="muted">{description}</div>}
      <ActionError failure={failure} />
      <TextareaField
        id="set-active-reason"
        label="Alasan"
        required
        rows={2}
        maxLength={500}
        hint={hint}
        error={errors.reason?.message}
        {...register("reason")}
      />
      <div className={styles.formActions}>
        <Button type="submit" variant={active ? "danger" : "primary"} loading={isSubmitting}>
          {label}
        </Button>
      </div>
    </form>
  );
}
