// PGlite allows one process per data directory; a second one would corrupt it. The lock file
// beside the directory names the holder, and a lock whose holder is gone is taken over.
//
// "Gone" has to survive what operators meet: a PID reused by another process (common in
// containers, where the portal is often PID 1 or 7 every time), a re-created container whose
// hostname changed, a reboot. The lock therefore records the holder's PID together with the
// process's start time (/proc/<pid>/stat) and the kernel's boot id, and the holder refreshes the
// file's modification time every few seconds. On the same machine a lock is stale when its PID is
// dead or now belongs to a process started at another time, or when it predates the last boot;
// a lock written on another host is stale once its heartbeat stopped.
import { closeSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeSync } from "node:fs";
import { hostname } from "node:os";

/** The holder touches the lock file this often… */
export const HEARTBEAT_MS = 5_000;
/** …and a lock not touched for this long, whose holder cannot be checked directly, is stale. */
export const STALE_AFTER_MS = 30_000;

export class DatabaseLockedError extends Error {
  constructor(dir: string, lockPath: string, holder: LockHolder, why: string) {
    super(
      `Basis data tertanam di "${dir}" sedang dipakai oleh proses lain (PID ${holder.pid} di host "${holder.host}", ${why}). ` +
        "Hentikan proses itu dahulu, atau jalankan portal pada PostgreSQL dengan DATABASE_URL. " +
        `Bila Anda yakin tidak ada proses lain yang memakai direktori itu (mis. kontainer lama sudah dihapus ` +
        `dan direktori data dipindah ke kontainer baru), hapus berkas kunci "${lockPath}" lalu jalankan lagi.`,
    );
    this.name = "DatabaseLockedError";
  }
}

export interface LockHolder {
  pid: number;
  host: string;
  /** Start time of the process in clock ticks since boot (field 22 of /proc/<pid>/stat). */
  startTime?: string | null;
  bootId?: string | null;
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** The start time of a running process, or null when it does not run or /proc is unavailable. */
export function processStartTime(pid: number): string | null {
  const stat = readOrNull(`/proc/${pid}/stat`);
  if (!stat) return null;
  // The command name (field 2) is in parentheses and may contain spaces: count after the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return fields[19] ?? null; // field 22 overall
}

function bootId(): string | null {
  return readOrNull("/proc/sys/kernel/random/boot_id")?.trim() || null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(lockPath: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, "utf8")) as Record<string, unknown>;
    return typeof parsed.pid === "number"
      ? {
          pid: parsed.pid,
          host: String(parsed.host ?? ""),
          startTime: typeof parsed.startTime === "string" ? parsed.startTime : null,
          bootId: typeof parsed.bootId === "string" ? parsed.bootId : null,
        }
      : null;
  } catch {
    return null;
  }
}

function heartbeatAge(lockPath: string): number {
  try {
    return Date.now() - statSync(lockPath).mtimeMs;
  } catch {
    return Infinity;
  }
}

/** Why the holder still counts as running, or null when its lock is stale. */
function liveReason(lockPath: string, holder: LockHolder): string | null {
  if (holder.host === hostname()) {
    if (holder.bootId && bootId() && holder.bootId !== bootId()) return null; // before the last reboot
    if (!isAlive(holder.pid)) return null;
    const started = processStartTime(holder.pid);
    if (holder.startTime && started) {
      return started === holder.startTime ? "proses itu masih berjalan" : null; // PID reused
    }
    // No start time to compare (a lock of an earlier version, or no /proc): a live PID counts,
    // since taking over from a portal that still runs would corrupt the database.
    return "proses itu masih berjalan";
  }
  const age = heartbeatAge(lockPath);
  return age < STALE_AFTER_MS
    ? `kuncinya diperbarui ${Math.round(age / 1000)} detik yang lalu`
    : null;
}

/** Takes the lock or throws DatabaseLockedError; returns the function that releases it. */
export function acquirePgliteLock(dir: string): () => void {
  const lockPath = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      const me: LockHolder & { since: Date } = {
        pid: process.pid,
        host: hostname(),
        startTime: processStartTime(process.pid),
        bootId: bootId(),
        since: new Date(),
      };
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      const heartbeat = setInterval(() => {
        try {
          const now = new Date();
          utimesSync(lockPath, now, now);
        } catch {
          // The file was removed by hand; nothing to refresh.
        }
      }, HEARTBEAT_MS);
      heartbeat.unref();
      return () => {
        clearInterval(heartbeat);
        const holder = readHolder(lockPath);
        if (holder?.pid === process.pid && holder.host === me.host) rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(lockPath);
      const reason = holder && liveReason(lockPath, holder);
      if (holder && reason) throw new DatabaseLockedError(dir, lockPath, holder, reason);
      // Stale: its process is gone, or the file is unreadable. Remove and try once more.
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Tidak dapat mengunci basis data tertanam di "${dir}".`);
}
