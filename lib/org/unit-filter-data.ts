// A list's "Unit" filter (a unit, or else an agency) as a where-fragment on the record's unit:
// the unit and its subtree. Null when the unit does not exist, so the list shows nothing.
import "server-only";
import { getDb } from "../db";

export async function unitSubtreeFilter(query: { unitId?: string; agencyId?: string }): Promise<{ unit?: { path: { startsWith: string } } } | null> {
  const filterUnit = query.unitId ?? query.agencyId;
  if (!filterUnit) return {};
  const db = await getDb();
  const unit = await db.unit.findUnique({ where: { id: filterUnit }, select: { path: true } });
  return unit ? { unit: { path: { startsWith: unit.path } } } : null;
}
