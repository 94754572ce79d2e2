// The file store beside a database backup: `files/` next to the backup file, a mirror by key.
// Files never change under their key, so a file already in the mirror is never copied again and
// one mirror serves every backup in that directory. Run after the database backup: every file a
// backed-up row references was written before that row committed, so the mirror holds it.
import path from "node:path";
import { DiskFileStore } from "./disk-store";
import { isFileStoreError, type FileStore } from "./types";

export interface MirrorReport {
  copied: number;
  present: number;
  /** Files that failed their checksum in the source: not copied. */
  corrupt: string[];
}

/** The mirror directory of a backup file (`<its directory>/files`). */
export function filesBackupDir(backupFile: string): string {
  return path.join(path.dirname(path.resolve(backupFile)), "files");
}

/** Copies every file of `from` that `to` lacks, each verified on read and written atomically. */
export async function mirrorFiles(from: FileStore, to: FileStore): Promise<MirrorReport> {
  const report: MirrorReport = { copied: 0, present: 0, corrupt: [] };
  for await (const { key } of from.list()) {
    if (await to.exists(key)) {
      report.present++;
      continue;
    }
    try {
      await to.put(await from.get(key));
      report.copied++;
    } catch (error) {
      if (!isFileStoreError(error)) throw error;
      report.corrupt.push(key);
    }
  }
  return report;
}

export function diskStoreAt(dir: string): DiskFileStore {
  return new DiskFileStore(dir);
}
