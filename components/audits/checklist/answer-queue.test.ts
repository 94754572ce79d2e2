import { describe, expect, it } from "vitest";
import { afterSaved, queueKey, readQueue, writeQueue } from "./answer-queue";

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map };
}

describe("the answer queue", () => {
  it("keeps pending answers per audit and forgets an empty queue", () => {
    const storage = memoryStorage();
    writeQueue(storage, "a1", { i1: { id: "i1", version: 2, answer: "SESUAI" } });
    expect(readQueue(storage, "a1")).toEqual({ i1: { id: "i1", version: 2, answer: "SESUAI" } });
    expect(readQueue(storage, "a2")).toEqual({});
    writeQueue(storage, "a1", {});
    expect(storage.map.has(queueKey("a1"))).toBe(false);
  });
  it("reads a damaged entry as empty", () => {
    const storage = memoryStorage();
    storage.setItem(queueKey("a1"), "{not json");
    expect(readQueue(storage, "a1")).toEqual({});
  });
  it("drops a saved answer, or moves a newer one onto the new version", () => {
    const sent = { id: "i1", version: 2, answer: "SESUAI" as const };
    expect(afterSaved({ i1: sent, i2: { id: "i2", version: 1, answer: "OBSERVASI" as const } }, sent, 3)).toEqual({ i2: { id: "i2", version: 1, answer: "OBSERVASI" } });
    const newer = { id: "i1", version: 2, answer: "KTS_MINOR" as const, evidenceNote: "x" };
    expect(afterSaved({ i1: newer }, sent, 3)).toEqual({ i1: { ...newer, version: 3 } });
  });
});
