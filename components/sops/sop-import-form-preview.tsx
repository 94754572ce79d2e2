"use client";

import { useEffect, useId, useRef, useState } from "react";
import { ActionError, UNAVAILABLE_FAILURE, type ActionFailure } from "@/components/forms";
import { Alert, Button, type SelectOption } from "@/components/ui";
import { importSopUploadAction, planSopImportAction } from "@/lib/sops/actions";
import type { ImportReport } from "@/lib/sops/import-mutations";
import { importItems, shownAction, type DraftSop, type FileResult } from "./sop-import-form-state";
import { SopDraftEditor, WarningList } from "./sop-import-form-sop";
import styles from "./sop-import-form.module.css";

/** Wait after the last edit before asking the server what the import would do. */
const PLAN_DELAY_MS = 350;

export function PreviewStep({
  files,
  targets,
  onCancel,
  onImported,
}: {
  files: FileResult[];
  targets: SelectOption[];
  onCancel: () => void;
  onImported: (sops: DraftSop[], report: ImportReport) => void;
}) {
  const [sops, setSops] = useState<DraftSop[]>(() => files.flatMap((f) => (f.ok ? f.sops : [])));
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [planning, setPlanning] = useState(false);
  const [pending, setPending] = useState(false);
  const headingId = useId();
  const request = useRef(0);

  // Any change (unit, name, number, a step's Pelaksana, kept or not) may change what the import
  // does: the server plans the kept SOPs again. Also once at the start, across all the files.
  const planKey = JSON.stringify(importItems(sops).input);
  useEffect(() => {
    const { keys, input } = importItems(sops);
    const id = ++request.current;
    if (keys.length === 0) return setPlanning(false);
    setPlanning(true);
    const timer = setTimeout(async () => {
      try {
        const result = await planSopImportAction(input);
        if (id !== request.current) return;
        if (!result.ok) return setFailure(result);
        setFailure(null);
        setSops((current) => current.map((sop) => (keys.includes(sop.key) ? { ...sop, outcome: result.data[keys.indexOf(sop.key)] } : sop)));
      } catch (error) {
        console.error("Aksi server gagal:", error);
        if (id === request.current) setFailure(UNAVAILABLE_FAILURE);
      } finally {
        if (id === request.current) setPlanning(false);
      }
    }, PLAN_DELAY_MS);
    return () => clearTimeout(timer);
    // planKey stands for everything the plan depends on; the outcomes it sets do not change it.
  }, [planKey]);

  const update = (next: DraftSop) => setSops((current) => current.map((sop) => (sop.key === next.key ? next : sop)));
  const actions = sops.map(shownAction);
  const writable = actions.filter((a) => a === "create" || a === "revise").length;
  const invalid = actions.filter((a) => a === "invalid").length;

  const confirm = async () => {
    setFailure(null);
    setPending(true);
    try {
      const result = await importSopUploadAction(importItems(sops).input);
      if (!result.ok) return setFailure(result);
      onImported(sops, result.data);
    } catch (error) {
      console.error("Aksi server gagal:", error);
      setFailure(UNAVAILABLE_FAILURE);
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="stack" aria-labelledby={headingId}>
      <div className="stack-sm">
        <h2 id={headingId} className={styles.heading}>
          Pratinjau impor
        </h2>
        <p className="muted">
          {files.length} berkas, {sops.length} SOP. Periksa unit, nama, nomor dan pelaksana tiap SOP, lalu konfirmasi. Belum ada yang disimpan.
        </p>
      </div>

      {failure && <ActionError failure={failure} />}

      {files.map((file, fileIndex) => (
        <section key={fileIndex} className={styles.fileGroup} aria-label={`Berkas ${file.fileName}`}>
          <h3 className={styles.fileHeading}>
            <span className={styles.fileName}>{file.fileName}</span>
          </h3>
          {!file.ok ? (
            <Alert tone="danger" title="Berkas tidak dapat dibaca">
              {file.message}
            </Alert>
          ) : (
            <>
              {file.documentWarnings.length > 0 && (
                <Alert tone="warning" title={`Catatan dokumen (${file.documentWarnings.length})`}>
                  <WarningList warnings={file.documentWarnings} />
                </Alert>
              )}
              {sops
                .filter((sop) => sop.key.startsWith(`${fileIndex}-`))
                .map((sop) => (
                  <SopDraftEditor key={sop.key} sop={sop} targets={targets} onChange={update} disabled={pending} />
                ))}
            </>
          )}
        </section>
      ))}

      {invalid > 0 && (
        <Alert tone="warning">
          {invalid} SOP perlu diperbaiki atau tidak disertakan sebelum impor.
        </Alert>
      )}
      {writable === 0 && invalid === 0 && !planning && (
        <Alert tone="info">Tidak ada yang perlu diimpor: semua SOP tidak berubah atau dilewati.</Alert>
      )}

      <div className="row">
        <Button onClick={confirm} loading={pending} disabled={writable === 0 || invalid > 0 || planning}>
          Impor {writable} SOP
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Batal
        </Button>
        {planning && (
          <span className="muted text-sm" role="status">
            Menghitung ulang rencana impor…
          </span>
        )}
      </div>
    </section>
  );
}
