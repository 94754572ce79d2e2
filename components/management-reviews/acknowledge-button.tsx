"use client";
// A participant states having received the published minutes.
import { useDialogAction } from "@/components/forms";
import { Button, ConfirmDialog } from "@/components/ui";
import { acknowledgeMinutesAction } from "@/lib/management-reviews/actions";

export function AcknowledgeButton({ reviewId }: { reviewId: string }) {
  const dialog = useDialogAction();
  const confirm = () => dialog.run(() => acknowledgeMinutesAction({ reviewId }), "Notulen dinyatakan diterima.");
  return (
    <>
      <Button onClick={dialog.show}>Nyatakan notulen diterima</Button>
      <ConfirmDialog
        open={dialog.open}
        title="Nyatakan notulen diterima?"
        message={<div className="stack"><p>Anda menyatakan telah menerima notulen dan RTL rapat ini.</p>{dialog.error && <p role="alert">{dialog.error}</p>}</div>}
        confirmLabel="Nyatakan diterima"
        pending={dialog.sending}
        onConfirm={confirm}
        onCancel={dialog.close}
      />
    </>
  );
}
