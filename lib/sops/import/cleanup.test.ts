import { describe, expect, it } from "vitest";
import { cleanText, findNumberMarkers, isPageNoise, splitListItems } from "./cleanup";

describe("cleanText", () => {
  it("removes tags, entities and markdown emphasis", () => {
    expect(cleanText(" <p>PEMERINTAH PROVINSI NUSA TENGGARA TIMUR</p>")).toBe("PEMERINTAH PROVINSI NUSA TENGGARA TIMUR");
    expect(cleanText("Kepala Dinas <u>Heni Purwaningsih, S.Si., M.Si.</u> NIP. 197303141998032009")).toBe(
      "Kepala Dinas Heni Purwaningsih, S.Si., M.Si. NIP. 197303141998032009",
    );
    expect(cleanText("**DINAS SOSIAL**")).toBe("DINAS SOSIAL");
    expect(cleanText("Pengangkatan Anak Melalui Adopsi Khusus (<i>Private Adoption</i>)")).toBe(
      "Pengangkatan Anak Melalui Adopsi Khusus (Private Adoption)",
    );
    expect(cleanText("A&amp;B<br>C")).toBe("A&B C");
  });
});

describe("isPageNoise", () => {
  it("recognises page numbers and paraf letters", () => {
    for (const s of ["2", " 6 ", "b", "N", "III"]) expect(isPageNoise(s)).toBe(true);
    for (const s of ["Mulai", "2. Disimpan", "ATK"]) expect(isPageNoise(s)).toBe(false);
  });
});

