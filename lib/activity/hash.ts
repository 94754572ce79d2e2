// The hash chain of the change history: each row hashes its own content and the previous
// row's hash, so changing or removing any row breaks every hash after it.
//
// Two schemes, told apart by the stored hash: rows written before keyed hashing (plain SHA-256,
// 64 hex digits) keep their hash and stay verifiable; every row since carries "k1:" and an
// HMAC-SHA256 under the key from key.ts, so re-hashing or forging rows needs that key. Once the
// chain has a keyed row, every later row must be keyed.
import { createHash, createHmac } from "node:crypto";
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

export const KEYED_PREFIX = "k1:";

function payloadOf(content: ChainedContent): string {
  return canonicalJson({ ...content, at: content.at.toISOString() });
}

/** The legacy, unkeyed hash of rows written before keyed hashing. */
export function hashActivity(content: ChainedContent): string {
  return createHash("sha256").update(payloadOf(content)).digest("hex");
}

/** The keyed hash every new row carries. */
export function keyedHashActivity(content: ChainedContent, key: Buffer): string {
  return KEYED_PREFIX + createHmac("sha256", key).update(payloadOf(content)).digest("hex");
}

export function isKeyedHash(hash: string): boolean {
  return hash.startsWith(KEYED_PREFIX);
}

/** Plain JSON (dates as ISO strings) as it will read back from a jsonb column. */
export function toJsonSnapshot(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}
