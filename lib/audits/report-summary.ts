// The report's summary per audited unit and clause, counted from the checklist answers (pure).
import type { ChecklistAnswer } from "../db/generated/enums";
import { CHECKLIST_ANSWERS } from "./checklist-constants";
import type { UnitSummary } from "./checklist-types";

type Counts = Record<ChecklistAnswer | "BELUM", number>;

const zero = (): Counts => ({ ...Object.fromEntries(CHECKLIST_ANSWERS.map((a) => [a, 0])), BELUM: 0 }) as Counts;

/** Clause codes sort as numbers ("4.2" before "10.1"). */
export function compareClauses(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

export function summarise(
  units: { id: string; name: string }[],
  items: { unitId: string | null; clauseCode: string | null; answer: ChecklistAnswer | null }[],
): UnitSummary[] {
  return units.map((unit) => {
    const counts = zero();
    const byClause = new Map<string, Counts>();
    for (const item of items.filter((i) => i.unitId === unit.id)) {
      const key = item.answer ?? "BELUM";
      counts[key]++;
      const clause = item.clauseCode ?? "-";
      const c = byClause.get(clause) ?? zero();
      c[key]++;
      byClause.set(clause, c);
    }
    const clauses = [...byClause.entries()].sort(([a], [b]) => compareClauses(a, b)).map(([clauseCode, c]) => ({ clauseCode, counts: c }));
    return { unitId: unit.id, unitName: unit.name, counts, clauses };
  });
}