describe("splitListItems on real fragments", () => {
  it("seed 001: <ol> with dotted inline numbering and semicolons", () => {
    const raw =
      'Keterkaitan : <ol style="list-style-type: none">1. SOP Penanganan Surat Masuk;2. SOP Pengendalian Arsip.';
    expect(splitListItems(raw.replace(/^Keterkaitan : /, ""), { inline: true })).toEqual([
      "SOP Penanganan Surat Masuk",
      "SOP Pengendalian Arsip",
    ]);
  });

  it("seed 001: <ol> without numbers, items separated by semicolons", () => {
    const raw = '<ol style="list-style-type: none">Alat tulis kantor;Buku agenda surat keluar;Komputer dan Printer.';
    expect(splitListItems(raw, { inline: true })).toEqual(["Alat tulis kantor", "Buku agenda surat keluar", "Komputer dan Printer"]);
  });

  it("seed 002: <ol> items glued with a period or with nothing at all", () => {
    expect(splitListItems('<ol style="list-style-type: none">ATK.Buku Agenda Surat Masuk.Telepon/Faximili.', { inline: true })).toEqual([
      "ATK",
      "Buku Agenda Surat Masuk",
      "Telepon/Faximili",
    ]);
    expect(splitListItems('<ol style="list-style-type: none">ATKPerangkat komputerTelepon/FaximilePrinter', { inline: true })).toEqual([
      "ATK",
      "Perangkat komputer",
      "Telepon/Faximile",
      "Printer",
    ]);
  });

  it("seed 002: plain inline numbering '1. X 2. Y' and numbers glued to items '1 ATK2 Komputer'", () => {
    expect(splitListItems("1. SOP Penanganan Surat Keluar. 2. SOP Penanganan Surat Masuk. 3. SOP Pengarsipan Dokumen/ Naskah Dinas", { inline: true })).toEqual([
      "SOP Penanganan Surat Keluar",
      "SOP Penanganan Surat Masuk",
      "SOP Pengarsipan Dokumen/ Naskah Dinas",
    ]);
    expect(splitListItems('<ol style="list-style-type: none">1 ATK2 Komputer/laptop dan printer3 DPA, Kwitansi, Nota, Pajak', { inline: true })).toEqual([
      "ATK",
      "Komputer/laptop dan printer",
      "DPA, Kwitansi, Nota, Pajak",
    ]);
  });

  it("seed 003: numbers without dots glued to the previous item, legal numbers untouched", () => {
    const raw =
      '<ol style="list-style-type: none">1 Undang - undang RI Nomor 20 Tahun 2014 Tentang Standardisasi dan Penilaian Kesesuaian2 Undang - undang RI Nomor 23 Tahun 2014 Tentang Pemerintah Daerah3 PERDA Prov. Kalimantan Timur No. 4 Tahun 2021 tentang Perubahan Kedua atas Peraturan Daerah Nomor 2 Tahun 2012 tentang Retribusi Jasa Usaha';
    expect(splitListItems(raw, { inline: true })).toEqual([
      "Undang - undang RI Nomor 20 Tahun 2014 Tentang Standardisasi dan Penilaian Kesesuaian",
      "Undang - undang RI Nomor 23 Tahun 2014 Tentang Pemerintah Daerah",
      "PERDA Prov. Kalimantan Timur No. 4 Tahun 2021 tentang Perubahan Kedua atas Peraturan Daerah Nomor 2 Tahun 2012 tentang Retribusi Jasa Usaha",
    ]);
  });

  it("seed 001: tolerates one missing number in a long list", () => {
    const raw =
      "1. Undang-Undang Nomor 43 Tahun 1999 tentang Pokok-Pokok Kepegawaian;2. Peraturan Presiden Nomor 81 Tahun 2010;3. Peraturan Menteri PAN dan RB Nomor 35 Tahun 2012; Peraturan Gubernur Nomor 3 Tahun 2018;5. Peraturan Gubernur Nomor 80 Tahun 2019.";
    expect(splitListItems(raw, { inline: true })).toHaveLength(5);
  });

  it("seed 003: several 'SOP ...' written on one line", () => {
    expect(splitListItems("SOP Kaji Ulang Manajemen SOP Audit Internal SOP Pembuatan Dokumen Mutu", { inline: true })).toEqual([
      "SOP Kaji Ulang Manajemen",
      "SOP Audit Internal",
      "SOP Pembuatan Dokumen Mutu",
    ]);
  });

  it("seed 002: legal references written one after the other without separators", () => {
    const raw =
      '<ol style="list-style-type: none"> Undang - Undang Nomor 25 Tahun 2009 Tentang Pelayanan Publik Undang - Undang Nomor 30 Tahun 2014 Tentang Administrasi Pemerintahan Peraturan Gubernur Nusa Tenggara Timur Nomor 44 Tahun 2020 tentang Perubahan Atas Peraturan Gubernur Nusa Tenggara Timur Nomor 28 Tahun 2017';
    expect(splitListItems(raw, { inline: true, legal: true })).toEqual([
      "Undang - Undang Nomor 25 Tahun 2009 Tentang Pelayanan Publik",
      "Undang - Undang Nomor 30 Tahun 2014 Tentang Administrasi Pemerintahan",
      "Peraturan Gubernur Nusa Tenggara Timur Nomor 44 Tahun 2020 tentang Perubahan Atas Peraturan Gubernur Nusa Tenggara Timur Nomor 28 Tahun 2017",
    ]);
  });

  it("keeps codes with dots together ('940.KU.2936.AK/2014')", () => {
    const raw = '<ol style="list-style-type: none">Peraturan Presiden Nomor 81 Tahun 2010.Surat Edaran Gubernur Nomor 940.KU.2936.AK/2014 tanggal 19 Desember 2014';
    expect(splitListItems(raw, { inline: true })).toEqual([
      "Peraturan Presiden Nomor 81 Tahun 2010",
      "Surat Edaran Gubernur Nomor 940.KU.2936.AK/2014 tanggal 19 Desember 2014",
    ]);
  });

  it("splits <li> elements and strips bullets", () => {
    expect(splitListItems("<ul><li>- ATK;</li><li>2) Komputer</li></ul>")).toEqual(["ATK", "Komputer"]);
  });

  it("keeps prose as one item and keeps its final period on request", () => {
    const raw = "<p>Apabila SOP tidak dilaksanakan maka kenaikan gaji berkala menjadi terhambat dan ASN tidak menerima haknya.</p>";
    expect(splitListItems(raw, { inline: true, keepFinalPeriod: true })).toEqual([
      "Apabila SOP tidak dilaksanakan maka kenaikan gaji berkala menjadi terhambat dan ASN tidak menerima haknya.",
    ]);
  });

  it("findNumberMarkers ignores numbers of legal references", () => {
    expect(findNumberMarkers("Peraturan Daerah Nomor 2 Tahun 2012 tentang Retribusi")).toEqual([]);
  });
});
