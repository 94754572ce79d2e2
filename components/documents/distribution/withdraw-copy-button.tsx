"use client";
// A keeper withdraws a controlled copy (obsolete, lost, damaged) with a note; the copy stays as a record.
import { useDialogAction } from "@/components/forms";
import { Alert, Button, NoteDialog } from "@/components/ui";
import { withdrawCopyAction } from "@/lib/documents/distribution-actions";

export function WithdrawCopyButton({ copy }: { copy: { id: string; copyNo: number; recipient: string } }) {
  const dialog = useDialogAction();
  const confirm = (note: string) => dialog.run(() => withdrawCopyAction({ distributionId: copy.id, note }), `Salinan nomor ${copy.copyNo} ditarik.`, "note");
  return (
    <>
      <Button size="sm" variant="secondary" onClick={dialog.show} aria-label={`Tarik salinan nomor ${copy.copyNo} (${copy.recipient})`}>
        Tarik
      </Button>
      {dialog.open && (
        <NoteDialog
          open
          title={`Tarik salinan nomor ${copy.copyNo}`}
          message={`Penerima: ${copy.recipient}. Salinan tetap tercatat sebagai salinan yang ditarik.`}
          noteLabel="Alasan penarikan"
          noteHint="Mis. usang, hilang, rusak."
          noteMaxLength={500}
          requiredMessage="Tuliskan alasan penarikan."
          confirmLabel="Tarik salinan"
          tone="danger"
          pending={dialog.sending}
          error={dialog.error && <Alert tone="danger">{dialog.error}</Alert>}
          onConfirm={(note) => void confirm(note)}
          onCancel={dialog.close}
        />
      )}
    </>
  );
}
