// The three full SOP collections, parsed end to end. Counts were verified by eye against the text.
import { describe, expect, it } from "vitest";
import { parseSopDocument } from "./parse";
import { parseResultSchema } from "./schema";
import { SEED_FILES, readSeed } from "./seed-files";
import type { ParseResult } from "./types";

const texts = {
  dinsos: readSeed(SEED_FILES.dinsosNtt),
  biro: readSeed(SEED_FILES.biroOrganisasiNtt),
  bpsmb: readSeed(SEED_FILES.bpsmbKaltim),
  juknis: readSeed(SEED_FILES.juknisBkd),
};

const results: Record<keyof typeof texts, ParseResult> = {
  dinsos: parseSopDocument(texts.dinsos, { fileName: SEED_FILES.dinsosNtt }),
  biro: parseSopDocument(texts.biro, { fileName: SEED_FILES.biroOrganisasiNtt }),
  bpsmb: parseSopDocument(texts.bpsmb, { fileName: SEED_FILES.bpsmbKaltim }),
  juknis: parseSopDocument(texts.juknis, { fileName: SEED_FILES.juknisBkd }),
};

const SOP_FILES = ["dinsos", "biro", "bpsmb"] as const;

describe("full seed documents", () => {
  it("finds every SOP: 117 in 001, 50 in 002, 8 in 003, none in 004", () => {
    expect(results.dinsos.sops).toHaveLength(117);
    expect(results.biro.sops).toHaveLength(50);
    expect(results.bpsmb.sops).toHaveLength(8);
    expect(results.juknis.sops).toHaveLength(0);
    expect(results.juknis.warnings[0].message).toMatch(/Tidak ditemukan SOP AP/);
    // The only document-level warning of an SOP collection is the skipped decree text before SOP 1.
    expect(results.dinsos.warnings.map((w) => w.message)).toEqual([
      "Baris 5–190 sebelum SOP pertama bukan bagian SOP (pembukaan dokumen); dilewati",
    ]);
    expect(results.biro.warnings).toHaveLength(1);
    expect(results.bpsmb.warnings).toHaveLength(1);
  });

  it("reads every step row: 775, 394 (6 repeated rows dropped) and 64 (2 title rows dropped)", () => {
    const steps = (r: ParseResult) => r.sops.reduce((n, s) => n + s.steps.length, 0);
    expect(steps(results.dinsos)).toBe(775);
    expect(steps(results.biro)).toBe(394);
    expect(steps(results.bpsmb)).toBe(64);
  });

  it("gives each SOP a nomor or a nama, and steps or a warning saying why not", () => {
    for (const key of SOP_FILES) {
      for (const sop of results[key].sops) {
        expect(sop.nomor ?? sop.nama, `${key} line ${sop.source_line}`).toBeTruthy();
        if (sop.steps.length === 0) {
          expect(sop.warnings.map((w) => w.message)).toContain("Tabel prosedur tidak ditemukan; SOP ini tidak memiliki langkah");
        }
        if (!sop.nama) expect(sop.warnings.map((w) => w.message)).toContain("Nama/Judul SOP tidak ditemukan atau kosong");
      }
    }
  });

  it("knows which SOPs print no procedure table and which print no title", () => {
    const withoutSteps = (r: ParseResult) => r.sops.filter((s) => s.steps.length === 0).map((s) => s.nomor);
    expect(withoutSteps(results.dinsos)).toEqual(["66 Tahun 2023", "85 Tahun 2023", "88 Tahun 2023", "98 Tahun 2023", "112 Tahun 2023"]);
    expect(results.biro.sops.filter((s) => s.steps.length === 0).map((s) => s.nama)).toEqual([
      "Penyusunan Laporan Bulanan, Triwulan, Semester dan Tahunan",
      "Penyusunan Draft Surat Keputusan Gubernur NTT",
    ]);
    expect(withoutSteps(results.bpsmb)).toEqual([]);
    expect(results.dinsos.sops.filter((s) => !s.nama)).toHaveLength(0);
    expect(results.biro.sops.filter((s) => !s.nama).map((s) => s.source_line)).toEqual([963, 1834]);
  });

  it("keeps the output consistent: schema, actors, totals, line numbers", () => {
    for (const key of SOP_FILES) {
      const r = results[key];
      expect(parseResultSchema.safeParse(r).success).toBe(true);
      const lineCount = texts[key].split(/\r\n|\r|\n/).length;
      for (const sop of r.sops) {
        expect(texts[key].split("\n")[sop.source_line - 1]).toMatch(/Nomor SOP|Nama SOP|Judul SOP/i);
        const sum = sop.steps.reduce((n, s) => n + (s.waktu_minutes ?? 0), 0);
        expect(sop.total_minutes).toBeCloseTo(sum, 5);
        for (const step of sop.steps) {
          if (step.actor !== null) expect(sop.actors).toContain(step.actor);
          expect(step.actor === null).toBe(step.actor_confidence === "unknown");
        }
        for (const w of sop.warnings) {
          expect(w.line).toBeGreaterThanOrEqual(1);
          expect(w.line).toBeLessThanOrEqual(lineCount);
        }
      }
    }
  });

  it("reads the QMS SOPs named in the domain guide", () => {
    const byName = (r: ParseResult, name: string) => r.sops.find((s) => s.nama === name);
    const audit = byName(results.dinsos, "Pelaksanaan Audit Internal Sertifikasi ISO 9001:2015");
    expect(audit?.nomor).toBe("17 Tahun 2020");
    expect(audit?.actors).toContain("Lead Auditor");
    const rtm = byName(results.dinsos, "Pelaksanaan Rapat Tinjauan Manajemen");
    expect(rtm?.steps).toHaveLength(13);
    expect(byName(results.biro, "Layanan Pengaduan")?.steps).toHaveLength(32);
    const kum = byName(results.bpsmb, "Kaji Ulang Manajemen");
    expect(kum?.total_minutes).toBe(1640);
    const akreditasi = byName(results.bpsmb, "Akreditasi/Surveilan Laboratorium");
    expect(akreditasi?.steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10, 10, 11]);
  });

  it("counts the actor evidence", () => {
    const count = (r: ParseResult, c: string) => r.sops.flatMap((s) => s.steps).filter((s) => s.actor_confidence === c).length;
    // Seed 003 prints no flowchart markers and no names in the activities.
    expect(count(results.bpsmb, "certain") + count(results.bpsmb, "inferred")).toBe(0);
    // 001: 123 certain, 380 inferred, 272 unknown of 775; 002: 32 / 237 / 125 of 394.
    expect(count(results.dinsos, "certain")).toBeGreaterThanOrEqual(120);
    expect(count(results.dinsos, "inferred")).toBeGreaterThanOrEqual(350);
    expect(count(results.biro, "certain")).toBeGreaterThanOrEqual(30);
    expect(count(results.biro, "inferred")).toBeGreaterThanOrEqual(220);
  });
});
