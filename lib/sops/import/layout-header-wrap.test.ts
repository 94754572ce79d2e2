// Header cells wrapped over lines in laid-out text: the label tail under "Waktu" and a name whose
// second word is "Pelaksana" are header, not body or a group label.
import { describe, expect, it } from "vitest";
import { parseSopDocument } from "./parse";

const IDENTITY = [
  "PEMERINTAH KABUPATEN MALUKU TENGAH   Nomor SOP          : 045/12/SETDA/2023",
  "SEKRETARIAT DAERAH                   Tanggal Pembuatan  : 02-01-2023",
  "BAGIAN UMUM                          Tanggal Efektif    : 02-01-2023",
  "                                     Disahkan Oleh      : Kepala Bagian Umum",
  "                                     Nama SOP           : Pengiriman Surat Dinas",
  "",
];

const BODY = [
  "",
  "1   Menerima konsep surat      X                                     Konsep          5 menit      Konsep",
  "2   Menandatangani surat                   X                         Surat           10 menit     Surat",
  "3   Mengirim surat                                      X            Buku ekspedisi  1 jam        Tanda terima",
];

const parse = (header: string[]) => parseSopDocument([...IDENTITY, ...header, ...BODY].join("\n")).sops[0];

describe("a wrapped Mutu Baku label below the No line", () => {
  const sop = parse([
    "NO  URAIAN KEGIATAN            Staf        Sekretaris   Kasubbag     Kelengkapan     Waktu        Keluaran",
    "                               Umum        Daerah       Tata         Berkas          Pengerjaan",
    "                                                        Usaha",
  ]);

  it("keeps every line of the actor names and leaves the label out of the first step", () => {
    expect(sop.actors).toEqual(["Staf Umum", "Sekretaris Daerah", "Kasubbag Tata Usaha"]);
    expect(sop.steps.map((s) => [s.actor, s.waktu_raw, s.kelengkapan])).toEqual([
      ["Staf Umum", "5 menit", "Konsep"],
      ["Sekretaris Daerah", "10 menit", "Surat"],
      ["Kasubbag Tata Usaha", "1 jam", "Buku ekspedisi"],
    ]);
  });
});

describe("'Pelaksana' as the second word of an actor name", () => {
  const sop = parse([
    "                               Pelaksana                             Mutu Baku",
    "                                           Kepala",
    "NO  URAIAN KEGIATAN            Staf        Pelaksana    Kasubbag     Kelengkapan     Waktu        Keluaran",
    "                               Umum        Harian       Tata Usaha",
  ]);

  it("is part of the name, while the group row above stays the group label", () => {
    expect(sop.actors).toEqual(["Staf Umum", "Kepala Pelaksana Harian", "Kasubbag Tata Usaha"]);
    expect(sop.steps[1].actor).toBe("Kepala Pelaksana Harian");
  });
});
