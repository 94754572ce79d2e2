// The portal's print view of seed SOPs, printed to PDF by Chromium (tests/e2e/sop-pdf.spec.ts with
// SOP_PDF_SAVE_DIR), read back by the PDF import: each `__pdf__/print-view-*.json` holds what the
// page showed (name, number, actors, each step's activity, actor and minutes, the flowchart's
// decisions), which the import must give back exactly.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePdf } from "./pdf-parse";
import type { ParsedSop, ParseResult } from "./types";

interface Shown {
  nama: string;
  nomor: string;
  actors: string[];
  steps: { activity: string; actor: string | null; minutes: number | null }[];
  decisions: string[];
}

const FIXTURES = ["surat-keluar", "surat-masuk", "layanan-pengaduan"] as const;
const file = (name: string, ext: string) => path.join(import.meta.dirname, "__pdf__", `print-view-${name}.${ext}`);

const results = new Map<string, ParseResult>();
const shown = new Map<string, Shown>();
beforeAll(async () => {
  for (const name of FIXTURES) {
    results.set(name, await parsePdf(readFileSync(file(name, "pdf")), { fileName: `${name}.pdf` }));
    shown.set(name, JSON.parse(readFileSync(file(name, "json"), "utf8")) as Shown);
  }
});

const only = (name: string): ParsedSop => {
  const { sops } = results.get(name)!;
  expect(sops.map((s) => s.nama)).toEqual([shown.get(name)!.nama]);
  return sops[0];
};

describe("the print view read back", () => {
  it.each(FIXTURES)("%s: the SOP the page showed, step by step", (name) => {
    const sop = only(name);
    const truth = shown.get(name)!;
    expect(sop.nomor).toBe(truth.nomor);
    expect(sop.actors).toEqual(truth.actors);
    expect(sop.steps.map((s) => ({ activity: s.activity, actor: s.actor, minutes: s.waktu_minutes }))).toEqual(truth.steps);
    expect(sop.steps.flatMap((s, i) => (s.decision ? [String(s.no ?? i + 1)] : []))).toEqual(truth.decisions);
  });

  it("ends the table at its total row: the flowchart pages after it give no steps, one warning", () => {
    const sop = only("surat-keluar");
    expect(sop.steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(sop.steps.map((s) => s.decision ?? false)).toEqual([false, false, true, true, true, false]);
    expect(sop.warnings).toEqual([
      { page: 3, line: 2, message: "Hlm. 3 baris 2 – hlm. 6 baris 1 sesudah baris total waktu bukan langkah (mis. bagan alir); dilewati" },
    ]);
  });

  it("counts '1 Jam' and the '60 menit' printed under it once", () => {
    const step = only("surat-masuk").steps[5];
    expect(step.waktu_minutes).toBe(60);
  });

  it("reads the 12 actor names turned sideways in the header repeated on every page", () => {
    const sop = only("layanan-pengaduan");
    expect(sop.actors).toHaveLength(12);
    expect(sop.actors[10]).toBe("Kasubag TU Biro/Ketua Tim/Analisis Kebijakan Ahli Muda");
  });

  it("keeps each step whole: the No cell's part label (A.1) under its number, a line repeated at the foot of two pages, a word wrapped at its hyphen", () => {
    const sop = only("layanan-pengaduan");
    expect(sop.steps.map((s) => s.no)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(sop.steps[0].activity).toMatch(/^Menerima Pengguna Layanan\/Pengadu selanjutnya mengarahkan/);
    // Steps 12 and 20 both end a page with "pengaduan dan diteruskan": no running footer.
    expect(sop.steps[11].activity).toBe("Mengoreksi konsep surat jawaban/ tindaklanjut penanganan pengaduan dan diteruskan kepada Kepala Biro");
    expect(sop.steps[19].activity).toBe("Mengoreksi konsep surat jawaban/tindaklanjut penanganan pengaduan dan diteruskan kepada Kepala Biro");
    expect(sop.steps[30].activity).toMatch(/melaui SP4N-LAPOR!$/);
  });
});
