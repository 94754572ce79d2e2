"use client";
// The PIC (or the manajer mutu) reports an RTL item done, with what was done.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert, Button, Dialog, TextareaField, useToast } from "@/components/ui";
import { completeReviewActionAction } from "@/lib/management-reviews/actions";
import { UNAVAILABLE_MESSAGE } from "@/lib/errors";

export function CompleteActionButton({ action }: { action: { id: string; version: number; description: string } }) {
  const id = useId();
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const confirm = async () => {
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
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Laporkan RTL selesai"
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={sending}>Batal</Button>
            <Button onClick={confirm} loading={sending}>Laporkan selesai</Button>
          </>
        }
      >
        <div className="stack">
          <p>{action.description}</p>
          {error && <Alert tone="danger">{error}</Alert>}
          <TextareaField id={`${id}-note`} label="Hasil tindak lanjut" required rows={3} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      </Dialog>
    </>
  );
}
