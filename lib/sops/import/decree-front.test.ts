// A decree in front of its SOPs: its list of SOPs and its signature are no SOP, and the "Lampiran
// ..." line printed at the top of every SOP page is page furniture.
import { describe, expect, it } from "vitest";
import { parseSopDocument, parseSopRows } from "./parse";
import { rowsFromText } from "./rows-from-text";

const sopPage = (nomor: string, nama: string, step: string) =>
  [
    "                 Salinan Peraturan Kepala Dinas Nomor 12 Tahun 2023",
    "",
    "DINAS KOMUNIKASI DAN INFORMATIKA       Nomor SOP         : " + nomor,
    "BIDANG PERSANDIAN                      Tanggal Efektif   : 1 Juni 2023",
    "                                       Disahkan Oleh     : Kepala Dinas",
    "                                       Nama SOP          : " + nama,
    "",
    "No   Kegiatan                           Operator   Kabid      Waktu      Output",
    `1    ${step.padEnd(35)}X                     1 jam      Dokumen`,
    "2    Melaporkan hasil                              X          30 menit   Laporan",
  ].join("\n");

const DOCUMENT = [
  "PERATURAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA",
  "NOMOR 12 TAHUN 2023",
  "",
  "Pasal 1   Standar operasional prosedur terdiri atas:",
  "",
  "          No    Nama SOP                          Nomor SOP",
  "          1     Pengamanan Informasi              045/SOP/01/2023",
  "          2     Penanganan Insiden Siber          045/SOP/02/2023",
  "",
  "                                         Ditetapkan di Manokwari",
  "                                         Disahkan oleh Kepala Dinas,",
  "                                         Ir. Yohanes Mandacan",
  `\f${sopPage("045/SOP/01/2023", "Pengamanan Informasi", "Memeriksa sertifikat")}`,
  `\f${sopPage("045/SOP/02/2023", "Penanganan Insiden Siber", "Mengisolasi sistem")}`,
].join("\n");

describe("a decree listing its SOPs in front of them", () => {
  const result = parseSopDocument(DOCUMENT);

  it("finds only the SOPs themselves", () => {
    expect(result.sops.map((s) => [s.nomor, s.nama, s.steps.length])).toEqual([
      ["045/SOP/01/2023", "Pengamanan Informasi", 2],
      ["045/SOP/02/2023", "Penanganan Insiden Siber", 2],
    ]);
  });

  it("gives no warning per page for the running 'Salinan ...' line", () => {
    expect(result.sops.flatMap((s) => s.warnings)).toEqual([]);
  });
});

describe("an identity-like block with no Nomor SOP, no sections and no table", () => {
  it("is no SOP, and the document says it skipped it", () => {
    const result = parseSopRows(rowsFromText(["Nama SOP\tDaftar SOP Dinas", "Disahkan oleh\tKepala Dinas"].join("\n")));
    expect(result.sops).toEqual([]);
    expect(result.warnings.map((w) => w.message).join(" ")).toMatch(/bukan SOP/);
  });

  it("stays an SOP when it has a Nomor SOP", () => {
    const result = parseSopRows(rowsFromText(["Nomor SOP\t12/2023", "Nama SOP\tSurat Cuti"].join("\n")));
    expect(result.sops.map((s) => s.nomor)).toEqual(["12/2023"]);
  });
});
