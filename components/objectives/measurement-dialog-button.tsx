"use client";
// A "Catat" / "Koreksi" button opening the measurement form in a dialog.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button, Dialog, useToast, type ButtonProps, type SelectOption } from "@/components/ui";
import type { TargetSpec, ValueBounds } from "@/lib/objectives/rules";
import { MeasurementForm, type MeasurementFormExisting } from "./measurement-form";

export type MeasurementDialogButtonProps = {
  label: string;
  /** Accessible name when the visible label is short ("Catat" in a row). */
  ariaLabel?: string;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
  objective: { id: string; code: string; spec: TargetSpec; targetText: string; measureUnit: string; bounds: ValueBounds };
  periods?: SelectOption[];
  fixedPeriod?: { value: number; label: string };
  existing?: MeasurementFormExisting | null;
};

export function MeasurementDialogButton({
  label,
  ariaLabel,
  variant = "secondary",
  size = "sm",
  objective,
  periods = [],
  fixedPeriod,
  existing = null,
}: MeasurementDialogButtonProps) {
  const router = useRouter();
  const toast = useToast();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const title = existing
    ? `Koreksi pengukuran ${fixedPeriod?.label ?? ""}`.trim()
    : fixedPeriod
      ? `Catat pengukuran ${fixedPeriod.label}`
      : "Catat pengukuran";

  return (
    <>
      <Button variant={variant} size={size} aria-label={ariaLabel} onClick={() => setOpen(true)}>
        {label}
      </Button>
      {open && (
        <Dialog
          open
          onClose={() => setOpen(false)}
          title={`${title} · ${objective.code}`}
          dismissible={!submitting}
          footer={
            <>
              <Button variant="secondary" onClick={() => setOpen(false)} disabled={submitting}>
                Batal
              </Button>
              <Button type="submit" form={formId} loading={submitting}>
                Simpan
              </Button>
            </>
          }
        >
          <MeasurementForm
            formId={formId}
            objectiveId={objective.id}
            spec={objective.spec}
            targetText={objective.targetText}
            measureUnit={objective.measureUnit}
            bounds={objective.bounds}
            periods={periods}
            fixedPeriod={fixedPeriod}
            existing={existing}
            onSubmittingChange={setSubmitting}
            onSaved={(achieved, periodLabel) => {
              toast.success(`Pengukuran ${periodLabel} disimpan: target ${achieved ? "tercapai" : "tidak tercapai"}.`);
              setOpen(false);
              router.refresh();
            }}
          />
        </Dialog>
      )}
    </>
  );
}
