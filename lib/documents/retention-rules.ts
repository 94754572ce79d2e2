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
