// The upload preview's state, without React: the SOPs read from the files as the user corrects
// them (kept or left out, unit, name, number, each step's Pelaksana), what goes to the server, and
// the words the screen uses for warnings and planned actions.
import { sopContentSchema, type SopContent, type SopContentInput } from "@/lib/sops/content";
import {
  SOP_PDF_MAX_BYTES,
  SOP_UPLOAD_EXTENSIONS,
  SOP_UPLOAD_MAX_BYTES,
  SOP_UPLOAD_MAX_FILES,
} from "@/lib/sops/constants";
import type { Warning } from "@/lib/sops/import/types";
import type { SopImportInput } from "@/lib/sops/schema";
import type { FilePreview, PlanOutcome, UnitMatch } from "@/lib/sops/upload";

export interface DraftSop {
  /** Stable across edits: file and position in it. */
  key: string;
  fileName: string;
  /** The name as read, to tell the SOPs apart while the user renames them. */
  readName: string;
  content: SopContentInput;
  warnings: Warning[];
  unitId: string;
  match: UnitMatch;
  unitLines: string[];
  include: boolean;
  outcome: PlanOutcome;
}

export type FileResult =
  | { fileName: string; ok: true; documentWarnings: Warning[]; sops: DraftSop[] }
  | { fileName: string; ok: false; message: string };

export function draftsOf(preview: FilePreview, fileIndex: number): DraftSop[] {
  return preview.sops.map((sop, i) => ({
    key: `${fileIndex}-${i}`,
    fileName: sop.fileName,
    readName: sop.content.nama,
    content: sop.content,
    warnings: sop.warnings,
    unitId: sop.unitId,
    match: sop.match,
    unitLines: sop.unitLines,
    // What cannot be imported as read starts left out; the user may correct it and take it in.
    include: sop.outcome.action !== "skip",
    outcome: sop.outcome,
  }));
}

const MB = 1024 * 1024;

/** Why the chosen files cannot be sent, or null: checked before anything is uploaded. */
export function fileProblems(files: readonly { name: string; size: number }[]): string[] {
  if (files.length === 0) return ["Pilih minimal satu berkas SOP."];
  if (files.length > SOP_UPLOAD_MAX_FILES) return [`Paling banyak ${SOP_UPLOAD_MAX_FILES} berkas sekali unggah (dipilih ${files.length}).`];
  const problems: string[] = [];
  for (const file of files) {
    const dot = file.name.lastIndexOf(".");
    const ext = dot < 0 ? "" : file.name.slice(dot).toLowerCase();
    if (!(SOP_UPLOAD_EXTENSIONS as readonly string[]).includes(ext)) {
      problems.push(`${file.name}: jenis berkas ${ext || "tanpa ekstensi"} tidak didukung.`);
      continue;
    }
    const max = ext === ".pdf" ? SOP_PDF_MAX_BYTES : SOP_UPLOAD_MAX_BYTES;
    if (file.size > max) problems.push(`${file.name}: berkas terlalu besar (maksimal ${max / MB} MB).`);
  }
  return problems;
}

/** "hlm. 2, baris 14" for a paged source, else "baris 14". */
export function warningPlace(warning: Warning): string {
  return warning.page ? `hlm. ${warning.page}, baris ${warning.line}` : `baris ${warning.line}`;
}

export function withName(sop: DraftSop, nama: string): DraftSop {
  return { ...sop, content: { ...sop.content, nama } };
}

export function withNumber(sop: DraftSop, nomor: string): DraftSop {
  return { ...sop, content: { ...sop.content, nomor } };
}

/** The Pelaksana of one step as the user set it: certain once chosen, unknown when cleared. */
export function withActor(sop: DraftSop, stepIndex: number, actor: string | null): DraftSop {
  const steps = sop.content.steps.map((step, i) =>
    i === stepIndex ? { ...step, actor, actor_confidence: actor ? ("certain" as const) : ("unknown" as const) } : step,
  );
  return { ...sop, content: { ...sop.content, steps } };
}

/** The content as it would be stored, or the problems that keep it from being imported. */
export function checkedContent(sop: DraftSop): { ok: true; content: SopContent } | { ok: false; problems: string[] } {
  const checked = sopContentSchema.safeParse(sop.content);
  if (checked.success) return { ok: true, content: checked.data };
  return { ok: false, problems: [...new Set(checked.error.issues.map((issue) => issue.message))] };
}

/** The SOPs the server plans and imports: those kept whose content is valid, in screen order. */
export function importItems(sops: readonly DraftSop[]): { keys: string[]; input: SopImportInput } {
  const kept = sops.filter((sop) => sop.include && checkedContent(sop).ok);
  return {
    keys: kept.map((sop) => sop.key),
    input: { sops: kept.map((sop) => ({
      fileName: sop.fileName,
      unitId: sop.unitId,
      content: sop.content,
      warnings: sop.warnings,
      expected: { action: sop.outcome.action, existingId: sop.outcome.existingId, currentRevisionNo: sop.outcome.currentRevisionNo },
    })) },
  };
}

export type ShownAction = PlanOutcome["action"] | "excluded" | "invalid";

export function shownAction(sop: DraftSop): ShownAction {
  if (!sop.include) return "excluded";
  if (!checkedContent(sop).ok) return "invalid";
  return sop.outcome.action;
}

export function actionLabel(sop: DraftSop): string {
  switch (shownAction(sop)) {
    case "create":
      return "Baru";
    case "revise":
      return `Revisi ${sop.outcome.nextRevisionNo}`;
    case "unchanged":
      return "Tidak berubah";
    case "skip":
      return `Dilewati: ${sop.outcome.skipReason ?? "tidak dapat diimpor"}`;
    case "excluded":
      return "Dilewati: tidak disertakan";
    case "invalid":
      return "Perlu diperbaiki";
  }
}

/** Steps whose Pelaksana the parser did not read with certainty: the ones to check. */
export function uncertainSteps(sop: DraftSop): number {
  return sop.content.steps.filter((step) => step.actor_confidence !== "certain").length;
}
