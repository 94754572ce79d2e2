// The checklist's (daftar periksa) closed lists with their Indonesian labels.
import type { ChecklistAnswer, ChecklistItemKind } from "../db/generated/enums";

export const CHECKLIST_ANSWERS = ["SESUAI", "KTS_MAYOR", "KTS_MINOR", "OBSERVASI", "TIDAK_BERLAKU"] as const satisfies readonly ChecklistAnswer[];

export const CHECKLIST_ANSWER_LABELS: Record<ChecklistAnswer, string> = {
  SESUAI: "Sesuai",
  KTS_MAYOR: "KTS Mayor",
  KTS_MINOR: "KTS Minor",
  OBSERVASI: "Observasi",
  TIDAK_BERLAKU: "Tidak berlaku",
};

export const CHECKLIST_KIND_LABELS: Record<ChecklistItemKind, string> = {
  KLAUSUL: "Klausul ISO",
  LANGKAH_SOP: "Langkah SOP",
  PENCATATAN: "Pencatatan SOP",
  TAMBAHAN: "Tambahan",
};

/** Answers that are a temuan: each raises one finding of the same category. */
export const FINDING_ANSWERS = ["KTS_MAYOR", "KTS_MINOR", "OBSERVASI"] as const satisfies readonly ChecklistAnswer[];
export type FindingAnswer = (typeof FINDING_ANSWERS)[number];

export function isFindingAnswer(answer: ChecklistAnswer | null): answer is FindingAnswer {
  return answer !== null && (FINDING_ANSWERS as readonly string[]).includes(answer);
}

/** The clause an SOP step's item cites unless the auditor changes it (ISO 9001 8.1: operation as planned). */
export const SOP_STEP_CLAUSE = "8.1";
/** Records of an SOP's Pencatatan dan Pendataan (ISO 9001 7.5.3: documented information retained). */
export const SOP_RECORD_CLAUSE = "7.5";
