// The daily sweep of the file store: files that no `Attachment` row references and that nobody
// wrote (or re-put) for a day are deleted: content of a transaction cut short by a crash, of a
// deleted attachment, or of an upload that lost its row. Fresh files are left alone, since the
// transaction that wrote one may still be running; so are files a transaction of this process holds.
import type { Tx } from "../db";
import type { Job } from "../jobs/types";
import { env } from "../env";
import { fileStore, isHeld } from "./index";
import type { FileStore } from "./types";

const GRACE_MS = 24 * 60 * 60_000;

export async function sweepFileStore(tx: Tx, store: FileStore, now: Date): Promise<number> {
  const before = new Date(now.getTime() - GRACE_MS);
  const old: string[] = [];
  for await (const file of store.list()) if (file.modifiedAt < before) old.push(file.key);
  let removed = await store.removeIncomplete(before);
  if (old.length === 0) return removed;
  const referenced = new Set<string>();
  for (let i = 0; i < old.length; i += 1000) {
    const rows = await tx.attachment.findMany({ where: { sha256: { in: old.slice(i, i + 1000) } }, select: { sha256: true }, distinct: ["sha256"] });
    for (const row of rows) referenced.add(row.sha256);
  }
  for (const key of old) {
    if (referenced.has(key) || isHeld(key)) continue;
    await store.delete(key);
    removed++;
  }
  return removed;
}

export const fileSweepJob: Job = {
  name: "files-sweep",
  description: "Menghapus berkas di penyimpanan yang tidak dirujuk lampiran mana pun selama lebih dari sehari.",
  hour: () => (env().REMINDER_HOUR + 20) % 24,
  // The store is one for the whole portal, not per agency: every zone's run sweeps it (idempotent).
  run: (tx, now) => sweepFileStore(tx, fileStore(), now),
};
