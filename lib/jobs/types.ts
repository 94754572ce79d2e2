// A scheduled job: a module adds one file exporting a Job and one line in registry.ts.
import type { Tx } from "../db";

export interface JobScope {
  /** Only agencies in these time zones (the scheduler runs each zone at its own local hour); null: all. */
  timeZones: readonly string[] | null;
}

export interface Job {
  /** Kebab-case name for `npm run jobs:run -- NAME` and the logs. */
  name: string;
  /** What it does, in Indonesian. */
  description: string;
  /** The local hour (in each agency's time zone) at which it runs every day. */
  hour: () => number;
  /**
   * Runs inside one transaction that holds the job's advisory lock; returns how many things it did
   * (notifications written, digests queued). Must be idempotent: a rerun changes nothing.
   */
  run(tx: Tx, now: Date, scope: JobScope): Promise<number>;
}

export const ALL_ZONES: JobScope = { timeZones: null };

export function inScope(scope: JobScope, timeZone: string): boolean {
  return scope.timeZones === null || scope.timeZones.includes(timeZone);
}
