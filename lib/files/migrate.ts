// Moves the content of `Attachment` rows written before the file store (`data` set) into it, one
// row at a time: write the file, read it back verified, then set `data` = null in a transaction
// that only touches a row still holding that content. Interrupted anywhere, a rerun picks up the
// rows still holding data (a file already written is kept, content-addressed), so it is safe to
// stop and to run again. Runs at every `npm start` before the portal serves, and as
// `npm run files:migrate`.
import { createHash } from "node:crypto";
import type { PrismaClient } from "../db";
import type { FileStore } from "./types";

export interface FileMigrationReport {
  moved: number;
  /** Rows whose content does not match their recorded checksum: left in the database, logged. */
  mismatched: string[];
}

const BATCH = 10;

export async function moveAttachmentsToFileStore(db: PrismaClient, store: FileStore, log: (line: string) => void = console.error): Promise<FileMigrationReport> {
  const report: FileMigrationReport = { moved: 0, mismatched: [] };
  let after = "";
  for (;;) {
    const rows = await db.attachment.findMany({
      where: { data: { not: null }, id: { gt: after } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, fileName: true, sha256: true, data: true },
    });
    if (rows.length === 0) return report;
    after = rows[rows.length - 1].id;
    for (const row of rows) {
      const bytes = row.data!;
      const hash = createHash("sha256").update(bytes).digest("hex");
      if (hash !== row.sha256) {
        log(`Lampiran ${row.id} (${row.fileName}) tidak dipindahkan: isinya tidak cocok dengan checksum yang tercatat.`);
        report.mismatched.push(row.id);
        continue;
      }
      const { key } = await store.put(bytes);
      await store.get(key); // read back and verified before the database copy goes
      const { count } = await db.$transaction((tx) =>
        tx.attachment.updateMany({ where: { id: row.id, sha256: key, data: { not: null } }, data: { data: null } }),
      );
      report.moved += count;
    }
  }
}
