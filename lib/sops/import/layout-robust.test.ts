// The layout reader takes whatever a PDF or a paste holds: random pages must never make it throw,
// and every row must point to a line that exists.
import { describe, expect, it } from "vitest";
import type { PositionedPage } from "./grid";
import { readLayout } from "./layout-reader";
import { textToPages } from "./layout-text";

/** Small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["No", "Kegiatan", "Aktivitas", "Pelaksana", "Mutu Baku", "Waktu", "Kelengkapan", "Output", "Keterangan", "Nomor SOP",
  "Disahkan oleh", "Nama SOP", "Dasar Hukum", "Kualifikasi", "X", "√", "1", "2", "12", "5 menit", "Halaman 1 dari 2", "Kepala Dinas",
  "menerima surat", "NIP 19800101 200501 1 001", ":", "(menit)", "-", "A. Melalui loket"];

function randomPages(seed: number): PositionedPage[] {
  const next = random(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  return Array.from({ length: 1 + Math.floor(next() * 3) }, (_, p) => ({
    page: p + 1,
    width: 600,
    lines: Array.from({ length: Math.floor(next() * 40) }, (_, i) => {
      let x = Math.floor(next() * 20);
      const chunks = Array.from({ length: 1 + Math.floor(next() * 6) }, () => {
        const text = pick(WORDS);
        const chunk = { text, x0: x, x1: x + text.length * 5 };
        x = chunk.x1 + 5 + Math.floor(next() * 60);
        return chunk;
      });
      const y = i * 12 + (next() < 0.2 ? 6 : 0);
      return { line: i + 1, y0: y, y1: y + 10, chunks };
    }),
    shapes: Array.from({ length: Math.floor(next() * 4) }, () => {
      const x0 = next() * 500;
      const y0 = next() * 400;
      return { kind: pick(["process", "decision", "terminator"] as const), x0, x1: x0 + 20, y0, y1: y0 + 10 };
    }),
  }));
}

describe("readLayout on anything", () => {
  it("never throws on random pages, and each row points to an existing line", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const pages = randomPages(seed);
      const rows = readLayout(pages);
      const known = new Set(pages.flatMap((p) => p.lines.map((l) => `${p.page}:${l.line}`)));
      for (const r of rows) {
        expect(known.has(`${r.page}:${r.line}`), `seed ${seed}`).toBe(true);
        expect(r.cells.length, `seed ${seed}`).toBeGreaterThan(0);
        expect(r.text).toBe(r.cells.join("\t"));
      }
    }
  });

  it("reads odd text without throwing: empty, only form feeds, a byte order mark, CRLF, a lone header", () => {
    expect(readLayout(textToPages(""))).toEqual([]);
    expect(readLayout(textToPages("\f\f\f"))).toEqual([]);
    expect(readLayout(textToPages("\uFEFFNomor SOP    12\r\nNama SOP    Uji\r\n")).map((r) => r.cells)).toEqual([
      ["Nomor SOP", "12"],
      ["Nama SOP", "Uji"],
    ]);
    expect(readLayout(textToPages("No   Kegiatan   Waktu")).map((r) => r.cells)).toEqual([
      ["No", "Kegiatan", "Mutu Baku"],
      ["", "", "Waktu"],
    ]);
  });
});
