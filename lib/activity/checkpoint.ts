// Signed checkpoints of the change-history head (row count, last id, last hash), appended to a
// file outside the database (ACTIVITY_CHECKPOINT_FILE, .data/activity-checkpoints.jsonl). The
// chain alone cannot show that its newest rows were removed; a checkpoint can: the rows it names
// must still be there, with the same hash. The running portal writes one a few minutes after a
// change (ACTIVITY_CHECKPOINT_MINUTES) and `npm run audit:verify` writes one after each clean check.
// Copy the file off the database server (with the backups) for it to outlive a compromise there.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getDb, type PrismaClient } from "../db";
import { env } from "../env";
import { canonicalJson } from "../utils/canonical-json";
import { activityKey } from "./key";

export interface ChainHead {
  count: number;
  lastId: number;
  hash: string;
}

export interface Checkpoint extends ChainHead {
  at: string;
  /** Which database the checkpoint is of (databaseIdentity()): one file may serve several. */
  db: string;
  signature: string;
}

/**
 * The configured database, as a short digest (no password kept): the PostgreSQL URL without
 * credentials, or the PGlite directory. Checkpoints of other databases (a test run's, an old
 * development directory's) are ignored when verifying.
 */
export function databaseIdentity(): string {
  const e = env();
  let source: string;
  if (e.DATABASE_URL) {
    try {
      const url = new URL(e.DATABASE_URL);
      source = `postgres:${url.hostname}:${url.port}${url.pathname}`;
    } catch {
      source = "postgres:unparsable";
    }
  } else {
    source = `pglite:${path.resolve(e.PGLITE_DIR)}`;
  }
  return createHash("sha256").update(source).digest("hex").slice(0, 16);
}

function sign(head: Omit<Checkpoint, "signature">, key: Buffer): string {
  const payload = canonicalJson({ v: 1, at: head.at, db: head.db, count: head.count, lastId: head.lastId, hash: head.hash });
  return createHmac("sha256", key).update(`activity-checkpoint:${payload}`).digest("hex");
}

export function signCheckpoint(head: ChainHead, at: Date, key: Buffer = activityKey(), db: string = databaseIdentity()): Checkpoint {
  const stamped = { count: head.count, lastId: head.lastId, hash: head.hash, at: at.toISOString(), db };
  return { ...stamped, signature: sign(stamped, key) };
}

export function checkpointSignatureValid(checkpoint: Checkpoint, key: Buffer = activityKey()): boolean {
  const expected = Buffer.from(sign(checkpoint, key), "hex");
  const given = Buffer.from(String(checkpoint.signature), "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function checkpointFile(): string {
  return path.resolve(env().ACTIVITY_CHECKPOINT_FILE);
}

/** The head of the chain as committed now; null for an empty history. */
export async function readChainHead(db: PrismaClient): Promise<ChainHead | null> {
  const rows = await db.$queryRaw<{ id: number; hash: string; count: bigint | number }[]>`
    SELECT a."id", a."hash", (SELECT count(*) FROM "Activity" b WHERE b."id" <= a."id") AS "count"
    FROM "Activity" a ORDER BY a."id" DESC LIMIT 1`;
  const row = rows[0];
  return row ? { count: Number(row.count), lastId: Number(row.id), hash: row.hash } : null;
}

export async function writeCheckpoint(db: PrismaClient, now: Date = new Date()): Promise<Checkpoint | null> {
  const head = await readChainHead(db);
  if (!head) return null;
  const checkpoint = signCheckpoint(head, now);
  const file = checkpointFile();
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
  return checkpoint;
}

export type CheckpointRead = { checkpoints: Checkpoint[]; badLines: number[] };

/**
 * The checkpoints of the file for this database, with the line numbers whose content or
 * signature is wrong.
 */
export function readCheckpoints(file: string = checkpointFile(), db: string = databaseIdentity()): CheckpointRead {
  if (!existsSync(file)) return { checkpoints: [], badLines: [] };
  const checkpoints: Checkpoint[] = [];
  const badLines: number[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, index) => {
      if (line.trim() === "") return;
      try {
        const value = JSON.parse(line) as Checkpoint;
        if (typeof value.count === "number" && typeof value.lastId === "number" && typeof value.hash === "string" && checkpointSignatureValid(value)) {
          if (value.db === db) checkpoints.push(value);
          return;
        }
      } catch {
        // counted below
      }
      badLines.push(index + 1);
    });
  return { checkpoints, badLines };
}

let timer: ReturnType<typeof setTimeout> | undefined;

function intervalMinutes(): number {
  const e = env();
  return e.ACTIVITY_CHECKPOINT_MINUTES ?? (e.NODE_ENV === "test" ? 0 : 5);
}

/** After a change: a checkpoint of the head within ACTIVITY_CHECKPOINT_MINUTES (one pending at a time). */
export function scheduleCheckpoint(): void {
  const minutes = intervalMinutes();
  if (minutes === 0 || timer) return;
  timer = setTimeout(() => {
    timer = undefined;
    void getDb()
      .then((db) => writeCheckpoint(db))
      .catch((error: unknown) => console.error("Checkpoint riwayat perubahan gagal ditulis:", error));
  }, minutes * 60_000);
  timer.unref?.();
}
