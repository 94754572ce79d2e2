// Walks the whole change history in order and reports the first row whose hash or link is wrong,
// then holds the chain against the newest signed checkpoint (checkpoint.ts), which shows rows
// removed from the end.
import type { PrismaClient } from "../db";
import { readCheckpoints, type ChainHead, type Checkpoint } from "./checkpoint";
import { GENESIS_HASH } from "./constants";
import { hashActivity, isKeyedHash, keyedHashActivity } from "./hash";
import { activityKey } from "./key";

export type ChainReport =
  | { ok: true; checked: number; keyed: number; head: ChainHead | null; checkpoint: Checkpoint | null }
  | { ok: false; checked: number; firstBadId: number | null; problem: string; checkpoint?: Checkpoint | null };

const PAGE = 500;

export interface VerifyOptions {
  /** The signed checkpoints to hold the chain against (default: the checkpoint file). */
  checkpoints?: Checkpoint[];
}

export async function verifyActivityChain(db: PrismaClient, options: VerifyOptions = {}): Promise<ChainReport> {
  const key = activityKey();
  let checkpoints = options.checkpoints;
  if (!checkpoints) {
    const read = readCheckpoints();
    if (read.badLines.length > 0) {
      return { ok: false, checked: 0, firstBadId: null, problem: `checkpoint pada baris ${read.badLines.join(", ")} berkas checkpoint tidak sah (tanda tangan salah)` };
    }
    checkpoints = read.checkpoints;
  }
  // The newest checkpoint covers the older ones: rows before it are fixed by the chain's links.
  const checkpoint = checkpoints.reduce<Checkpoint | null>((best, c) => (!best || c.lastId > best.lastId ? c : best), null);

  let expectedPrev = GENESIS_HASH;
  let checked = 0;
  let keyed = 0;
  let cursor = 0;
  let head: ChainHead | null = null;
  let checkpointSeen = false;
  for (;;) {
    const rows = await db.activity.findMany({
      where: { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: PAGE,
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.prevHash !== expectedPrev) {
        return { ok: false, checked, firstBadId: row.id, problem: "tautan ke baris sebelumnya putus (baris dihapus atau disisipkan)" };
      }
      const content = {
        at: row.at, actorId: row.actorId, actorLabel: row.actorLabel, entity: row.entity, entityId: row.entityId,
        action: row.action, before: row.before, after: row.after, reason: row.reason, prevHash: row.prevHash,
      };
      if (isKeyedHash(row.hash)) {
        if (keyedHashActivity(content, key) !== row.hash) {
          return { ok: false, checked, firstBadId: row.id, problem: "isi baris tidak cocok dengan hash berkuncinya (baris diubah atau dipalsukan)" };
        }
        keyed++;
      } else {
        // Rows from before keyed hashing may only precede the keyed ones.
        if (keyed > 0) {
          return { ok: false, checked, firstBadId: row.id, problem: "baris tanpa hash berkunci setelah rantai berkunci (baris dipalsukan)" };
        }
        if (hashActivity(content) !== row.hash) {
          return { ok: false, checked, firstBadId: row.id, problem: "isi baris tidak cocok dengan hash-nya (baris diubah)" };
        }
      }
      expectedPrev = row.hash;
      checked++;
      cursor = row.id;
      head = { count: checked, lastId: row.id, hash: row.hash };
      if (checkpoint && row.id === checkpoint.lastId) {
        checkpointSeen = true;
        if (row.hash !== checkpoint.hash || checked !== checkpoint.count) {
          return { ok: false, checked, firstBadId: row.id, problem: "baris tidak cocok dengan checkpoint yang ditandatangani", checkpoint };
        }
      }
    }
  }
  if (checkpoint && !checkpointSeen) {
    return {
      ok: false, checked, firstBadId: null, checkpoint,
      problem: `riwayat berakhir sebelum checkpoint ${checkpoint.at} (${checkpoint.count} baris, id terakhir ${checkpoint.lastId}): baris terakhir dihapus`,
    };
  }
  return { ok: true, checked, keyed, head, checkpoint };
}
