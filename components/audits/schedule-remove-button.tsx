"use client";
// Removes one item of the audit's schedule after a confirmation.
import { useState } from "react";
import { ActionError } from "@/components/forms/action-error";
import { Button, ConfirmDialog } from "@/components/ui";
import { useTransitionRunner } from "@/components/workflow/use-transition-runner";
import { removeScheduleItemAction } from "@/lib/audits/actions";

export function ScheduleRemoveButton({ auditId, itemId, label }: { auditId: string; itemId: string; label: string }) {
  const [open, setOpen] = useState(false);
  const { pending, failure, run } = useTransitionRunner(removeScheduleItemAction);
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)} aria-label={`Hapus ${label}`}>Hapus</Button>
      <ActionError failure={failure} />
      <ConfirmDialog
        open={open}
        title="Hapus kegiatan dari jadwal?"
        message={label}
        confirmLabel="Hapus"
        tone="danger"
        pending={pending}
        onCancel={() => setOpen(false)}
        onConfirm={() => run({ auditId, itemId }, "Kegiatan dihapus dari jadwal.", () => setOpen(false))}
      />
    </>
  );
}
