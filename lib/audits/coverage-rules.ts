// The coverage of a year's audits: unit x main clause 4-10 (planned / audited / not covered) and
// the calendar (planned rounds vs audits held per month). Pure: the data is read in coverage-data.ts.
import { MAIN_CLAUSES, type MainClause } from "./programme-constants";

export type CoverageState = "DIAUDIT" | "DIRENCANAKAN" | "BELUM";
export const COVERAGE_LABELS: Record<CoverageState, string> = { DIAUDIT: "Diaudit", DIRENCANAKAN: "Direncanakan", BELUM: "Belum tercakup" };

/** Audit statuses in which the audit has been (or is being) held. */
export const HELD_STATUSES = ["PELAKSANAAN", "PELAPORAN", "SELESAI"] as const;

export function mainClauseOf(code: string): MainClause | null {
  const main = code.split(".")[0];
  return (MAIN_CLAUSES as readonly string[]).includes(main) ? (main as MainClause) : null;
}

export interface PlannedScope {
  unitIds: string[];
  clauses: string[];
  /** 1-12 */
  startMonth: number;
  endMonth: number;
}
export interface AuditScope {
  unitIds: string[];
  clauses: string[];
  status: string;
  startDate: Date;
}

export type CoverageMatrix = Record<string, Record<MainClause, CoverageState>>;

export function coverageMatrix(unitIds: string[], planned: PlannedScope[], audits: AuditScope[]): CoverageMatrix {
  const matrix: CoverageMatrix = {};
  for (const unitId of unitIds) {
    matrix[unitId] = Object.fromEntries(MAIN_CLAUSES.map((c) => [c, "BELUM"])) as Record<MainClause, CoverageState>;
  }
  const mark = (unitIdsOf: string[], clauses: string[], state: CoverageState) => {
    for (const unitId of unitIdsOf) {
      const row = matrix[unitId];
      if (!row) continue;
      for (const code of clauses) {
        const main = mainClauseOf(code);
        if (main && (state === "DIAUDIT" || row[main] === "BELUM")) row[main] = state;
      }
    }
  };
  for (const p of planned) mark(p.unitIds, p.clauses, "DIRENCANAKAN");
  for (const a of audits) {
    if (a.status === "DIBATALKAN") continue;
    mark(a.unitIds, a.clauses, (HELD_STATUSES as readonly string[]).includes(a.status) ? "DIAUDIT" : "DIRENCANAKAN");
  }
  return matrix;
}

export interface CalendarCell {
  /** Rounds planned over this month (by name). */
  planned: string[];
  /** Audits held (or being held) that started this month. */
  held: number;
  /** Audits scheduled but not yet held that start this month. */
  scheduled: number;
}

/** 12 cells, January first, for the given units (all of them when `unitId` is null). */
export function calendarMonths(
  rounds: (PlannedScope & { name: string })[],
  audits: AuditScope[],
  unitId: string | null,
): CalendarCell[] {
  const cells: CalendarCell[] = Array.from({ length: 12 }, () => ({ planned: [], held: 0, scheduled: 0 }));
  for (const r of rounds) {
    if (unitId && !r.unitIds.includes(unitId)) continue;
    for (let m = r.startMonth; m <= r.endMonth; m++) cells[m - 1].planned.push(r.name);
  }
  for (const a of audits) {
    if (a.status === "DIBATALKAN" || (unitId && !a.unitIds.includes(unitId))) continue;
    const cell = cells[a.startDate.getUTCMonth()];
    if ((HELD_STATUSES as readonly string[]).includes(a.status)) cell.held++;
    else cell.scheduled++;
  }
  return cells;
}
