"use client";
// The borrower's "Nyatakan arsip diterima" and the arsiparis' workflow buttons (refuse, return).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, ConfirmDialog, useToast } from "@/components/ui";
import { WorkflowActions } from "@/components/workflow/workflow-actions";
import { acknowledgeLoanAction, transitionLoanAction } from "@/lib/documents/loan-actions";
import { UNAVAILABLE_MESSAGE } from "@/lib/errors";
import type { AllowedTransition } from "@/lib/workflow/allowed";

export function LoanActions({ loan }: { loan: { id: string; version: number; transitions: AllowedTransition[]; mayAcknowledge: boolean } }) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setSending(true);
    const result = await acknowledgeLoanAction({ id: loan.id, version: loan.version }).catch(() => null);
    setSending(false);
    if (!result) return setError(UNAVAILABLE_MESSAGE);
    if (!result.ok) return setError(result.message);
    setOpen(false);
    toast.success("Penerimaan arsip dicatat.");
    router.refresh();
  };
  return (
    <>
      {loan.mayAcknowledge && <Button onClick={() => { setError(null); setOpen(true); }}>Nyatakan arsip diterima</Button>}
      <WorkflowActions record={loan} transitions={loan.transitions} action={transitionLoanAction} />
      <ConfirmDialog
        open={open}
        title="Nyatakan arsip diterima?"
        message={<div className="stack"><p>Anda menyatakan telah menerima arsip ini dari arsiparis dan akan mengembalikannya sebelum batas waktu.</p>{error && <p role="alert">{error}</p>}</div>}
        confirmLabel="Nyatakan diterima"
        pending={sending}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
