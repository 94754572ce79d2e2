"use client";
// The borrower's "Nyatakan arsip diterima" and the arsiparis' workflow buttons (refuse, return).
import { useDialogAction } from "@/components/forms";
import { Button, ConfirmDialog } from "@/components/ui";
import { WorkflowActions } from "@/components/workflow/workflow-actions";
import { acknowledgeLoanAction, transitionLoanAction } from "@/lib/documents/loan-actions";
import type { AllowedTransition } from "@/lib/workflow/allowed";

export function LoanActions({ loan }: { loan: { id: string; version: number; transitions: AllowedTransition[]; mayAcknowledge: boolean } }) {
  const dialog = useDialogAction();
  const confirm = () => dialog.run(() => acknowledgeLoanAction({ id: loan.id, version: loan.version }), "Penerimaan arsip dicatat.");
  return (
    <>
      {loan.mayAcknowledge && <Button onClick={dialog.show}>Nyatakan arsip diterima</Button>}
      <WorkflowActions record={loan} transitions={loan.transitions} action={transitionLoanAction} />
      <ConfirmDialog
        open={dialog.open}
        title="Nyatakan arsip diterima?"
        message={<div className="stack"><p>Anda menyatakan telah menerima arsip ini dari arsiparis dan akan mengembalikannya sebelum batas waktu.</p>{dialog.error && <p role="alert">{dialog.error}</p>}</div>}
        confirmLabel="Nyatakan diterima"
        pending={dialog.sending}
        onConfirm={confirm}
        onCancel={dialog.close}
      />
    </>
  );
}
