"use client";
// The PIC (or the manajer mutu) reports an RTL item done, with what was done (the shared NoteDialog).
import { useDialogAction } from "@/components/forms";
import { Alert, Button, NoteDialog } from "@/components/ui";
import { completeReviewActionAction } from "@/lib/management-reviews/actions";

export function CompleteActionButton({ action }: { action: { id: string; version: number; description: string } }) {
  const dialog = useDialogAction();
  const confirm = (note: string) => dialog.run(() => completeReviewActionAction({ id: action.id, version: action.version, note }), "RTL dilaporkan selesai.", "note");

  return (
    <>
      <Button size="sm" variant="secondary" onClick={dialog.show} aria-label={`Laporkan selesai: ${action.description}`}>
        Laporkan selesai
      </Button>
      {dialog.open && (
        <NoteDialog
          open
          title="Laporkan RTL selesai"
          message={action.description}
          noteLabel="Hasil tindak lanjut"
          noteMaxLength={2000}
          requiredMessage="Tuliskan hasil tindak lanjut."
          confirmLabel="Laporkan selesai"
          pending={dialog.sending}
          error={dialog.error && <Alert tone="danger">{dialog.error}</Alert>}
          onConfirm={(note) => void confirm(note)}
          onCancel={dialog.close}
        />
      )}
    </>
  );
}
