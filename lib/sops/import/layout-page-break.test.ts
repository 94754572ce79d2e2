// A procedure table row broken across a page: its tail at the top of the next page (under a running
// header and the repeated table header) continues that row, not the next numbered one.
import { describe, expect, it } from "vitest";
import { parseSopDocument } from "./parse";

const IDENTITY = [
  "PEMERINTAH PROVINSI PAPUA BARAT     Nomor SOP          : 027/04/BPKAD/2023",
  "BADAN PENGELOLAAN KEUANGAN          Tanggal Pembuatan  : 02-01-2023",
  "BIDANG ASET                         Tanggal Efektif    : 02-01-2023",
  "                                    Disahkan Oleh      : Kepala Badan",
  "                                    Nama SOP           : Penghapusan Barang Milik Daerah",
  "",
];
const HEADER = "No   Kegiatan                         Pengurus    Kabid     Kelengkapan    Waktu     Output";

const steps = (pageTwo: string[]) =>
  parseSopDocument(
    [
      ...IDENTITY,
      HEADER,
      "",
      "1    Menginventarisasi barang rusak   X                     Daftar barang  1 hari    Daftar",
      "",
      "2    Memeriksa kondisi fisik barang   X                     Daftar barang  2 hari    Berita",
      "     bersama tim penilai yang                                                        acara",
      `\f${pageTwo.join("\n")}`,
    ].join("\n"),
  ).sops[0]?.steps.map((s) => [s.no, s.activity]);

describe("a row broken across a page", () => {
  const tail = ["     ditunjuk oleh kepala badan", "", "3    Mengusulkan penghapusan                      X         Berita acara   1 hari    Usulan"];

  it("joins the tail to its row under a running title and the repeated header", () => {
    expect(steps(["Dokumen Terkendali BPKAD Papua Barat", "", HEADER, "", ...tail])).toEqual([
      [1, "Menginventarisasi barang rusak"],
      [2, "Memeriksa kondisi fisik barang bersama tim penilai yang ditunjuk oleh kepala badan"],
      [3, "Mengusulkan penghapusan"],
    ]);
  });

  it("joins it without a repeated header and without a blank line before the next row", () => {
    expect(steps([tail[0], tail[2]])[1]).toEqual([2, "Memeriksa kondisi fisik barang bersama tim penilai yang ditunjuk oleh kepala badan"]);
  });

  it("keeps a page that starts with a new numbered row as it is", () => {
    expect(steps([HEADER, "", tail[2]])).toEqual([
      [1, "Menginventarisasi barang rusak"],
      [2, "Memeriksa kondisi fisik barang bersama tim penilai yang"],
      [3, "Mengusulkan penghapusan"],
    ]);
  });
});
