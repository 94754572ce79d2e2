"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, TextareaField } from "@/components/ui";
import type { ActionResult } from "@/lib/errors";
import type { SetActiveInput } from "@/lib/org/schema";
import { useConfirmBeforeSubmit } from "./confirm-before-submit";
import styles from "./org.module.css";

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
  const form = useActionForm({
    schema: () => import("@/lib/org/schema").then((m) => m.setActiveSchema),
    defaultValues: { id, version, active: !active, reason: "" },
    submit: action,
    successMessage: active ? `Data ${subject} dinonaktifkan.` : `Data ${subject} diaktifkan kembali.`,
    onSuccess: () => router.refresh(),
  });

  const {
    register,
    failure,
    formState: { errors, isSubmitting },
  } = form;
  const label = active ? "Nonaktifkan" : "Aktifkan";
  // Deactivating is destructive (ends sessions, hides the unit): it is confirmed first.
  const { onSubmit, dialog } = useConfirmBeforeSubmit({
    form,
    submit: form.onSubmit,
    pending: isSubmitting,
    title: active ? `Nonaktifkan ${subject} ini?` : `Aktifkan kembali ${subject} ini?`,
    message: active
      ? `Data ${subject} ini dinonaktifkan; alasannya dicatat pada riwayat perubahan.`
      : `Data ${subject} ini diaktifkan kembali; alasannya dicatat pada riwayat perubahan.`,
    confirmLabel: active ? "Ya, nonaktifkan" : "Ya, aktifkan",
    tone: active ? "danger" : "primary",
  });
  const hint = "Alasan dicatat pada riwayat perubahan.";

  return (
    <>
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
      {dialog}
    </>
  );
}
