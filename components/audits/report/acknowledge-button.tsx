"use client";
// An auditee states that their unit received the approved report (with an optional note).
import { useId, useState } from "react";
import { useDialogAction } from "@/components/forms";
import { Alert, Button, Dialog, TextareaField } from "@/components/ui";
import { acknowledgeReportAction } from "@/lib/audits/checklist-actions";

export function AcknowledgeButton({ reportId, unit }: { reportId: string; unit: { id: string; name: string } }) {
  const id = useId();
  const [note, setNote] = useState("");
  const dialog = useDialogAction();
  const confirm = () => dialog.run(() => acknowledgeReportAction({ reportId, unitId: unit.id, note }), "Laporan dinyatakan diterima.");

  return (
    <>
      <Button onClick={dialog.show}>{`Nyatakan diterima (${unit.name})`}</Button>
      <Dialog
        open={dialog.open}
        onClose={dialog.close}
        title="Nyatakan laporan diterima"
        footer={
          <>
            <Button variant="secondary" onClick={dialog.close} disabled={dialog.sending}>
              Batal
            </Button>
            <Button onClick={confirm} loading={dialog.sending}>
              Nyatakan diterima
            </Button>
          </>
        }
      >
        <div className="stack">
          <p>{`Anda menyatakan ${unit.name} telah menerima laporan audit ini. Tanggapan atas temuan diberikan pada halaman temuan.`}</p>
          {dialog.error && <Alert tone="danger">{dialog.error}</Alert>}
          <TextareaField id={`${id}-note`} label="Catatan (opsional)" rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      </Dialog>
    </>
  );
}
