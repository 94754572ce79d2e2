// The hash chain of the change history: each row hashes its own content and the previous
// row's hash, so changing or removing any row breaks every hash after it.
import { createHash } from "node:crypto";
import { canonicalJson } from "../utils/canonical-json";

export { canonicalJson };

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

export function hashActivity(content: ChainedContent): string {
  const payload = canonicalJson({ ...content, at: content.at.toISOString() });
  return createHash("sha256").update(payload).digest("hex");
}

/** Plain JSON (dates as ISO strings) as it will read back from a jsonb column. */
export function toJsonSnapshot(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}
