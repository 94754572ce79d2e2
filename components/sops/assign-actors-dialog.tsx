"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionError, useActionForm } from "@/components/forms";
import { Button, Checkbox, Dialog, FormField, Select } from "@/components/ui";
import { assignSopStepActorsAction } from "@/lib/sops/actions";
import type { SopStepContent } from "@/lib/sops/content";
import { stepNumbers } from "@/lib/sops/step-numbers";
import styles from "./assign-actors-dialog.module.css";

export type AssignActorsDialogProps = {
  sopId: string;
  version: number;
  actors: string[];
  steps: Pick<SopStepContent, "no" | "activity" | "actor" | "actor_confidence">[];
};

/**
 * "Tetapkan pelaksana": choose steps (those without a known Pelaksana are ticked first) and one of
 * the SOP's Pelaksana; saving proposes a revision for check and approval ("Penetapan pelaksana: …").
 * Key it by version.
 */
export function AssignActorsDialog({ sopId, version, actors, steps }: AssignActorsDialogProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { numbers } = stepNumbers(steps);
  const pending = steps.flatMap((s, i) => (s.actor === null || !actors.includes(s.actor) ? [i] : []));
  const {
    register,
    onSubmit,
    failure,
    watch,
    setValue,
    formState: { errors, isSubmitting },
  } = useActionForm({
    schema: () => import("@/lib/sops/schema").then((m) => m.sopAssignActorsSchema),
    defaultValues: { id: sopId, version, stepIndexes: pending, actor: "" },
    submit: assignSopStepActorsAction,
    successMessage: (data, values) =>
      `Pelaksana ${values.actor} untuk ${values.stepIndexes.length} langkah disimpan sebagai draf revisi ${data.revisionNo}; berlaku setelah diperiksa dan disahkan.`,
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  const chosen = watch("stepIndexes") ?? [];
  const toggle = (index: number, on: boolean) =>
    setValue("stepIndexes", on ? [...chosen.filter((i) => i !== index), index].sort((a, b) => a - b) : chosen.filter((i) => i !== index), {
      shouldDirty: true,
      shouldValidate: errors.stepIndexes !== undefined,
    });

  if (actors.length === 0) return null;
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Tetapkan pelaksana{pending.length > 0 ? ` (${pending.length} belum diketahui)` : ""}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Tetapkan pelaksana langkah" size="lg" dismissible={!isSubmitting}>
        <form onSubmit={onSubmit} noValidate className="stack">
          <ActionError failure={failure} />
          <FormField label="Pelaksana" htmlFor="assign-actor" required error={errors.actor?.message}>
            <Select
              id="assign-actor"
              options={actors.map((a) => ({ value: a, label: a }))}
              placeholder="Pilih pelaksana"
              aria-invalid={errors.actor ? true : undefined}
              {...register("actor")}
            />
          </FormField>
          <fieldset className={styles.steps}>
            <legend>
              Langkah ({chosen.length} dipilih)
              {errors.stepIndexes?.message && <span className={styles.error}> {errors.stepIndexes.message}</span>}
            </legend>
            <ul className={styles.list}>
              {steps.map((step, i) => (
                <li key={i}>
                  <Checkbox
                    checked={chosen.includes(i)}
                    onChange={(e) => toggle(i, e.target.checked)}
                    aria-label={`Langkah ${numbers[i].label}`}
                    label={
                      <span>
                        <strong>{numbers[i].label}.</strong> {step.activity}{" "}
                        <span className={styles.current}>
                          ({step.actor && actors.includes(step.actor) ? step.actor : "pelaksana belum diketahui"})
                        </span>
                      </span>
                    }
                  />
                </li>
              ))}
            </ul>
          </fieldset>
          <p className="muted text-sm">Disimpan sebagai revisi baru dengan alasan “Penetapan pelaksana”.</p>
          <div className="row">
            <Button type="submit" loading={isSubmitting}>
              Simpan draf revisi
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={isSubmitting}>
              Batal
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
