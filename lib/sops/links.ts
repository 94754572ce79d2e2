// Keterkaitan: each related-SOP name of an agency's SOPs, resolved to a catalogue entry of the
// same agency by name (see keys.ts). Rebuilt in the transaction of every import and revision, so
// a name that was unresolved resolves as soon as the SOP it names arrives.
import type { Tx } from "../db";
import type { SopContent } from "./content";
import { resolveName } from "./keys";

export async function rebuildAgencyLinks(tx: Tx, agencyPath: string): Promise<void> {
  const sops = await tx.sop.findMany({
    where: { active: true, unit: { path: { startsWith: agencyPath } } },
    select: { id: true, titleKey: true, currentRevisionNo: true },
  });
  if (sops.length === 0) return;
  const revisions = await tx.sopRevision.findMany({
    where: { OR: sops.map((s) => ({ sopId: s.id, revisionNo: s.currentRevisionNo })) },
    select: { sopId: true, content: true },
  });
  const candidates = sops.map((s) => ({ key: s.titleKey, id: s.id }));
  const rows = revisions.flatMap(({ sopId, content }) =>
    ((content as SopContent).keterkaitan ?? []).map((name, position) => {
      const target = resolveName(name, candidates.filter((c) => c.id !== sopId));
      return { fromId: sopId, position, name, toId: target?.id ?? null };
    }),
  );
  await tx.sopLink.deleteMany({ where: { fromId: { in: sops.map((s) => s.id) } } });
  if (rows.length > 0) await tx.sopLink.createMany({ data: rows });
}
