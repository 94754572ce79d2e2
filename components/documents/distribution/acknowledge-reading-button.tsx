"use client";
// The recipient confirms having read and understood the revision in force.
import { useDialogAction } from "@/components/forms";
import { Button, ConfirmDialog } from "@/components/ui";
import { acknowledgeReadingAction } from "@/lib/documents/distribution-actions";

export const ACKNOWLEDGE_LABEL = "Saya telah membaca dan memahami";

export function AcknowledgeReadingButton({ acknowledgmentId, documentLabel, size }: { acknowledgmentId: string; documentLabel: string; size?: "sm" | "md" }) {
  const dialog = useDialogAction();
  const confirm = () => dialog.run(() => acknowledgeReadingAction({ acknowledgmentId }), "Konfirmasi membaca dicatat.");
  return (
    <>
      <Button size={size} onClick={dialog.show} aria-label={`${ACKNOWLEDGE_LABEL}: ${documentLabel}`}>
        {ACKNOWLEDGE_LABEL}
      </Button>
      <ConfirmDialog
        open={dialog.open}
        title="Konfirmasi telah membaca"
        message={<div className="stack"><p>{ACKNOWLEDGE_LABEL} {documentLabel}.</p>{dialog.error && <p role="alert">{dialog.error}</p>}</div>}
        confirmLabel="Ya, konfirmasi"
        pending={dialog.sending}
        onConfirm={confirm}
        onCancel={dialog.close}
      />
    </>
  );
}
