// Peminjaman arsip fisik (seed 001 SOP Pengendalian Arsip), pure: the agenda number of the loan
// book, the due date and what counts as late.
import { LOAN_DAYS } from "./constants";

const DAY = 86_400_000;

/** "PJ/DINAS-SOSIAL/2026/007": the loan's line in the agenda pinjam dokumen, per agency and year. */
export function formatAgendaNumber(agencyShortName: string, year: number, sequence: number): string {
  const code = agencyShortName.toUpperCase().replace(/[^A-Z0-9]+/g, "-").replace(/^-|-$/g, "") || "PD";
  return `PJ/${code}/${year}/${String(sequence).padStart(3, "0")}`;
}

/** The default due date: LOAN_DAYS after the day the archive went out. */
export function defaultDueDate(outDate: Date, days: number = LOAN_DAYS): Date {
  return new Date(outDate.getTime() + days * DAY);
}

/** Lent and not back after its due date (the due day itself is not late). */
export function isOverdue(loan: { status: string; dueDate: Date | null }, today: Date): boolean {
  return loan.status === "DIPINJAM" && loan.dueDate !== null && loan.dueDate.getTime() < today.getTime();
}

export function daysOverdue(dueDate: Date, today: Date): number {
  return Math.max(0, Math.round((today.getTime() - dueDate.getTime()) / DAY));
}
