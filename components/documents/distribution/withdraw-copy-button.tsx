"use client";
// A keeper withdraws a controlled copy (obsolete, lost, damaged) with a note; the copy stays as a record.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, Button, NoteDialog, useToast } from "@/components/ui";
import { withdrawCopyAction } from "@/lib/documents/distribution-actions";
import { UNAVAILABLE_MESSAGE } from "@/lib/errors";

export function WithdrawCopyButton({ copy }: { copy: { id: string; copyNo: number; recipient: string } }) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const confirm = async (note: string) => {
    setSending(true);
    const result = await withdrawCopyAction({ distributionId: copy.id, note }).catch(() => null);
    setSending(false);
    if (!result) return setError(UNAVAILABLE_MESSAGE);
    if (!result.ok) return setError(result.fieldErrors?.note?.[0] ?? result.message);
    setOpen(false);
    toast.success(`Salinan nomor ${copy.copyNo} ditarik.`);
    router.refresh();
  };
  return (
    <>
      <Button size="sm" variant="secondary" onClick={() => { setError(null); setOpen(true); }} aria-label={`Tarik salinan nomor ${copy.copyNo} (${copy.recipient})`}>
        Tarik
      </Button>
      {open && (
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
          pending={sending}
          error={error && <Alert tone="danger">{error}</Alert>}
          onConfirm={(note) => void confirm(note)}
          onCancel={() => setOpen(false)}
        />
      )}
    </>
  );
}
