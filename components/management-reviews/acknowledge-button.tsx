"use client";
// A participant states having received the published minutes.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, ConfirmDialog, useToast } from "@/components/ui";
import { acknowledgeMinutesAction } from "@/lib/management-reviews/actions";
import { UNAVAILABLE_MESSAGE } from "@/lib/errors";

export function AcknowledgeButton({ reviewId }: { reviewId: string }) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setSending(true);
    const result = await acknowledgeMinutesAction({ reviewId }).catch(() => null);
    setSending(false);
    if (!result) return setError(UNAVAILABLE_MESSAGE);
    if (!result.ok) return setError(result.message);
    setOpen(false);
    toast.success("Notulen dinyatakan diterima.");
    router.refresh();
  };
  return (
    <>
      <Button onClick={() => { setError(null); setOpen(true); }}>Nyatakan notulen diterima</Button>
      <ConfirmDialog
        open={open}
        title="Nyatakan notulen diterima?"
        message={<div className="stack"><p>Anda menyatakan telah menerima notulen dan RTL rapat ini.</p>{error && <p role="alert">{error}</p>}</div>}
        confirmLabel="Nyatakan diterima"
        pending={sending}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
