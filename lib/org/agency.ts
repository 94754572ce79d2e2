// The agency (Perangkat Daerah) a unit belongs to: SOP names are resolved within one agency,
// sasaran mutu are approved by that agency's pimpinan, and its kebijakan mutu applies.
import type { Tx } from "../db";

export interface AgencyUnit {
  id: string;
  path: string;
  name: string;
  shortName: string | null;
  type: string;
}

/** The nearest Perangkat Daerah above (or at) the unit; the unit itself when there is none. */
export async function agencyOf(db: Pick<Tx, "unit">, unitPath: string): Promise<AgencyUnit> {
  const ids = unitPath.split("/").filter(Boolean);
  const chain = await db.unit.findMany({
    where: { id: { in: ids } },
    select: { id: true, path: true, name: true, shortName: true, type: true, depth: true },
  });
  chain.sort((a, b) => b.depth - a.depth);
  const agency = chain.find((u) => u.type === "PERANGKAT_DAERAH") ?? chain[0];
  if (!agency) throw new Error(`Unit path ${unitPath} names no unit`);
  return { id: agency.id, path: agency.path, name: agency.name, shortName: agency.shortName, type: agency.type };
}

/**
 * The time zone of every unit's agency (the nearest Perangkat Daerah at or above it; a unit
 * outside any agency keeps its own), by unit id. One read, for scheduled jobs.
 */
export async function agencyTimeZones(db: Pick<Tx, "unit">): Promise<Map<string, string>> {
  const units = await db.unit.findMany({ select: { id: true, path: true, type: true, timeZone: true } });
  const byId = new Map(units.map((u) => [u.id, u]));
  const zones = new Map<string, string>();
  for (const unit of units) {
    const chain = unit.path.split("/").filter(Boolean).reverse();
    const agency = chain.map((id) => byId.get(id)).find((u) => u?.type === "PERANGKAT_DAERAH");
    zones.set(unit.id, (agency ?? unit).timeZone);
  }
  return zones;
}
