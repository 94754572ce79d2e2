"use client";
// Adding an evidence file to an open finding.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionError, type ActionFailure } from "@/components/forms";
import { Button, FileField, useToast } from "@/components/ui";
import { addFindingEvidenceAction } from "@/lib/findings/actions";
import { FINDING_EVIDENCE_MAX_BYTES } from "@/lib/findings/constants";
import { UNAVAILABLE_MESSAGE } from "@/lib/errors";

const MAX_MB = Math.round(FINDING_EVIDENCE_MAX_BYTES / 1024 / 1024);

export function EvidenceUpload({ findingId }: { findingId: string }) {
  const router = useRouter();
  const toast = useToast();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, setPending] = useState(false);

  async function upload() {
    setFailure(null);
    if (!file) return setError("Pilih berkas bukti.");
    if (file.size > FINDING_EVIDENCE_MAX_BYTES) return setError(`Berkas bukti terlalu besar (maksimal ${MAX_MB} MB).`);
    const form = new FormData();
    form.set("findingId", findingId);
    form.set("evidence", file);
    setPending(true);
    try {
      const result = await addFindingEvidenceAction(form);
      if (result.ok) {
        toast.success("Bukti ditambahkan.");
        setFile(null);
        router.refresh();
      } else {
        setError(result.fieldErrors?.evidence?.[0]);
        setFailure(result);
      }
    } catch {
      setFailure({ reason: "UNAVAILABLE", message: UNAVAILABLE_MESSAGE });
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="stack">
      <ActionError failure={failure} />
      <FileField
        id="finding-evidence-file"
        label="Tambah berkas bukti"
        hint={`PDF, gambar, dokumen kantor, CSV atau teks; maksimal ${MAX_MB} MB.`}
        error={error}
        onChange={(event) => {
          setError(undefined);
          setFile(event.target.files?.[0] ?? null);
        }}
      />
      <div>
        <Button variant="secondary" onClick={upload} disabled={pending}>{pending ? "Mengunggah…" : "Unggah bukti"}</Button>
      </div>
    </div>
  );
}
