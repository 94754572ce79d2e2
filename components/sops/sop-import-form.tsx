"use client";

import Link from "next/link";
import { useId, useRef, useState, type FormEvent } from "react";
import { ActionError, UNAVAILABLE_FAILURE, type ActionFailure } from "@/components/forms";
import {
  Alert,
  Badge,
  Button,
  FormField,
  FileInput,
  LinkButton,
  Select,
  Table,
  TBody,
  THead,
  Td,
  Th,
  Tr,
  fieldDescribedBy,
  type SelectOption,
  type Tone,
} from "@/components/ui";
import { importSopUploadAction, previewSopUploadAction, type UploadPreview } from "@/lib/sops/actions";
import { SOP_UPLOAD_EXTENSIONS, SOP_UPLOAD_MAX_BYTES } from "@/lib/sops/constants";
import { formatDuration } from "@/lib/sops/format-duration";
import type { ImportReport } from "@/lib/sops/import-mutations";
import type { PlannedSop } from "@/lib/sops/import-plan";
import type { Warning } from "@/lib/sops/import/types";
import { SopDocumentPreview } from "./sop-document-preview";
import styles from "./sop-import-form.module.css";

type PreviewSop = UploadPreview["plan"]["sops"][number];

const ACCEPT = SOP_UPLOAD_EXTENSIONS.join(",");
const MAX_MB = SOP_UPLOAD_MAX_BYTES / 1024 / 1024;
const FILE_HINT = `Berkas .txt, .md, .html atau .docx. Maksimal ${MAX_MB} MB.`;
const UNIT_HINT = "SOP dari berkas ini dicatat pada unit ini.";
export type SopImportFormProps = {
  /** Units the user may import into (sop.manage), indented in tree order. */
  targets: SelectOption[];
};

type Stage =
  | { step: "choose" }
  | { step: "preview"; preview: UploadPreview; unitId: string }
  | { step: "done"; preview: UploadPreview; report: ImportReport };

/** Upload in two steps: read and preview the file (nothing is written), then confirm the import. */
export function SopImportForm({ targets }: SopImportFormProps) {
  const [stage, setStage] = useState<Stage>({ step: "choose" });
  const [unitId, setUnitId] = useState(targets.length === 1 ? targets[0].value : "");
  const [round, setRound] = useState(0);

  const restart = () => {
    setStage({ step: "choose" });
    setRound((r) => r + 1);
  };

  if (stage.step === "choose") {
    return (
      <ChooseFile
        key={round}
        targets={targets}
        unitId={unitId}
        onUnitChange={setUnitId}
        onPreview={(preview) => setStage({ step: "preview", preview, unitId })}
      />
    );
  }
  if (stage.step === "preview") {
    return (
      <PreviewStep
        preview={stage.preview}
        unitId={stage.unitId}
        onCancel={restart}
        onImported={(report) => setStage({ step: "done", preview: stage.preview, report })}
      />
    );
  }
  return <ImportResult preview={stage.preview} report={stage.report} onAgain={restart} />;
}

