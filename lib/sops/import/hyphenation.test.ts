import { describe, expect, it } from "vitest";
import { joinCellLines, joinWrapped } from "./hyphenation";
import { parseSopDocument } from "./parse";

describe("joinWrapped", () => {
  it("joins a word broken at the line end without the hyphen", () => {
    expect(joinWrapped("Mengarsip-", "kan berkas")).toBe("Mengarsipkan berkas");
    expect(joinCellLines(["Petugas Penga-", "dministrasi", "Umum"])).toBe("Petugas Pengadministrasi Umum");
  });
  it("joins a reduplication or a code wrapped at its hyphen whole, hyphen kept", () => {
    expect(joinWrapped("berkali-", "kali diperiksa")).toBe("berkali-kali diperiksa");
    expect(joinWrapped("kali-", "kali")).toBe("kali-kali");
    expect(joinWrapped("peraturan perundang-", "undangan")).toBe("peraturan perundang-undangan");
    expect(joinWrapped("Formulir SPM-", "LS")).toBe("Formulir SPM-LS");
    expect(joinWrapped("Pasal 5-", "7")).toBe("Pasal 5-7");
  });
  it("joins lines without a hyphen with one space", () => {
    expect(joinWrapped("Menerima", "berkas")).toBe("Menerima berkas");
    expect(joinWrapped("", "berkas")).toBe("berkas");
  });
});

describe("hyphenated wraps in a procedure table", () => {
  it("joins broken words of a column-laid-out activity cell and actor header", () => {
    const text = [
      "Nomor SOP        : 10/SOP/2025",
      "Nama SOP         : Penerimaan Barang",
      "",
      "No   Kegiatan                         Penyim-      Kepala       Waktu      Output",
      "                                      pan Barang   Gudang",
      "1    Menerima barang dan memerik-         X                     15 menit   Barang",
      "     sa kesesuaiannya",
      "2    Menandatangani berita acara                      X         10 menit   BA",
      "     serah terima berkali-",
      "     kali bila perlu",
    ].join("\n");
    const [sop] = parseSopDocument(text).sops;
    expect(sop.steps.map((s) => s.activity)).toEqual([
      "Menerima barang dan memeriksa kesesuaiannya",
      "Menandatangani berita acara serah terima berkali-kali bila perlu",
    ]);
    expect(sop.steps[0].actor).toBe("Penyimpan Barang");
  });
});
