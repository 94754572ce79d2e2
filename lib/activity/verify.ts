// Walks the whole change history in order and reports the first row whose hash or link is wrong.
import type { PrismaClient } from "../db";
import { GENESIS_HASH } from "./constants";
import { hashActivity } from "./hash";

export type ChainReport =
  | { ok: true; checked: number }
  | { ok: false; checked: number; firstBadId: number; problem: string };

const PAGE = 500;

export async function verifyActivityChain(db: PrismaClient): Promise<ChainReport> {
  let expectedPrev = GENESIS_HASH;
  let checked = 0;
  let cursor = 0;
  for (;;) {
    const rows = await db.activity.findMany({
      where: { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: PAGE,
    });
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.prevHash !== expectedPrev) {
        return { ok: false, checked, firstBadId: row.id, problem: "tautan ke baris sebelumnya putus (baris dihapus atau disisipkan)" };
      }
      const recomputed = hashActivity({
        at: row.at,
        actorId: row.actorId,
        actorLabel: row.actorLabel,
        entity: row.entity,
        entityId: row.entityId,
        action: row.action,
        before: row.before,
        after: row.after,
        reason: row.reason,
        prevHash: row.prevHash,
      });
      if (recomputed !== row.hash) {
        return { ok: false, checked, firstBadId: row.id, problem: "isi baris tidak cocok dengan hash-nya (baris diubah)" };
      }
      expectedPrev = row.hash;
      checked++;
      cursor = row.id;
    }
  }
}
