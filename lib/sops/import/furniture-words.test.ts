// Placeholders for a logo or a signature are page furniture: they never reach a field of the SOP.
import { describe, expect, it } from "vitest";
import { withoutLogo, withoutSignatureMarks } from "./furniture-words";
import { parseSopDocument } from "./parse";

describe("withoutLogo", () => {
  it.each([
    ["LOGO", ""],
    ["logo", ""],
    ["(Logo Pemda)", ""],
    ["[LOGO] PEMERINTAH KOTA TERNATE", "PEMERINTAH KOTA TERNATE"],
    ["<logo> DINAS PERPUSTAKAAN", "DINAS PERPUSTAKAAN"],
  ])("%s -> %s", (raw, expected) => expect(withoutLogo(raw)).toBe(expected));

  it("keeps text that only mentions a logo", () => {
    expect(withoutLogo("Logo instansi dicetak pada kop")).toBe("Logo instansi dicetak pada kop");
    expect(withoutLogo("Mendesain logo")).toBe("Mendesain logo");
  });
});

describe("withoutSignatureMarks", () => {
  it.each(["ttd", "ttd.", "(ttd)", "TTD", "[TTD]", "t.t.d."])("drops %s between position and name", (mark) => {
    expect(withoutSignatureMarks(`Kepala Dinas ${mark} Drs. Abdul Gani`)).toBe("Kepala Dinas Drs. Abdul Gani");
  });

  it("keeps words that merely start with the letters", () => {
    expect(withoutSignatureMarks("Kepala Bidang TTDK")).toBe("Kepala Bidang TTDK");
  });
});

const DOCUMENT = [
  " (Logo Pemda)",
  "                                     Nomor SOP          : 100/07/DPK/2023",
  "[LOGO] PEMERINTAH KOTA TERNATE       Tanggal Pembuatan  : 02-01-2023",
  "DINAS PERPUSTAKAAN DAN KEARSIPAN     Tanggal Revisi     : -",
  "BIDANG LAYANAN PERPUSTAKAAN          Tanggal Efektif    : 02-01-2023",
  "                                     Disahkan Oleh      : Kepala Dinas Perpustakaan",
  "                                                          (ttd)",
  "                                                          Drs. Abdul Gani",
  "                                     Nama SOP           : Peminjaman Buku",
  "",
  "Dasar Hukum :                                  Kualifikasi Pelaksana :",
  "1. Undang-Undang Nomor 43 Tahun 2007           1. Memahami katalog",
  "",
  "No   Kegiatan                          Pustakawan   Kepala Seksi   Kelengkapan   Waktu    Output",
  "1    Menerima kartu anggota            X                           Kartu         2 menit  Kartu",
  "2    Menyetujui peminjaman khusus                   X              Formulir      ¼ jam    Formulir",
  "\f                                                         logo",
  "Lampiran",
].join("\n");

describe("a laid-out SOP with logo and signature placeholders", () => {
  const [sop] = parseSopDocument(DOCUMENT).sops;

  it("keeps the unit lines without the logo, and the approver without the signature mark", () => {
    expect(sop.unit_lines).toEqual(["PEMERINTAH KOTA TERNATE", "DINAS PERPUSTAKAAN DAN KEARSIPAN", "BIDANG LAYANAN PERPUSTAKAAN"]);
    expect(sop.disahkan_oleh).toBe("Kepala Dinas Perpustakaan Drs. Abdul Gani");
  });

  it("does not glue the next page's logo onto the last step", () => {
    expect(sop.steps.map((s) => s.activity)).toEqual(["Menerima kartu anggota", "Menyetujui peminjaman khusus"]);
  });
});
