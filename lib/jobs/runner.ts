// Runs one job under a PostgreSQL advisory lock: with several app servers (or a manual run while
// the scheduler runs) only one runs a job at a time; the others skip it. The lock is a
// transaction lock, so it is released whatever happens to the process. Within one process a job
// never overlaps itself either (PGlite has one connection, where the lock alone cannot tell).
import type { PrismaClient } from "../db";
import { ALL_ZONES, type Job, type JobScope } from "./types";

/** The advisory-lock namespace of jobs (the two-int key space; hashtext(name) is the second). */
const JOB_LOCK_NAMESPACE = 7311;
const JOB_TIMEOUT_MS = 10 * 60_000;

export type JobOutcome = { status: "done"; count: number } | { status: "skipped"; reason: string };

const running = new Set<string>();

export async function runJob(db: PrismaClient, job: Job, now: Date = new Date(), scope: JobScope = ALL_ZONES): Promise<JobOutcome> {
  if (running.has(job.name)) return { status: "skipped", reason: "masih berjalan di proses ini" };
  running.add(job.name);
  try {
    return await db.$transaction(
      async (tx) => {
        const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`
          SELECT pg_try_advisory_xact_lock(${JOB_LOCK_NAMESPACE}::int, hashtext(${job.name})) AS locked`;
        if (!locked) return { status: "skipped", reason: "sedang dijalankan server lain" } as const;
        return { status: "done", count: await job.run(tx, now, scope) } as const;
      },
      { timeout: JOB_TIMEOUT_MS, maxWait: 60_000 },
    );
  } finally {
    running.delete(job.name);
  }
}
