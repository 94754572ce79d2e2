import "server-only";
// SOPs for the homes: the reader's own unit's first (a pegawai), and an agency's recently revised
// ones (the pengendali dokumen, until document control is built). SOP AP are public in the
// portal (sop.read covers every unit), so no further scope applies.
import { getDb } from "../db";
import type { SopItem } from "./types";

const select = { id: true, title: true, number: true, currentRevisionNo: true, updatedAt: true, unit: { select: { name: true } } } as const;
type Row = { id: string; title: string; number: string | null; currentRevisionNo: number; updatedAt: Date; unit: { name: string } };
const toItem = (s: Row): SopItem => ({ id: s.id, title: s.title, number: s.number, unitName: s.unit.name, revisionNo: s.currentRevisionNo, updatedAt: s.updatedAt });

/** The active SOPs of one unit (its own, not its subunits'), by title. */
export async function unitSops(unitId: string, limit = 10): Promise<{ total: number; items: SopItem[] }> {
  const db = await getDb();
  const where = { unitId, active: true };
  const [total, rows] = await Promise.all([
    db.sop.count({ where }),
    db.sop.findMany({ where, orderBy: { title: "asc" }, take: limit, select }),
  ]);
  return { total, items: rows.map(toItem) };
}

/** The agency's active SOPs most recently changed (a new revision, or edited). */
export async function recentlyRevisedSops(agencyPath: string, limit = 10): Promise<SopItem[]> {
  const db = await getDb();
  const rows = await db.sop.findMany({
    where: { active: true, unit: { path: { startsWith: agencyPath } } },
    orderBy: [{ updatedAt: "desc" }, { title: "asc" }],
    take: limit,
    select,
  });
  return rows.map(toItem);
}
