// The hash chain of the change history: each row hashes its own content and the previous
// row's hash, so changing or removing any row breaks every hash after it.
import { createHash } from "node:crypto";

export interface ChainedContent {
  at: Date;
  actorId: string | null;
  actorLabel: string | null;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  prevHash: string;
}

/** JSON with object keys sorted, so PostgreSQL's jsonb key order cannot change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function hashActivity(content: ChainedContent): string {
  const payload = canonicalJson({ ...content, at: content.at.toISOString() });
  return createHash("sha256").update(payload).digest("hex");
}

/** Plain JSON (dates as ISO strings) as it will read back from a jsonb column. */
export function toJsonSnapshot(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}
