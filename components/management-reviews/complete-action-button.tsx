"use client";
// The PIC (or the manajer mutu) reports an RTL item done, with what was done (the shared NoteDialog).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, Button, NoteDialog, useToast } from "@/components/ui";
import { completeReviewActionAction } from "@/lib/management-reviews/actions";
import { UNAVAILABLE_MESSAGE } from "@/lib/errors";

export function CompleteActionButton({ action }: { action: { id: string; version: number; description: string } }) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const confirm = async (note: string) => {
    setSending(true);
    const result = await completeReviewActionAction({ id: action.id, version: action.version, note }).catch(() => null);
    setSending(false);
    if (!result) return setError(UNAVAILABLE_MESSAGE);
    if (!result.ok) return setError(result.fieldErrors?.note?.[0] ?? result.message);
    setOpen(false);
    toast.success("RTL dilaporkan selesai.");
    router.refresh();
  };

  return (
    <>
      <Button size="sm" variant="secondary" onClick={() => { setError(null); setOpen(true); }} aria-label={`Laporkan selesai: ${action.description}`}>
        Laporkan selesai
      </Button>
      {open && (
        <NoteDialog
          open
          title="Laporkan RTL selesai"
          message={action.description}
          noteLabel="Hasil tindak lanjut"
          noteMaxLength={2000}
          requiredMessage="Tuliskan hasil tindak lanjut."
          confirmLabel="Laporkan selesai"
          pending={sending}
          error={error && <Alert tone="danger">{error}</Alert>}
          onConfirm={(note) => void confirm(note)}
          onCancel={() => setOpen(false)}
        />
      )}
    </>
  );
}