function ChooseFile({
  targets,
  unitId,
  onUnitChange,
  onPreview,
}: {
  targets: SelectOption[];
  unitId: string;
  onUnitChange: (unitId: string) => void;
  onPreview: (preview: UploadPreview) => void;
}) {
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [errors, setErrors] = useState<{ file?: string; unitId?: string }>({});
  const [pending, setPending] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const unitRef = useRef<HTMLSelectElement>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const file = fileRef.current?.files?.[0];
    const found: typeof errors = {};
    if (!file) found.file = "Pilih berkas SOP.";
    if (!unitId) found.unitId = "Pilih unit pemilik SOP.";
    setErrors(found);
    if (found.file) return fileRef.current?.focus();
    if (found.unitId) return unitRef.current?.focus();
    // A file far over the limit is refused here, before it is sent.
    if (file && file.size > SOP_UPLOAD_MAX_BYTES) {
      setFailure({ reason: "INVALID", message: `Berkas terlalu besar (maksimal ${MAX_MB} MB).` });
      return;
    }
    setPending(true);
    try {
      const result = await previewSopUploadAction(new FormData(event.currentTarget));
      if (!result.ok) {
        setErrors({ file: result.fieldErrors?.file?.[0], unitId: result.fieldErrors?.unitId?.[0] });
        setFailure(result);
        return;
      }
      onPreview(result.data);
    } catch (error) {
      console.error("Aksi server gagal:", error);
      setFailure(UNAVAILABLE_FAILURE);
    } finally {
      setPending(false);
    }
  };

  if (targets.length === 0) {
    return (
      <Alert tone="warning" title="Tidak ada unit tujuan">
        Anda tidak memegang peran Manajer Mutu pada unit aktif mana pun, sehingga tidak dapat mengimpor SOP.
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate encType="multipart/form-data" className="stack">
      {failure && <ActionError failure={failure} />}
      <div className="grid-2">
        <FormField label="Berkas SOP" htmlFor="sop-file" required hint={FILE_HINT} error={errors.file}>
          <FileInput
            ref={fileRef}
            id="sop-file"
            name="file"
            accept={ACCEPT}
            required
            aria-invalid={errors.file ? true : undefined}
            aria-describedby={fieldDescribedBy("sop-file", { hint: FILE_HINT, error: errors.file })}
          />
        </FormField>
        <FormField label="Unit pemilik" htmlFor="sop-unit" required hint={UNIT_HINT} error={errors.unitId}>
          <Select
            ref={unitRef}
            id="sop-unit"
            name="unitId"
            required
            options={targets}
            placeholder="Pilih unit"
            value={unitId}
            onChange={(e) => onUnitChange(e.target.value)}
            aria-invalid={errors.unitId ? true : undefined}
            aria-describedby={fieldDescribedBy("sop-unit", { hint: UNIT_HINT, error: errors.unitId })}
          />
        </FormField>
      </div>
      <p className="muted text-sm">Pratinjau hanya membaca berkas; belum ada yang disimpan sampai Anda mengonfirmasi impor.</p>
      <div className="row">
        <Button type="submit" loading={pending}>
          Pratinjau
        </Button>
      </div>
    </form>
  );
}

const ACTION_BADGE: Record<PlannedSop["action"], Tone> = {
  create: "success",
  revise: "info",
  unchanged: "neutral",
  skip: "warning",
};

function actionLabel(sop: PreviewSop): string {
  switch (sop.action) {
    case "create":
      return "Baru";
    case "revise":
      return `Revisi baru (rev ${sop.nextRevisionNo})`;
    case "unchanged":
      return "Tidak berubah";
    case "skip":
      return `Dilewati: ${sop.skipReason ?? "tidak dapat diimpor"}`;
  }
}

function WarningList({ warnings, id }: { warnings: Warning[]; id?: string }) {
  return (
    <ul id={id} className={styles.warnings}>
      {warnings.map((w, i) => (
        <li key={i}>
          <span className={styles.line}>baris {w.line}:</span> {w.message}
        </li>
      ))}
    </ul>
  );
}

