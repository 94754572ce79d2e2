// PGlite allows one process per data directory; a second one would corrupt it. The lock file
// beside the directory names the holder, and a lock left by a dead process is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";

export class DatabaseLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `Basis data tertanam di "${dir}" sedang dipakai oleh proses lain (PID ${pid}). ` +
        "Hentikan proses itu dahulu, atau jalankan portal pada PostgreSQL dengan DATABASE_URL.",
    );
    this.name = "DatabaseLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(lockPath: string): { pid: number; host: string } | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, "utf8")) as { pid?: unknown; host?: unknown };
    return typeof parsed.pid === "number"
      ? { pid: parsed.pid, host: String(parsed.host ?? "") }
      : null;
  } catch {
    return null;
  }
}

/** Takes the lock or throws DatabaseLockedError; returns the function that releases it. */
export function acquirePgliteLock(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date() }));
      closeSync(fd);
      return () => {
        const holder = readHolder(lockPath);
        if (holder?.pid === process.pid) rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(lockPath);
      if (holder && (holder.host !== hostname() || isAlive(holder.pid))) {
        throw new DatabaseLockedError(dir, holder.pid);
      }
      // Stale: its process is gone (or the file is unreadable). Remove and try once more.
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Tidak dapat mengunci basis data tertanam di "${dir}".`);
}
