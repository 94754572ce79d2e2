import { describe, expect, it } from "vitest";
import { canonicalJson, hashActivity } from "./hash";

const base = {
  at: new Date("2026-11-23T08:00:00.123Z"),
  actorId: "a",
  actorLabel: "Admin",
  entity: "unit",
  entityId: "u1",
  action: "update",
  before: { name: "Lama", code: "x" },
  after: { code: "x", name: "Baru" },
  reason: null,
  prevHash: "0".repeat(64),
};

describe("activity hashing", () => {
  it("does not depend on the key order that jsonb may return", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 4, e: 5 }] } })).toBe('{"a":{"c":[3,{"e":5,"f":4}],"d":2},"b":1}');
    const reordered = { ...base, before: { code: "x", name: "Lama" } };
    expect(hashActivity(reordered)).toBe(hashActivity(base));
  });

  it("changes when any content or the link to the previous row changes", () => {
    const original = hashActivity(base);
    expect(hashActivity({ ...base, after: { code: "x", name: "Palsu" } })).not.toBe(original);
    expect(hashActivity({ ...base, at: new Date("2026-11-23T08:00:00.124Z") })).not.toBe(original);
    expect(hashActivity({ ...base, prevHash: "1".repeat(64) })).not.toBe(original);
    expect(hashActivity({ ...base, reason: "x" })).not.toBe(original);
  });
});
