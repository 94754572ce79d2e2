import { describe, expect, it } from "vitest";
import type { SopContentInput } from "@/lib/sops/content";
import {
  actionLabel,
  fileProblems,
  importItems,
  shownAction,
  uncertainSteps,
  warningPlace,
  withActor,
  withName,
  type DraftSop,
} from "./sop-import-form-state";

const MB = 1024 * 1024;

function content(): SopContentInput {
  const step = { kelengkapan: null, waktu_raw: "30 menit", waktu_minutes: 30, output: null, keterangan: null };
  return {
    nomor: "900/01/2026", nama: "Verifikasi Laporan", unit_lines: ["SUB BAGIAN KEUANGAN"], tanggal_pembuatan: null,
    tanggal_revisi: null, tanggal_efektif: null, disahkan_oleh: null, disahkan_oleh_nip: null, dasar_hukum: [],
    kualifikasi: [], keterkaitan: [], peralatan: [], peringatan: null, pencatatan: null,
    actors: ["Bendahara", "Kasubag Keuangan"],
    steps: [
      { ...step, no: 1, activity: "Menghimpun data", actor: "Bendahara", actor_confidence: "certain" },
      { ...step, no: 2, activity: "Memeriksa data", actor: null, actor_confidence: "unknown" },
      { ...step, no: 3, activity: "Menandatangani", actor: "Kasubag Keuangan", actor_confidence: "inferred" },
    ],
  };
}

function draft(key: string, overrides: Partial<DraftSop> = {}): DraftSop {
  return {
    key, fileName: "a.txt", readName: "Verifikasi Laporan", content: content(), warnings: [], unitId: "u1",
    match: { unitId: "u1", unitName: "Sub Bagian Keuangan", lines: ["SUB BAGIAN KEUANGAN"], outsideScope: false },
    unitLines: ["SUB BAGIAN KEUANGAN"], include: true, outcome: { action: "create", nextRevisionNo: 1 }, ...overrides,
  };
}

describe("the files chosen for an upload", () => {
  it("are refused before sending when there are none, too many, of another type or too large", () => {
    expect(fileProblems([])).toEqual(["Pilih minimal satu berkas SOP."]);
    const many = Array.from({ length: 21 }, (_, i) => ({ name: `${i}.txt`, size: 10 }));
    expect(fileProblems(many)).toEqual(["Paling banyak 20 berkas sekali unggah (dipilih 21)."]);
    expect(fileProblems([{ name: "a.xlsx", size: 10 }, { name: "b.txt", size: 3 * MB }, { name: "c.pdf", size: 3 * MB }, { name: "d.pdf", size: 21 * MB }])).toEqual([
      "a.xlsx: jenis berkas .xlsx tidak didukung.",
      "b.txt: berkas terlalu besar (maksimal 2 MB).",
      "d.pdf: berkas terlalu besar (maksimal 20 MB).",
    ]);
    expect(fileProblems([{ name: "SOP.PDF", size: 5 * MB }, { name: "b.docx", size: MB }])).toEqual([]);
  });
});

describe("an SOP of the preview", () => {
  it("places a warning on its page and line", () => {
    expect(warningPlace({ line: 14, page: 2, message: "x" })).toBe("hlm. 2, baris 14");
    expect(warningPlace({ line: 7, message: "x" })).toBe("baris 7");
  });

  it("takes a Pelaksana the user picks as certain, and a cleared one as unknown", () => {
    const sop = draft("0-0");
    expect(uncertainSteps(sop)).toBe(2);
    const picked = withActor(sop, 1, "Kasubag Keuangan");
    expect(picked.content.steps[1]).toMatchObject({ actor: "Kasubag Keuangan", actor_confidence: "certain" });
    expect(uncertainSteps(picked)).toBe(1);
    expect(withActor(picked, 0, null).content.steps[0]).toMatchObject({ actor: null, actor_confidence: "unknown" });
    expect(sop.content.steps[1].actor).toBeNull();
  });

  it("sends only the SOPs kept whose content is valid, with their chosen unit", () => {
    const sops = [
      draft("0-0"),
      draft("0-1", { include: false }),
      withName(draft("1-0"), "ab"),
      draft("1-1", { unitId: "u2", fileName: "b.pdf" }),
    ];
    expect(sops.map(shownAction)).toEqual(["create", "excluded", "invalid", "create"]);
    expect(actionLabel(sops[2])).toBe("Perlu diperbaiki");
    const { keys, input } = importItems(sops);
    expect(keys).toEqual(["0-0", "1-1"]);
    expect(input.sops.map((s) => [s.fileName, s.unitId, s.content.nama])).toEqual([
      ["a.txt", "u1", "Verifikasi Laporan"],
      ["b.pdf", "u2", "Verifikasi Laporan"],
    ]);
  });

  it("says what the import will do", () => {
    expect(actionLabel(draft("0", { outcome: { action: "revise", nextRevisionNo: 3 } }))).toBe("Revisi 3");
    expect(actionLabel(draft("0", { outcome: { action: "unchanged" } }))).toBe("Tidak berubah");
    expect(actionLabel(draft("0", { outcome: { action: "skip", skipReason: "SOP yang sama sudah muncul" } }))).toBe("Dilewati: SOP yang sama sudah muncul");
    expect(actionLabel(draft("0", { include: false }))).toBe("Dilewati: tidak disertakan");
  });
});
