// Decisions read from a flowchart printed apart from the table: the portal's own print of
// "Penanganan Surat Keluar" draws steps 3, 4 and 5 as diamonds on the flowchart pages.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { PositionedPage } from "./grid";
import { readPdf } from "./pdf";
import { markFlowchartDecisions, numbersInDiamonds } from "./pdf-flowchart";
import type { ParsedSop, SopStep } from "./types";

let pages: PositionedPage[];
beforeAll(async () => {
  pages = await readPdf(readFileSync(path.join(import.meta.dirname, "__pdf__", "print-view-surat-keluar.pdf")));
});

const step = (no: number): SopStep => ({
  no,
  activity: `Langkah ${no}`,
  actor: null,
  actor_confidence: "unknown",
  kelengkapan: null,
  waktu_raw: null,
  waktu_minutes: null,
  output: null,
  keterangan: null,
});
const sop = (nama: string, count: number): ParsedSop => ({
  nomor: null,
  nama,
  unit_lines: [],
  tanggal_pembuatan: null,
  tanggal_revisi: null,
  tanggal_efektif: null,
  disahkan_oleh: null,
  disahkan_oleh_nip: null,
  dasar_hukum: [],
  kualifikasi: [],
  keterkaitan: [],
  peralatan: [],
  peringatan: null,
  pencatatan: null,
  actors: [],
  steps: Array.from({ length: count }, (_, i) => step(i + 1)),
  total_minutes: 0,
  warnings: [],
  source_line: 1,
});
const decided = (s: ParsedSop) => s.steps.filter((x) => x.decision).map((x) => x.no);

describe("flowchart decisions", () => {
  it("finds the step numbers printed inside the diamonds, page by page (not the legend's swatch, not the table's numbers)", () => {
    expect(pages.map((p) => [...numbersInDiamonds(p)].sort())).toEqual([[], [], [], [3, 4], [5], []]);
  });

  it("marks those steps of the SOP whose pages hold the diamonds, and no other SOP's", () => {
    const [only] = markFlowchartDecisions([sop("Penanganan Surat Keluar", 6)], [1], pages);
    expect(decided(only)).toEqual([3, 4, 5]);
    // Another SOP starting on page 5 takes page 5's diamond (step 5); the first keeps pages 1-4.
    const [first, second] = markFlowchartDecisions([sop("A", 6), sop("B", 6)], [1, 5], pages);
    expect(decided(first)).toEqual([3, 4]);
    expect(decided(second)).toEqual([5]);
  });

  it("leaves an SOP whose table drew its own diamonds as the table says", () => {
    const table = sop("Penanganan Surat Keluar", 6);
    table.steps[1] = { ...table.steps[1], decision: true };
    const [only] = markFlowchartDecisions([table], [1], pages);
    expect(decided(only)).toEqual([2]);
  });
});
