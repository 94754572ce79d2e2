// Retention (jadwal retensi arsip, UU 43/2009): the active then inactive period, counted from the
// day the document stopped being used; a record (REKAMAN) is closed when it is made, so its
// retention counts from its first effective date. Pure, dates as UTC midnights.

export interface RetentionFacts {
  type: string;
  firstEffectiveAt: Date | null;
  withdrawnAt: Date | null;
  retentionActiveYears: number;
  retentionInactiveYears: number;
}

function addYears(date: Date, years: number): Date {
  const result = new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()));
  // 29 February + n years on a non-leap year: the end of February, not 1 March.
  if (result.getUTCMonth() !== date.getUTCMonth()) result.setUTCDate(0);
  return result;
}

/** When the retention started, or null while the document is still in use. */
export function retentionStart(facts: RetentionFacts): Date | null {
  if (facts.type === "REKAMAN") return facts.firstEffectiveAt ?? facts.withdrawnAt;
  return facts.withdrawnAt;
}

/** The day after which the document is due for its final disposition (musnah or permanen). */
export function retentionEnd(facts: RetentionFacts): Date | null {
  const start = retentionStart(facts);
  if (!start) return null;
  return addYears(start, facts.retentionActiveYears + facts.retentionInactiveYears);
}

/** The end of the active period (moved to the records centre as inactive after it). */
export function activeRetentionEnd(facts: RetentionFacts): Date | null {
  const start = retentionStart(facts);
  return start ? addYears(start, facts.retentionActiveYears) : null;
}

/** How far ahead the retention page shows what comes due. */
export const RETENTION_UPCOMING_MONTHS = 12;

/** The same calendar day `months` later (the end of the month when that day does not exist). */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date.getUTCDate(), lastDay)));
}

/** Documents still waiting for their final disposition (not destroyed, not handed over). */
export const RETENTION_OPEN_STATUSES = ["AKTIF", "DITARIK"] as const;

export type RetentionPhase = "BELUM_BERJALAN" | "AKTIF" | "INAKTIF" | "BERAKHIR" | "DIMUSNAHKAN" | "DISERAHKAN";

export const RETENTION_PHASE_LABELS: Record<RetentionPhase, string> = {
  BELUM_BERJALAN: "Belum berjalan (dokumen masih digunakan)",
  AKTIF: "Masa aktif",
  INAKTIF: "Masa inaktif",
  BERAKHIR: "Retensi berakhir, menunggu penyusutan",
  DIMUSNAHKAN: "Dimusnahkan",
  DISERAHKAN: "Diserahkan ke arsip provinsi",
};

/** Where a document stands in its retention schedule on `today` (a UTC midnight). */
export function retentionPhase(facts: RetentionFacts & { status: string }, today: Date): RetentionPhase {
  if (facts.status === "DIMUSNAHKAN") return "DIMUSNAHKAN";
  if (facts.status === "DISERAHKAN") return "DISERAHKAN";
  const end = retentionEnd(facts);
  if (!end) return "BELUM_BERJALAN";
  if (end.getTime() <= today.getTime()) return "BERAKHIR";
  const activeEnd = activeRetentionEnd(facts) as Date;
  return activeEnd.getTime() <= today.getTime() ? "INAKTIF" : "AKTIF";
}

/** Retention ended on or before `today`: the document may be proposed for destruction or handed over. */
export function retentionDue(retentionEndsAt: Date | null, today: Date): boolean {
  return retentionEndsAt !== null && retentionEndsAt.getTime() <= today.getTime();
}

/** "5 tahun aktif + 5 tahun inaktif". */
export function scheduleLabel(activeYears: number, inactiveYears: number): string {
  return `${activeYears} tahun aktif + ${inactiveYears} tahun inaktif`;
}
