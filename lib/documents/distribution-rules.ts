// Pure rules of the distribution of controlled copies and the wajib-baca list.

export interface CandidateReader {
  id: string;
  active: boolean;
  /** The path of the user's home unit. */
  unitPath: string;
}

/** The readers a copy puts on the wajib-baca list: a user copy → that user; a unit copy → every active user at or below the unit. */
export function copyReaders(copy: { userId: string | null; unitPath: string | null }, users: readonly CandidateReader[]): string[] {
  if (copy.userId) return users.some((u) => u.id === copy.userId && u.active) ? [copy.userId] : [];
  const unitPath = copy.unitPath;
  if (!unitPath) return [];
  return users.filter((u) => u.active && u.unitPath.startsWith(unitPath)).map((u) => u.id);
}

/** The copy numbers after the highest taken, one per new copy (salinan nomor 1..n per revision). */
export function nextCopyNumbers(highest: number | null, count: number): number[] {
  const start = (highest ?? 0) + 1;
  return Array.from({ length: count }, (_, i) => start + i);
}

/** A note saying why a copy of the previous revision was withdrawn when the next took effect. */
export function supersededNote(revisionNo: number): string {
  return `Digantikan revisi ${revisionNo}`;
}

export interface AcknowledgmentState {
  userId: string;
  name: string;
  acknowledgedAt: Date | null;
}

/** Who has and who has not acknowledged, each by name. */
export function acknowledgmentSummary<T extends AcknowledgmentState>(rows: readonly T[]): { total: number; read: T[]; unread: T[] } {
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, "id");
  return {
    total: rows.length,
    read: rows.filter((r) => r.acknowledgedAt !== null).sort(byName),
    unread: rows.filter((r) => r.acknowledgedAt === null).sort(byName),
  };
}
