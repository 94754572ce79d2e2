"use client";
// The recipient confirms having read and understood the revision in force.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, ConfirmDialog, useToast } from "@/components/ui";
import { acknowledgeReadingAction } from "@/lib/documents/distribution-actions";
import { UNAVAILABLE_MESSAGE } from "@/lib/errors";

export const ACKNOWLEDGE_LABEL = "Saya telah membaca dan memahami";

export function AcknowledgeReadingButton({ acknowledgmentId, documentLabel, size }: { acknowledgmentId: string; documentLabel: string; size?: "sm" | "md" }) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setSending(true);
    const result = await acknowledgeReadingAction({ acknowledgmentId }).catch(() => null);
    setSending(false);
    if (!result) return setError(UNAVAILABLE_MESSAGE);
    if (!result.ok) return setError(result.message);
    setOpen(false);
    toast.success("Konfirmasi membaca dicatat.");
    router.refresh();
  };
  return (
    <>
      <Button size={size} onClick={() => { setError(null); setOpen(true); }} aria-label={`${ACKNOWLEDGE_LABEL}: ${documentLabel}`}>
        {ACKNOWLEDGE_LABEL}
      </Button>
      <ConfirmDialog
        open={open}
        title="Konfirmasi telah membaca"
        message={<div className="stack"><p>{ACKNOWLEDGE_LABEL} {documentLabel}.</p>{error && <p role="alert">{error}</p>}</div>}
        confirmLabel="Ya, konfirmasi"
        pending={sending}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