function PreviewStep({
  preview,
  unitId,
  onCancel,
  onImported,
}: {
  preview: UploadPreview;
  unitId: string;
  onCancel: () => void;
  onImported: (report: ImportReport) => void;
}) {
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, setPending] = useState(false);
  const headingId = useId();
  const { plan } = preview;
  const unitName = plan.sops[0]?.unit.name ?? "";
  const writable = plan.sops.filter((s) => s.action === "create" || s.action === "revise").length;

  const confirm = async () => {
    setFailure(null);
    setPending(true);
    try {
      const result = await importSopUploadAction({ fileName: preview.fileName, text: preview.text, unitId });
      if (!result.ok) {
        setFailure(result);
        return;
      }
      onImported(result.data);
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
          Berkas <strong className={styles.fileName}>{preview.fileName}</strong> memuat {plan.sops.length} SOP untuk unit{" "}
          <strong>{unitName}</strong>. Periksa daftar di bawah, lalu konfirmasi. Belum ada yang disimpan.
        </p>
      </div>

      {failure && <ActionError failure={failure} />}

      {plan.documentWarnings.length > 0 && (
        <Alert tone="warning" title={`Catatan dokumen (${plan.documentWarnings.length})`}>
          <WarningList warnings={plan.documentWarnings} />
        </Alert>
      )}

      <Table caption={`SOP dalam berkas ${preview.fileName}`}>
        <THead>
          <Tr>
            <Th>Nama SOP</Th>
            <Th>Nomor</Th>
            <Th numeric>Langkah</Th>
            <Th>Waktu baku</Th>
            <Th>Tindakan</Th>
            <Th>Catatan</Th>
          </Tr>
        </THead>
        <TBody>
          {plan.sops.map((sop) => (
            <Tr key={sop.index}>
              <Td className={styles.title}>{sop.title}</Td>
              <Td className={styles.number}>{sop.number ?? <span className="muted">—</span>}</Td>
              <Td numeric>{sop.stepCount}</Td>
              <Td className={styles.time}>{formatDuration(sop.totalMinutes)}</Td>
              <Td>
                <Badge tone={ACTION_BADGE[sop.action]} className={sop.action === "skip" ? styles.badgeLong : styles.badge}>
                  {actionLabel(sop)}
                </Badge>
              </Td>
              <Td className={styles.notes}>
                {sop.warnings.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  <details>
                    <summary>{sop.warnings.length} catatan</summary>
                    <WarningList warnings={sop.warnings} />
                  </details>
                )}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>

      <div className={styles.documents} aria-label="Tampilan format resmi">
        {plan.sops.map((sop) =>
          sop.content ? (
            <details key={sop.index} className={styles.documentToggle} open={plan.sops.length === 1}>
              <summary>Tampilan format resmi: {sop.title}</summary>
              <SopDocumentPreview content={sop.content} unitName={sop.unit.name} />
            </details>
          ) : null,
        )}
      </div>

      {writable === 0 && (
        <Alert tone="info">Tidak ada yang perlu diimpor: semua SOP dalam berkas ini tidak berubah atau dilewati.</Alert>
      )}

      <div className="row">
        <Button onClick={confirm} loading={pending} disabled={writable === 0}>
          Impor {writable} SOP
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Batal
        </Button>
      </div>
    </section>
  );
}

/** "3 SOP baru, 1 revisi, 2 tidak berubah" (and the skipped ones, if any). */
function reportSummary(report: ImportReport): string {
  const parts = [`${report.created} SOP baru`, `${report.revised} revisi`, `${report.unchanged} tidak berubah`];
  if (report.skipped > 0) parts.push(`${report.skipped} dilewati`);
  return parts.join(", ");
}

/**
 * Titles of report.sopIds from the preview plan: SOPs that already existed carry their id in the
 * plan; the new ones follow in the plan's order of creations.
 */
function importedSops(preview: UploadPreview, report: ImportReport): { id: string; title: string; action?: PlannedSop["action"] }[] {
  const created = preview.plan.sops.filter((s) => s.action === "create");
  return report.sopIds.map((id) => {
    const existing = preview.plan.sops.find((s) => s.existingId === id);
    const sop = existing ?? created.shift();
    return { id, title: sop?.title ?? "SOP", action: sop?.action };
  });
}

const RESULT_LABELS: Partial<Record<PlannedSop["action"], string>> = { create: "baru", revise: "revisi baru", unchanged: "tidak berubah" };

function ImportResult({ preview, report, onAgain }: { preview: UploadPreview; report: ImportReport; onAgain: () => void }) {
  const sops = importedSops(preview, report);
  return (
    <div className="stack">
      <Alert tone="success" title="Impor selesai">
        <div className="stack-sm">
          <p>
            {reportSummary(report)} dari berkas <strong className={styles.fileName}>{preview.fileName}</strong>.
          </p>
          {sops.length > 0 && (
            <ul className={styles.links}>
              {sops.map((sop) => (
                <li key={sop.id}>
                  <Link href={`/sops/${encodeURIComponent(sop.id)}`}>{sop.title}</Link>
                  {sop.action && RESULT_LABELS[sop.action] && <span className="muted text-sm"> ({RESULT_LABELS[sop.action]})</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      </Alert>
      <div className="row">
        <LinkButton href="/sops" variant="primary">
          Lihat katalog
        </LinkButton>
        <Button variant="secondary" onClick={onAgain}>
          Impor berkas lain
        </Button>
      </div>
    </div>
  );
}
