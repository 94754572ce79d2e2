// Mutated seed text (lines dropped, duplicated, shuffled, truncated, random bytes inserted) must
// never make the parser throw, and the result must keep its shape.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSopDocument } from "./parse";
import { parseResultSchema } from "./schema";
import { SEED_FILES, readSeed } from "./seed-files";

const lines = (name: string, from: number, to: number) => readSeed(name).split("\n").slice(from, to);
const BASES = [
  readSeed(SEED_FILES.bpsmbKaltim).split("\n"),
  lines(SEED_FILES.dinsosNtt, 180, 480),
  lines(SEED_FILES.biroOrganisasiNtt, 120, 460),
  lines(SEED_FILES.biroOrganisasiNtt, 1225, 1320),
];

type Mutation =
  | { kind: "drop"; at: number; count: number }
  | { kind: "duplicate"; at: number; count: number }
  | { kind: "shuffle"; at: number; size: number; seed: number }
  | { kind: "truncate"; at: number }
  | { kind: "cut"; at: number; pos: number }
  | { kind: "bytes"; at: number; pos: number; bytes: Uint8Array };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("drop" as const), at: fc.nat(), count: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), count: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant("shuffle" as const), at: fc.nat(), size: fc.integer({ min: 2, max: 40 }), seed: fc.nat() }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat(), pos: fc.nat() }),
  fc.record({ kind: fc.constant("bytes" as const), at: fc.nat(), pos: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 60 }) }),
);

function apply(base: string[], mutations: Mutation[]): string {
  let ls = [...base];
  for (const m of mutations) {
    if (ls.length === 0) break;
    const at = m.at % ls.length;
    switch (m.kind) {
      case "drop":
        ls.splice(at, m.count);
        break;
      case "duplicate":
        ls.splice(at, 0, ...ls.slice(at, at + m.count));
        break;
      case "shuffle": {
        const window = ls.slice(at, at + m.size);
        let s = m.seed;
        for (let i = window.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) % 2147483648;
          const j = s % (i + 1);
          [window[i], window[j]] = [window[j], window[i]];
        }
        ls.splice(at, window.length, ...window);
        break;
      }
      case "truncate":
        ls = ls.join("\n").slice(0, m.at % (ls.join("\n").length + 1)).split("\n");
        break;
      case "cut":
        ls[at] = ls[at].slice(0, m.pos % (ls[at].length + 1));
        break;
      case "bytes": {
        const line = ls[at];
        const pos = m.pos % (line.length + 1);
        ls[at] = line.slice(0, pos) + String.fromCharCode(...m.bytes) + line.slice(pos);
        break;
      }
    }
  }
  return ls.join("\n");
}

function checkResult(text: string) {
  const result = parseSopDocument(text);
  const parsed = parseResultSchema.safeParse(result);
  expect(parsed.success).toBe(true);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const w of [...result.warnings, ...result.sops.flatMap((s) => s.warnings)]) {
    expect(w.line).toBeGreaterThanOrEqual(1);
    expect(w.line).toBeLessThanOrEqual(Math.max(1, lineCount));
  }
  for (const sop of result.sops) {
    for (const step of sop.steps) if (step.actor !== null) expect(sop.actors).toContain(step.actor);
  }
}

describe("parser robustness (fast-check)", () => {
  it("never throws on mutated seed text and keeps the output shape", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: BASES.length - 1 }), fc.array(mutation, { maxLength: 8 }), (base, mutations) => {
        checkResult(apply(BASES[base], mutations));
      }),
      { numRuns: 60, seed: 20240709 },
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        checkResult(text);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it("never throws on random table-like text", () => {
    const cell = fc.constantFrom("", "No.", "Tahap Kegiatan", "Mulai", "Selesai", "5 menit", "∞", "Nomor SOP", "Nama SOP", "Dasar Hukum :", "<ol>1. A;2. B", "Kepala Dinas", "1.", "<pre>", "Mutu Baku", "Waktu (menit)");
    const line = fc.array(cell, { maxLength: 12 }).map((cells) => cells.join("\t"));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (ls) => {
        checkResult(ls.join("\n"));
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it("accepts input that is not a string without throwing", () => {
    for (const odd of [undefined, null, 42, {}]) {
      expect(() => parseSopDocument(odd as unknown as string)).not.toThrow();
    }
  });
});
