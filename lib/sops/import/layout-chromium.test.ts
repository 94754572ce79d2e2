// Real pdftotext -layout output of SOPs printed to PDF by Chromium (see __layout__/README.md): the
// rows must hold what the HTML tables held, cell for cell.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readLayout } from "./layout-reader";
import { isColumnLaidOut, textToPages } from "./layout-text";

const text = readFileSync(new URL("./__layout__/chromium-two-sops.txt", import.meta.url), "utf8");
const rows = readLayout(textToPages(text));
const ACTORS = ["Kepala Dinas", "Sekretaris", "Kasubag Umum", "Pengadministrasi"];

/** [no, actor, Kelengkapan, Waktu, Output] of each step, as written in the HTML. */
const SOP_1: [number, string, string, string, string][] = [
  [1, "Sekretaris", "Lembar disposisi", "30 detik", "Surat keluar yang telah ditandatangani"],
  [2, "Pengadministrasi", "Surat masuk", "2 hari", "Agenda"],
  [3, "Pengadministrasi", "Konsep surat", "2 hari", "Agenda"],
  [4, "Sekretaris", "Buku agenda, surat", "2 hari", "Surat keluar yang telah ditandatangani"],
  [5, "Pengadministrasi", "Buku agenda, surat", "10 menit", "Agenda"],
  [6, "Sekretaris", "Buku agenda, surat", "5 menit", "Surat keluar yang telah ditandatangani"],
  [7, "Kepala Dinas", "Lembar disposisi", "2 hari", "Agenda"],
  [8, "Kasubag Umum", "Surat masuk", "30 detik", "Disposisi"],
  [9, "Pengadministrasi", "Buku agenda, surat", "1 jam", "Surat keluar yang telah ditandatangani"],
  [10, "Pengadministrasi", "Lembar disposisi", "30 detik", "Agenda"],
  [11, "Kepala Dinas", "Lembar disposisi", "1 jam", "Agenda"],
  [12, "Kasubag Umum", "Buku agenda, surat", "30 detik", "Disposisi"],
  [13, "Pengadministrasi", "Konsep surat", "2 hari", "Surat keluar yang telah ditandatangani"],
  [14, "Pengadministrasi", "Lembar disposisi", "30 detik", "Surat keluar yang telah ditandatangani"],
  [15, "Kepala Dinas", "Konsep surat", "2 hari", "Surat keluar yang telah ditandatangani"],
  [16, "Sekretaris", "Konsep surat", "2 hari", "Surat keluar yang telah ditandatangani"],
];
const SOP_2: [number, string, string, string, string][] = [
  [1, "Kepala Dinas", "Lembar disposisi", "2 hari", "Disposisi"],
  [2, "Kasubag Umum", "Surat masuk", "5 menit", "Disposisi"],
  [3, "Pengadministrasi", "Surat masuk", "30 detik", "Agenda"],
  [4, "Pengadministrasi", "Lembar disposisi", "5 menit", "Disposisi"],
  [5, "Pengadministrasi", "Buku agenda, surat", "5 menit", "Agenda"],
];

/** Step rows of the table whose header row is at index `header`. */
function stepsAfter(header: number): [number, string, string, string, string][] {
  const out: [number, string, string, string, string][] = [];
  for (const r of rows.slice(header + 2)) {
    if (!/^\d+$/.test(r.cells[0]) || r.cells.length !== 10) break;
    const marked = r.cells.slice(2, 6).flatMap((c, i) => (c === "X" ? [ACTORS[i]] : []));
    out.push([Number(r.cells[0]), marked.join("+"), r.cells[6], r.cells[7], r.cells[8]]);
  }
  return out;
}

describe("Chromium PDF through pdftotext -layout", () => {
  const headers = rows.flatMap((r, i) => (r.cells[0] === "No" ? [i] : []));

  it("is recognised as column-laid-out text", () => {
    expect(isColumnLaidOut(text)).toBe(true);
  });

  it("finds both tables once each (the header repeated after the page break is dropped)", () => {
    expect(headers).toHaveLength(2);
    for (const h of headers) {
      expect(rows[h].cells).toEqual(["No", "Uraian Kegiatan", "Pelaksana", "", "", "", "Mutu Baku", "", "", "Keterangan"]);
      expect(rows[h + 1].cells).toEqual(["", "", ...ACTORS, "Kelengkapan", "Waktu", "Output", ""]);
    }
  });

  it("reads every step of both SOPs with its actor, Kelengkapan, Waktu and Output", () => {
    expect(stepsAfter(headers[0])).toEqual(SOP_1);
    expect(stepsAfter(headers[1])).toEqual(SOP_2);
  });

  it("keeps each activity whole, wrapped lines joined, and the step number apart", () => {
    const step = (n: number) => rows.find((r, i) => i > headers[0] && r.cells[0] === String(n))!;
    expect(step(3).cells[1]).toBe("Memeriksa isi surat dan memberikan disposisi kepada Kepala Bidang terkait sesuai dengan substansi surat");
    expect(step(10).cells[1]).toBe("Mengarsipkan surat");
    expect(step(12)).toMatchObject({ page: 4 });
  });

  it("writes each identity block with the organisation first and the decree as plain rows", () => {
    const cells = rows.map((r) => r.cells);
    expect(cells.slice(0, 4)).toEqual([
      ["KEPUTUSAN KEPALA DINAS SOSIAL"],
      ["NOMOR 5 TAHUN 2023"],
      ["TENTANG STANDAR OPERASIONAL PROSEDUR"],
      ["Menimbang : bahwa untuk kelancaran tugas perlu ditetapkan SOP."],
    ]);
    expect(cells.slice(4, 14)).toEqual([
      ["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR"],
      ["DINAS SOSIAL"],
      ["SEKRETARIAT"],
      ["No. SOP", "12/SOP/2023"],
      ["Tgl Pembuatan", "2 Januari 2023"],
      ["Tgl Revisi", "-"],
      ["Tgl Efektif", "1 Maret 2023"],
      ["Disahkan oleh", "Kepala Dinas Sosial"],
      ["YOSEF RASI, S.Sos, M.Si"],
      ["NIP. 19700629 199903 1 005"],
    ]);
    expect(cells).toContainEqual(["Nama/Judul SOP", "Penanganan Surat Keluar"]);
  });
});
