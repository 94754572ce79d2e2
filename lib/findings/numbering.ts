// Nomor temuan per agency and year ("T/2026/001"). Taken under a transaction-scoped advisory lock
// on the agency and year, so two findings raised at once never get the same number.
import type { Tx } from "../db";

export function formatFindingNumber(year: number, sequence: number): string {
  return `T/${year}/${String(sequence).padStart(3, "0")}`;
}

export async function nextFindingNumber(tx: Tx, agencyId: string, year: number): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`finding-number:${agencyId}:${year}`}))`;
  const count = await tx.finding.count({ where: { agencyId, year } });
  return formatFindingNumber(year, count + 1);
}
