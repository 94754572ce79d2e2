"use client";

import { useRef, useState, type FormEvent } from "react";
import { ActionError, UNAVAILABLE_FAILURE, type ActionFailure } from "@/components/forms";
import { Alert, Button, FormField, FileInput, Select, fieldDescribedBy, type SelectOption } from "@/components/ui";
import { previewSopUploadAction } from "@/lib/sops/actions";
import { SOP_PDF_MAX_BYTES, SOP_UPLOAD_EXTENSIONS, SOP_UPLOAD_MAX_BYTES, SOP_UPLOAD_MAX_FILES } from "@/lib/sops/constants";
import type { ImportReport } from "@/lib/sops/import-mutations";
import { draftsOf, fileProblems, type DraftSop, type FileResult } from "./sop-import-form-state";
import { PreviewStep } from "./sop-import-form-preview";
import { ImportResult } from "./sop-import-form-result";

const ACCEPT = SOP_UPLOAD_EXTENSIONS.join(",");
const MB = 1024 * 1024;
const FILE_HINT = `Satu atau beberapa berkas (paling banyak ${SOP_UPLOAD_MAX_FILES}): .txt, .md, .html, .docx maksimal ${SOP_UPLOAD_MAX_BYTES / MB} MB, .pdf maksimal ${SOP_PDF_MAX_BYTES / MB} MB.`;
const UNIT_HINT = "Unit tiap SOP dicocokkan dari baris organisasi di kepalanya; unit ini dipakai bila tidak ada yang cocok. Anda dapat mengubahnya per SOP di pratinjau.";

export type SopImportFormProps = {
  /** Units the user may import into (sop.manage), indented in tree order. */
  targets: SelectOption[];
};

type Stage =
  | { step: "choose" }
  | { step: "preview"; files: FileResult[] }
  | { step: "done"; sops: DraftSop[]; report: ImportReport };

/** Upload in two steps: read and preview the files (nothing is written), correct, then confirm the import. */
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
      <ChooseFiles key={round} targets={targets} unitId={unitId} onUnitChange={setUnitId} onPreview={(files) => setStage({ step: "preview", files })} />
    );
  }
  if (stage.step === "preview") {
    return (
      <PreviewStep
        files={stage.files}
        targets={targets}
        onCancel={restart}
        onImported={(sops, report) => setStage({ step: "done", sops, report })}
      />
    );
  }
  return <ImportResult sops={stage.sops} report={stage.report} onAgain={restart} />;
}

/** Each file previewed on its own request: a refused file leaves the others standing. */
async function previewFiles(files: File[], unitId: string, onProgress: (done: number) => void): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const [index, file] of files.entries()) {
    const form = new FormData();
    form.set("file", file);
    form.set("unitId", unitId);
    try {
      const result = await previewSopUploadAction(form);
      results.push(
        result.ok
          ? { fileName: file.name, ok: true, documentWarnings: result.data.documentWarnings, sops: draftsOf(result.data, index) }
          : { fileName: file.name, ok: false, message: result.message },
      );
    } catch (error) {
      console.error("Aksi server gagal:", error);
      results.push({ fileName: file.name, ok: false, message: UNAVAILABLE_FAILURE.message });
    }
    onProgress(index + 1);
  }
  return results;
}

function ChooseFiles({
  targets,
  unitId,
  onUnitChange,
  onPreview,
}: {
  targets: SelectOption[];
  unitId: string;
  onUnitChange: (unitId: string) => void;
  onPreview: (files: FileResult[]) => void;
}) {
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [errors, setErrors] = useState<{ file?: string; unitId?: string }>({});
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const unitRef = useRef<HTMLSelectElement>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const files = [...(fileRef.current?.files ?? [])];
    const problems = fileProblems(files);
    const found: typeof errors = {};
    if (problems.length > 0) found.file = problems.join(" ");
    if (!unitId) found.unitId = "Pilih unit bawaan.";
    setErrors(found);
    if (found.file) return fileRef.current?.focus();
    if (found.unitId) return unitRef.current?.focus();
    setProgress({ done: 0, total: files.length });
    const results = await previewFiles(files, unitId, (done) => setProgress({ done, total: files.length }));
    setProgress(null);
    if (results.some((r) => r.ok)) return onPreview(results);
    // Nothing readable: stay here and say why, file by file.
    const only = results.length === 1 && !results[0].ok ? results[0].message : null;
    setFailure({
      reason: "INVALID",
      message: only ?? results.map((r) => `${r.fileName}: ${r.ok ? "" : r.message}`).join(" "),
    });
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
            multiple
            required
            aria-invalid={errors.file ? true : undefined}
            aria-describedby={fieldDescribedBy("sop-file", { hint: FILE_HINT, error: errors.file })}
          />
        </FormField>
        <FormField label="Unit bawaan" htmlFor="sop-unit" required hint={UNIT_HINT} error={errors.unitId}>
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
        <Button type="submit" loading={progress !== null}>
          Pratinjau
        </Button>
        {progress && progress.total > 1 && (
          <span className="muted text-sm" role="status">
            Membaca berkas {Math.min(progress.done + 1, progress.total)} dari {progress.total}…
          </span>
        )}
      </div>
    </form>
  );
}
