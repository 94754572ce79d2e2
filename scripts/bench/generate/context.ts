// What every phase of the generator shares: the seeded random source, deterministic ids, the
// province's "today" (fixed, so a rerun writes the same dates) and the batched INSERT helper.
import type { PoolClient } from "pg";
import { GENERATOR_SEED, type ProvinceScale } from "../contract";

/** The generated province ends on this day: ten audit years 2017..2026. */
export const TODAY = new Date(Date.UTC(2026, 10, 27, 2, 0, 0));
export const FIRST_YEAR = 2017;
export const YEARS = Array.from({ length: 10 }, (_, i) => FIRST_YEAR + i);

/** mulberry32: small, fast and the same on every platform. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A weighted pick: [[value, weight], ...]. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, weight] of entries) {
      r -= weight;
      if (r < 0) return value;
    }
    return entries[entries.length - 1][0];
  }
}

/** Each phase draws from its own stream, so changing one phase never shifts another's data. */
export function randomFor(phase: string): Random {
  let h = GENERATOR_SEED >>> 0;
  for (const c of phase) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return new Random(h);
}

const KINDS = [
  "unit", "user", "grant", "sop", "soprev", "doc", "docrev", "dist", "ack", "prog", "round", "audit", "item",
  "finding", "ca", "cause", "caitem", "obj", "objrev", "meas", "policy", "review", "ragenda", "raction", "survey",
  "report", "sched", "meeting", "attendee", "docreview", "loan", "comp", "decision", "notif",
] as const;
export type IdKind = (typeof KINDS)[number];

/** A UUID-shaped id derived from the kind and a counter: the same id on every run. */
export function idOf(kind: IdKind, n: number): string {
  const k = (KINDS.indexOf(kind) + 1).toString(16).padStart(8, "0");
  return `${k}-b17e-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

export function scaled(scale: ProvinceScale, key: keyof ProvinceScale, min = 1): number {
  return Math.max(min, Math.round(scale[key]));
}

export const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
export const minDate = (a: Date, b: Date) => (a < b ? a : b);

export type Row = unknown[];

/**
 * Multi-row INSERT with parameters (PostgreSQL infers each parameter's type from its target
 * column: enums, jsonb, text[] all work), in statements of at most ~60,000 parameters.
 */
export async function insertRows(client: PoolClient, table: string, columns: readonly string[], rows: readonly Row[]): Promise<number> {
  const per = Math.max(1, Math.floor(60_000 / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  for (let start = 0; start < rows.length; start += per) {
    const chunk = rows.slice(start, start + per);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      if (row.length !== columns.length) throw new Error(`${table}: row has ${row.length} values for ${columns.length} columns`);
      const marks = row.map((value) => {
        params.push(paramOf(value));
        return `$${params.length}`;
      });
      return `(${marks.join(", ")})`;
    });
    await client.query(head + tuples.join(", "), params);
  }
  return rows.length;
}

/** A JSON value for a jsonb column (arrays would otherwise be sent as PostgreSQL arrays). */
export const json = (value: unknown): JsonParam => ({ __json: JSON.stringify(value) });
interface JsonParam {
  __json: string;
}

function paramOf(value: unknown): unknown {
  // UTC, as Prisma writes its timestamp columns, whatever the process's time zone.
  if (value instanceof Date) return value.toISOString();
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  if ("__json" in value) return (value as JsonParam).__json;
  return JSON.stringify(value);
}

/**
 * The same as insertRows with one array parameter per column (`unnest`), for very long tables:
 * a statement of 20,000 rows is parsed and planned as cheaply as one of a single row.
 * `types` are the PostgreSQL array element types ("text", "int4", "timestamp(3)", "jsonb").
 */
export async function insertColumns(client: PoolClient, table: string, columns: readonly string[], types: readonly string[], rows: readonly Row[]): Promise<number> {
  if (rows.length === 0) return 0;
  const arrays = columns.map((_, c) => rows.map((row) => paramOf(row[c])));
  const casts = types.map((t, i) => `$${i + 1}::${t}[]`).join(", ");
  await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT * FROM unnest(${casts})`, arrays);
  return rows.length;
}
