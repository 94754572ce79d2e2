import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { parseSopDocument } from "./import";
import { parseOffThread } from "./parse-off-thread";

const seed = readFileSync(path.join(import.meta.dirname, "..", "..", "seeds", "sop", "003_a6320db0dd9891d3.txt"), "utf8");

describe("parseOffThread", () => {
  it("gives what the parser gives in-process", async () => {
    const text = seed.slice(0, 20_000);
    const fallback = vi.spyOn(console, "warn");
    expect(await parseOffThread(text, "seed.txt")).toEqual(parseSopDocument(text, { fileName: "seed.txt" }));
    // Parsed by the worker, not by the in-process fallback.
    expect(fallback).not.toHaveBeenCalled();
  }, 30_000);

  it("stops a parse that takes longer than its time limit", async () => {
    await expect(parseOffThread(seed, "seed.txt", 1)).rejects.toThrow(/batas waktu/);
  });
});
