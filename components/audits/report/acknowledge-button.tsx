"use client";
// An auditee states that their unit received the approved report (with an optional note).
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert, Button, Dialog, TextareaField, useToast } from "@/components/ui";
import { acknowledgeReportAction } from "@/lib/audits/checklist-actions";
import { UNAVAILABLE_MESSAGE } from "@/lib/errors";

export function AcknowledgeButton({ reportId, unit }: { reportId: string; unit: { id: string; name: string } }) {
  const id = useId();
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const confirm = async () => {
    setSending(true);
    const result = await acknowledgeReportAction({ reportId, unitId: unit.id, note }).catch(() => null);
    setSending(false);
    if (!result) return setError(UNAVAILABLE_MESSAGE);
    if (!result.ok) return setError(result.message);
    setOpen(false);
    toast.success("Laporan dinyatakan diterima.");
    router.refresh();
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>{`Nyatakan diterima (${unit.name})`}</Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Nyatakan laporan diterima"
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={sending}>
              Batal
            </Button>
            <Button onClick={confirm} loading={sending}>
              Nyatakan diterima
            </Button>
          </>
        }
      >
        <div className="stack">
          <p>{`Anda menyatakan ${unit.name} telah menerima laporan audit ini. Tanggapan atas temuan diberikan pada halaman temuan.`}</p>
          {error && <Alert tone="danger">{error}</Alert>}
          <TextareaField id={`${id}-note`} label="Catatan (opsional)" rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      </Dialog>
    </>
  );
}
