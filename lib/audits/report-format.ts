// The report's tables as rows of text, shared by the page, the print view and the PDF (pure).
import type { FindingCategory } from "../db/generated/enums";
import { formatDate } from "../utils/format";
import { CHECKLIST_ANSWERS, CHECKLIST_ANSWER_LABELS } from "./checklist-constants";
import type { AuditReportView } from "./checklist-types";

export const FINDING_CATEGORY_LABELS: Record<FindingCategory, string> = {
  KTS_MAYOR: "KTS Mayor",
  KTS_MINOR: "KTS Minor",
  OBSERVASI: "Observasi",
};

export const SUMMARY_COLUMNS = ["Unit / klausul", ...CHECKLIST_ANSWERS.map((a) => CHECKLIST_ANSWER_LABELS[a]), "Belum dijawab"];

/** One row per unit (its totals) followed by one per clause. */
export function summaryRows(view: AuditReportView): { rows: string[][]; unitRows: Set<number> } {
  const rows: string[][] = [];
  const unitRows = new Set<number>();
  for (const unit of view.summary) {
    unitRows.add(rows.length);
    rows.push([unit.unitName, ...CHECKLIST_ANSWERS.map((a) => String(unit.counts[a])), String(unit.counts.BELUM)]);
    for (const clause of unit.clauses) {
      rows.push([`  Klausul ${clause.clauseCode}`, ...CHECKLIST_ANSWERS.map((a) => String(clause.counts[a])), String(clause.counts.BELUM)]);
    }
  }
  return { rows, unitRows };
}

export function findingCounts(view: AuditReportView): { category: FindingCategory; label: string; count: number }[] {
  return (Object.keys(FINDING_CATEGORY_LABELS) as FindingCategory[]).map((category) => ({
    category, label: FINDING_CATEGORY_LABELS[category], count: view.findings.filter((f) => f.category === category).length,
  }));
}

export const FINDING_COLUMNS = ["Nomor", "Kategori", "Unit", "Klausul", "Pernyataan"];

export function findingRows(view: AuditReportView): string[][] {
  return view.findings.map((f) => [f.number, FINDING_CATEGORY_LABELS[f.category], f.unitName, f.clauseCode ?? "-", f.statement]);
}

export function auditDates(view: AuditReportView): string {
  const start = formatDate(view.audit.startDate);
  const end = formatDate(view.audit.endDate);
  return start === end ? start : `${start} s.d. ${end}`;
}

export function teamLines(view: AuditReportView): string[] {
  return view.team.map((t) => `${t.name} (${t.role === "KETUA" ? "Ketua tim" : "Anggota"}${t.crossAgency ? ", audit silang" : ""})`);
}
