"use client";
// Attaching an evidence file to a checklist answer (online only: a file is not kept for later).
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button, FileField, useToast } from "@/components/ui";
import { attachChecklistEvidenceAction } from "@/lib/audits/checklist-actions";
import { UNAVAILABLE_MESSAGE } from "@/lib/errors";
import styles from "./checklist.module.css";

export function EvidenceUpload({ itemId, label }: { itemId: string; label: string }) {
  const id = useId();
  const router = useRouter();
  const toast = useToast();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [sending, setSending] = useState(false);

  const upload = async () => {
    if (!file) {
      setError("Pilih berkas bukti.");
      return;
    }
    const form = new FormData();
    form.set("id", itemId);
    form.set("evidence", file);
    setSending(true);
    const result = await attachChecklistEvidenceAction(form).catch(() => null);
    setSending(false);
    if (!result) return setError(UNAVAILABLE_MESSAGE);
    if (!result.ok) return setError(result.fieldErrors?.evidence?.[0] ?? result.message);
    setError(undefined);
    setFile(null);
    toast.success("Berkas bukti diunggah.");
    router.refresh();
  };

  return (
    <details>
      <summary>Unggah berkas bukti</summary>
      <div className={styles.row}>
        <FileField id={`${id}-file`} label={`Berkas bukti ${label}`} hint="PDF, gambar, dokumen kantor, CSV atau teks; maksimal 10 MB." error={error} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <Button size="sm" variant="secondary" loading={sending} onClick={upload}>
          Unggah
        </Button>
      </div>
    </details>
  );
}
