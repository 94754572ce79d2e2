// Builds the daftar periksa of an audit from its ISO clauses and the steps of its SOPs (pure).
// Per SOP step one item asks whether the step is done by its actor, within its Mutu Baku time,
// with its Kelengkapan and producing its output; per record of Pencatatan dan Pendataan one item
// asks whether it is kept. Clause items come from the clause library's guidance questions.
import type { ChecklistItemKind } from "../db/generated/enums";
import type { SopContent, SopStepContent } from "../sops/content";
import { SOP_RECORD_CLAUSE, SOP_STEP_CLAUSE } from "./checklist-constants";

export interface ClauseSource {
  code: string;
  title: string;
  questions: string[];
}

export interface SopSource {
  sopId: string;
  /** The audited unit the SOP's items are asked of. */
  unitId: string;
  content: Pick<SopContent, "nama" | "steps" | "pencatatan">;
}

export interface GeneratedItem {
  kind: ChecklistItemKind;
  unitId: string | null;
  question: string;
  clauseCode: string | null;
  sopId: string | null;
  sopStepNo: number | null;
}

export function stepQuestion(step: SopStepContent, stepNo: number): string {
  const checks = [
    step.actor ? `dilaksanakan oleh ${step.actor}` : "dilaksanakan oleh pelaksana yang ditetapkan",
    step.waktu_raw ? `dalam waktu Mutu Baku ${step.waktu_raw}` : null,
    step.kelengkapan ? `dengan kelengkapan: ${step.kelengkapan}` : null,
    step.output ? `dan menghasilkan: ${step.output}` : null,
  ].filter((part): part is string => part !== null);
  return `Langkah ${stepNo} "${step.activity}": apakah ${checks.join(", ")}?`;
}

/** The records listed in Pencatatan dan Pendataan, one per line, without numbering or bullets. */
export function recordsOf(pencatatan: string | null): string[] {
  if (!pencatatan) return [];
  return pencatatan
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:\d+[.)]|[a-z][.)]|[-•*])\s*/i, "").trim())
    .filter((line) => line.length > 0);
}

export function generateChecklist(input: { unitIds: string[]; clauses: ClauseSource[]; sops: SopSource[] }): GeneratedItem[] {
  const items: GeneratedItem[] = [];
  for (const unitId of input.unitIds) {
    for (const clause of input.clauses) {
      for (const question of clause.questions) {
        items.push({ kind: "KLAUSUL", unitId, question: `${clause.code} ${clause.title}: ${question}`, clauseCode: clause.code, sopId: null, sopStepNo: null });
      }
    }
  }
  for (const sop of input.sops) {
    sop.content.steps.forEach((step, index) => {
      const stepNo = step.no ?? index + 1;
      items.push({ kind: "LANGKAH_SOP", unitId: sop.unitId, question: stepQuestion(step, stepNo), clauseCode: SOP_STEP_CLAUSE, sopId: sop.sopId, sopStepNo: stepNo });
    });
    for (const record of recordsOf(sop.content.pencatatan)) {
      items.push({
        kind: "PENCATATAN", unitId: sop.unitId, clauseCode: SOP_RECORD_CLAUSE, sopId: sop.sopId, sopStepNo: null,
        question: `Pencatatan "${sop.content.nama}": apakah rekaman "${record}" dibuat, disimpan dan dapat ditunjukkan?`,
      });
    }
  }
  return items;
}

/** The identity of a generated item: generating again adds only what is missing. */
export function generatedKey(item: Pick<GeneratedItem, "kind" | "unitId" | "clauseCode" | "sopId" | "sopStepNo" | "question">): string {
  return [item.kind, item.unitId, item.sopId, item.sopStepNo, item.kind === "LANGKAH_SOP" ? "" : item.question].join("|");
}
