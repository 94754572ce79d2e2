// Real fragments copied from the seed documents (see __fixtures__/README.md for their origin),
// one per variant, with the values a user would check by eye.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSopDocument } from "./parse";
import { parseResultSchema } from "./schema";
import type { ParsedSop } from "./types";

function parseFixture(name: string) {
  const text = readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");
  const result = parseSopDocument(text, { fileName: name });
  expect(parseResultSchema.safeParse(result).success).toBe(true);
  return result;
}

function only(name: string): ParsedSop {
  const { sops } = parseFixture(name);
  expect(sops).toHaveLength(1);
  return sops[0];
}

const stepActors = (sop: ParsedSop) => sop.steps.map((s) => s.actor);
const confidences = (sop: ParsedSop) => sop.steps.map((s) => s.actor_confidence);
const minutes = (sop: ParsedSop) => sop.steps.map((s) => s.waktu_minutes);
const messages = (sop: ParsedSop) => sop.warnings.map((w) => w.message);

describe("seed 001 (Dinas Sosial NTT)", () => {
  it("Penanganan Surat Masuk: organisation in a <p> cell beside the header, lists on lines", () => {
    const result = parseFixture("001-surat-masuk-merged-org-cell.txt");
    expect(result.warnings).toEqual([
      { line: 3, message: "Baris 3–9 sebelum SOP pertama bukan bagian SOP (pembukaan dokumen); dilewati" },
    ]);
    const sop = result.sops[0];
    expect(sop).toMatchObject({
      nomor: "1 Tahun 2020",
      nama: "Penanganan Surat Masuk",
      unit_lines: ["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "DINAS SOSIAL", "SEKRETARIAT", "SUB BAGIAN KEPEGAWAIAN DAN UMUM"],
      tanggal_pembuatan: "25 November 2020",
      tanggal_revisi: "11 Januari 2023",
      tanggal_efektif: null,
      disahkan_oleh: "Kepala Dinas Sosial Provinsi Nusa Tenggara Timur YOSEF RASI, S.Sos, M.Si",
      disahkan_oleh_nip: "197006291999031005",
      kualifikasi: ["Pendidikan minimal SLTA", "Menguasai Tata Naskah Dinas"],
      keterkaitan: ["SOP Penanganan Surat Keluar", "SOP Pengendalian Arsip"],
      peralatan: ["Alat Tulis Kantor", "Buku Agenda Surat Masuk", "Telepon/Faximil"],
      peringatan: "Apabila pengelolaan administrasi surat masuk terlambat maka akan berdampak pada terlambatnya tindak lanjut surat masuk.",
      pencatatan: "Pada buku agenda surat masuk\nDisimpan dalam bentuk hardcopy.",
      source_line: 11,
      warnings: [],
    });
    expect(sop.dasar_hukum).toHaveLength(7);
    expect(sop.dasar_hukum[0]).toBe("Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan");
    expect(sop.actors).toEqual([
      "Pengadministrasi umum",
      "Kepala Dinas",
      "Sekretaris/ Kepala Bidang",
      "Kepala Sub Bagian/ Sub Koordinator Substansi",
    ]);
    expect(sop.steps).toHaveLength(6);
    expect(sop.steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(sop.steps.map((s) => s.waktu_raw)).toEqual(["5 menit", "10 menit", "5 menit", "10 menit", "5 menit", "1 Jam"]);
    expect(minutes(sop)).toEqual([5, 10, 5, 10, 5, 60]);
    expect(sop.total_minutes).toBe(95);
    expect(stepActors(sop)).toEqual([
      "Pengadministrasi umum",
      "Kepala Dinas",
      "Pengadministrasi umum",
      "Sekretaris/ Kepala Bidang",
      "Kepala Sub Bagian/ Sub Koordinator Substansi",
      "Pengadministrasi umum",
    ]);
    expect(confidences(sop)).toEqual(["certain", "inferred", "inferred", "inferred", "inferred", "certain"]);
    expect(sop.steps[0]).toMatchObject({
      kelengkapan: "Buku Agenda Surat masuk dan lembar disposisi",
      output: "Surat masuk dan lembar Disposisi",
      keterangan: null,
    });
  });

  it("inline <ol> lists, with and without numbers; a missing approver", () => {
    const { sops } = parseFixture("001-inline-ol-lists.txt");
    expect(sops.map((s) => s.nama)).toEqual(["Penanganan Surat Keluar", "Penanganan Nota Dinas"]);
    const [keluar, nota] = sops;
    expect(keluar.dasar_hukum).toHaveLength(8);
    expect(keluar.peralatan).toEqual(["Alat tulis kantor", "Buku agenda surat keluar", "Komputer dan printer", "Stempel"]);
    expect(keluar.pencatatan).toBe("Pada buku agenda surat keluar\nDisimpan sebagai data elektronik dan manual.");
    expect(keluar).toMatchObject({ disahkan_oleh: "Kepala Dinas Sosial Provinsi Nusa Tenggara Timur", disahkan_oleh_nip: null });
    expect(nota.dasar_hukum).toHaveLength(6);
    expect(nota.dasar_hukum[0]).toBe("Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi 2010-2025");
    expect(nota.peralatan).toEqual(["Alat tulis kantor", "Buku agenda surat keluar", "Komputer dan Printer"]);
    expect(nota.disahkan_oleh).toBeNull();
    expect(nota.steps[6]).toMatchObject({ no: 7, waktu_minutes: 5, keterangan: "Terkait SOP Pengarsipan Dokumen /Naskah Dinas" });
    expect(nota.total_minutes).toBe(115);
  });

  it("mermaid flowchart in the actor column: ignored with a warning, actors from the text", () => {
    const sop = only("001-mermaid-flowchart.txt");
    expect(sop.nama).toBe("Pengajuan TOR Perjalanan Dinas");
    expect(sop.steps).toHaveLength(5);
    expect(sop.steps.every((s) => s.actor_confidence !== "certain")).toBe(true);
    expect(stepActors(sop).slice(0, 4)).toEqual([
      "Pengadministrasi Umum",
      "Kepala Sub Bagian Kepegawaian dan Umum",
      "Sekretaris",
      "Kepala Dinas",
    ]);
    expect(sop.warnings).toContainEqual({
      line: 20,
      message: "Diagram alir (mermaid) di kolom Pelaksana diabaikan; kolom Mulai/Selesai tidak terbaca, pelaksana disimpulkan dari teks",
    });
    expect(sop.warnings).toContainEqual({ line: 10, message: 'NIP pengesah "19700629199031005" tidak terdiri dari 18 angka' });
  });

  it("an actor printed in the first header row; minggu and hari", () => {
    const sop = only("001-actor-in-first-header-row.txt");
    expect(sop.actors).toEqual([
      "Kepala Dinas",
      "Sekretaris",
      "Kepala Bidang",
      "TIM Penyusun Renstra",
      "Sub Koordinator Subtansi Program, Data dan Evaluasi",
    ]);
    expect(minutes(sop)).toEqual([5, 60, 2250, 450, 10]);
    expect(sop.steps[4]).toMatchObject({ actor: "Sub Koordinator Subtansi Program, Data dan Evaluasi", actor_confidence: "certain" });
    expect(sop.steps[0]).toMatchObject({ actor: "Kepala Dinas", actor_confidence: "certain" });
  });

  it("a table continued after a page break with the header repeated", () => {
    const sop = only("001-page-break-repeated-header.txt");
    expect(sop.nama).toBe("Pelaksanaan Rapat Tinjauan Manajemen");
    expect(sop.actors).toHaveLength(6);
    expect(sop.steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(sop.total_minutes).toBe(440);
    expect(sop.warnings).toEqual([]);
    expect(sop.steps[10]).toMatchObject({ no: 11, actor: "Kepala Dinas" });
  });

  it("flowchart labels printed below the table", () => {
    const sop = only("001-flowchart-labels-outside-table.txt");
    expect(sop.steps).toHaveLength(6);
    expect(messages(sop)).toContain('Label diagram alir di luar sel tabel diabaikan ("Mulai")');
    expect(sop.steps[3]).toMatchObject({ waktu_raw: "1 minggu", waktu_minutes: 2250 });
  });

  it("a row with one extra cell: Mutu Baku found around the Waktu cell, marker not trusted", () => {
    const sop = only("001-shifted-row.txt");
    expect(sop.steps[0]).toMatchObject({
      kelengkapan: "Dokumen Pelaksanaan Anggaran (DPA)",
      waktu_raw: "3 Hari",
      waktu_minutes: 1350,
      output: "Harga Perkiraan Sendiri (HPS)",
      actor: "Pejabat Pembuat Komitmen (PPK)",
      actor_confidence: "inferred",
    });
    expect(sop.warnings).toContainEqual({
      line: 54,
      message: "Jumlah sel Pelaksana (7) tidak sama dengan kepala tabel (6); penanda Mulai/Selesai tidak dipakai untuk menentukan pelaksana",
    });
    expect(sop.total_minutes).toBe(12000);
  });

  it("an SOP without a procedure table", () => {
    const sop = only("001-no-procedure-table.txt");
    expect(sop).toMatchObject({ nomor: "66 Tahun 2023", nama: "Pelaksanaan Diseminasi Regulasi PKH", steps: [], actors: [] });
    expect(sop.warnings).toEqual([{ line: 5, message: "Tabel prosedur tidak ditemukan; SOP ini tidak memiliki langkah" }]);
    expect(sop.kualifikasi).toHaveLength(3);
  });

  it("flowchart shapes ([] ↔ []) in actor cells", () => {
    const sop = only("001-flowchart-symbols.txt");
    expect(messages(sop)).toEqual([
      "Simbol diagram alir (kotak/panah) di kolom Pelaksana diabaikan",
      "Label keputusan Ya/Tidak di kolom Pelaksana diabaikan (tidak menunjukkan pelaksana)",
    ]);
    expect(sop.steps[0]).toMatchObject({ actor: "Kepala UPTD", actor_confidence: "certain" });
    expect(sop.steps[6]).toMatchObject({ actor: "Pejabat Pelaksana", actor_confidence: "inferred" });
  });

  it("upper-case header, lower-case markers in a middle column, rows without Mutu Baku", () => {
    const sop = only("001-uppercase-header-lowercase-markers.txt");
    expect(sop.actors).toEqual(["Kepala UPTD", "Kasubag T.U", "Kepala Seksi Kesos", "Pemegang Barang/Bahan"]);
    expect(sop.steps[0]).toMatchObject({ actor: "Kepala Seksi Kesos", actor_confidence: "certain" });
    expect(sop.steps[8]).toMatchObject({ actor: "Kepala Seksi Kesos", actor_confidence: "certain" });
    expect(sop.steps[1]).toMatchObject({ actor: "Kepala UPTD", kelengkapan: null, waktu_raw: null, waktu_minutes: null });
    expect(sop.steps[4].actor).toBe("Kasubag T.U"); // "Kepala Sub Bagian Tata Usaha melakukan ..."
    expect(sop.disahkan_oleh_nip).toBe("197006291999031005"); // printed without "NIP"
    expect(sop.total_minutes).toBe(270);
  });
});

describe("seed 002 (Biro Organisasi NTT)", () => {
  it("'Judul SOP', '- ' bullets, a skipped step number", () => {
    const sop = only("002-judul-sop-bullets.txt");
    expect(sop).toMatchObject({
      nomor: "Tahun 2024",
      nama: "Fasilitasi Penataan Kelembagaan Perangkat Daerah Kabupaten/Kota se Provinsi Nusa Tenggara Timur.",
      tanggal_pembuatan: "Juni 2022",
      tanggal_revisi: "Mei 2024",
      disahkan_oleh: "Plt. Kepala Biro Organisasi Setda Provinsi Nusa Tenggara Timur, Djoese S. Martins Nai Buti, S.Pt.,M.Si.",
      disahkan_oleh_nip: "197103291999031002",
      kualifikasi: ["ASN", "Memiliki kemampuan dalam mengoperasikan komputer", "Pendidikan Sarjana (S1)"],
      peralatan: ["Perangkat Komputer", "Lemari Arsip", "Alat Tulis Kantor", "Infocus", "Printer"],
    });
    expect(sop.peringatan?.split("\n")).toHaveLength(3);
    expect(sop.steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10]);
    expect(sop.warnings).toContainEqual({ line: 65, message: "Nomor langkah 6 terlewat" });
    expect(sop.total_minutes).toBe(1020);
  });

  it("a header spread over three rows (TIM KERJA above its members) and decision labels Ya/Tidak", () => {
    const { sops } = parseFixture("002-three-row-header.txt");
    expect(sops.map((s) => s.actors)).toEqual([
      ["Kepala Bagian Kelembagaan dan Analisis Jabatan", "Ketua/Analisis Kebijakan Ahli Muda", "Anggota"],
      ["Kepala Bagian Kelembagaan dan Analisis Jabatan", "Ketua Tim", "Anggota"],
    ]);
    expect(minutes(sops[0])).toEqual([30, 120, 2250, 9900, 30, 30]);
    expect(sops[0].steps[5]).toMatchObject({ actor: "Kepala Bagian Kelembagaan dan Analisis Jabatan", actor_confidence: "certain" });
    expect(sops[1].steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 7, 8, 9]);
    expect(sops[1].steps[7]).toMatchObject({ waktu_raw: "1 jam", output: "Dokumen Analisis Beban Kerja , bukti dokumentasi" });
  });

  it("approver name and NIP pushed into the Judul SOP cell, title on the next line", () => {
    const { sops } = parseFixture("002-approver-in-title-cell.txt");
    expect(sops.map((s) => s.nama)).toEqual([
      "Penanganan Surat Masuk Melalui SRIKANDI",
      "Penanganan Surat Keluar yang ditandatangani Kepala Biro",
      "Penanganan Surat Keluar yang ditandatangani Kepala Biro melalui SRIKANDI",
    ]);
    expect(sops[0]).toMatchObject({
      disahkan_oleh: "Plt. Kepala Biro Organisasi Setda Provinsi Nusa Tenggara Timur, Djoese S.M. Nai Buti, S.Pt., M.Si.",
      disahkan_oleh_nip: "196606241986022006",
    });
    expect(sops[0].warnings.slice(0, 2)).toEqual([
      { line: 11, message: "Sel Judul SOP berisi nama dan NIP pengesah; dipindahkan ke Disahkan oleh, judul dicari di baris berikutnya" },
      { line: 12, message: "Judul SOP diambil dari baris di bawah sel Judul SOP" },
    ]);
    // Actor columns in the first header row, no sub-header row; "Tidak"/"Ya" are decision labels.
    expect(sops[2].actors).toEqual([
      "Kepala Bagian",
      "Kasubag TU Biro/ Ketua Tim Kerja",
      "Pejabat Fungsional/ Anggota Tim Kerja",
      "Kepala Biro Organisasi",
      "Pengadministrasi Umum",
    ]);
    expect(sops[2].steps[6]).toMatchObject({ waktu_raw: "5menit", waktu_minutes: 5 });
    expect(sops[1].steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 6]);
    expect(sops[1].steps[4]).toMatchObject({ actor: "Pengadministrasi Umum", actor_confidence: "certain" });
  });

  it("a title that is not printed at all is reported", () => {
    const sop = only("002-title-missing.txt");
    expect(sop.nama).toBeNull();
    expect(sop.nomor).toBe("Tahun 2024");
    expect(sop.warnings).toContainEqual({ line: 6, message: "Nama/Judul SOP tidak ditemukan atau kosong" });
    expect(sop.steps).toHaveLength(9);
  });

  it("'Nomor SOP AP<TAB>:<TAB>value', 'Mutu Buku', column numbers merged into step 1", () => {
    const { sops } = parseFixture("002-colon-cells-mutu-buku.txt");
    const [bku, spj] = sops;
    expect(bku).toMatchObject({ nomor: "Tahun 2024", nama: "Pencatatan Buku Kas Umum (BKU)", tanggal_pembuatan: "Mei 2024", tanggal_revisi: null });
    expect(bku.actors).toEqual(["Pejabat Pengelola Teknis Kegiatan", "Verifikator Keuangan", "Bendahara"]);
    expect(bku.steps[0]).toMatchObject({
      actor: "Pejabat Pengelola Teknis Kegiatan",
      actor_confidence: "certain",
      keterangan: "PPTK menyampaikan SPJ atas kegiatan yang dipanjar dengan batas waktu",
    });
    expect(spj.tanggal_pembuatan).toBe("Mei 2024"); // "Tanggal Pembuat :"
    expect(spj.steps[0]).toMatchObject({ no: 1, kelengkapan: null, waktu_minutes: null });
    expect(spj.warnings).toContainEqual({ line: 46, message: "Baris nomor kolom tergabung dengan langkah ini; kolom Pelaksana dan Mutu Baku kosong" });
    expect(spj.peralatan).toEqual(["ATK", "Komputer/laptop dan printer", "DPA, Kwitansi, Nota, Pajak"]);
  });

  it("header as an HTML <table> repeated as cells and lines; header as <p>Label : value</p>; no table", () => {
    const { sops } = parseFixture("002-html-header-variants.txt");
    expect(sops).toHaveLength(3);
    expect(sops[0]).toMatchObject({
      nomor: "Tahun 2022",
      nama: "Penyusunan Laporan Monitoring dan Evaluasi",
      source_line: 1,
      unit_lines: ["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "SEKRETARIAT DAERAH", "BIRO ORGANISASI", "BAGIAN TATA LAKSANA"],
      keterkaitan: ["SOP Penanganan Surat Keluar", "SOP Penanganan Surat Masuk", "SOP Melaksanakan Monitoring dan Evaluasi"],
      peralatan: ["ATK", "Komputer", "Printer"],
      warnings: [],
    });
    expect(sops[0].steps).toHaveLength(9);
    expect(sops[2]).toMatchObject({
      nama: "Penyusunan Draft Surat Keputusan Gubernur NTT",
      tanggal_pembuatan: "Mei 2024",
      tanggal_revisi: null,
      disahkan_oleh_nip: "197103291999031002",
      kualifikasi: ["Menguasai tata naskah dinas", "Menguasai Windows dan Microsoft Office"],
      steps: [],
    });
    expect(sops[2].dasar_hukum).toHaveLength(7);
    expect(messages(sops[2])).toEqual(["Tabel prosedur tidak ditemukan; SOP ini tidak memiliki langkah"]);
  });

  it("several sub-procedure tables with different actors (Layanan Pengaduan)", () => {
    const sop = only("002-sub-procedure-tables.txt");
    expect(sop.nama).toBe("Layanan Pengaduan");
    expect(sop.steps).toHaveLength(6 + 9 + 8 + 9);
    expect(sop.actors).toContain("Agendaris");
    expect(sop.actors).toContain("Pengelola Pengaduan");
    expect(messages(sop)).toContain('Tabel prosedur berjudul "A. Melalui Media Kotak Pengaduan"');
    expect(messages(sop)).toContain('Waktu "sesuai kebutuhan" tidak dapat diubah ke menit');
    expect(sop.steps.filter((s) => s.no === 1)).toHaveLength(4);
    expect(sop.steps[4]).toMatchObject({ waktu_raw: "sesuai kebutuhan", waktu_minutes: null });
  });

  it("approver name and NIP printed below the header block", () => {
    const sop = only("002-approver-below-header.txt");
    expect(sop).toMatchObject({
      disahkan_oleh: "Plt. Kepala Biro Organisasi Setda Provinsi Nusa Tenggara Timur, Djoese S.M. Nai Buti, S.Pt.,M.Si.",
      disahkan_oleh_nip: "196606241986022006",
    });
    expect(sop.warnings).toEqual([
      { line: 27, message: "Label keputusan Ya/Tidak di kolom Pelaksana diabaikan (tidak menunjukkan pelaksana)" },
    ]);
  });

  it("the last table repeated after the decree's signature is not counted twice", () => {
    const sop = only("002-repeated-table-after-signature.txt");
    expect(sop.steps).toHaveLength(6);
    expect(sop.total_minutes).toBe(1050);
    // Markers only printed in the repeated copy are still used.
    expect(sop.steps[0]).toMatchObject({ actor: "Kepala Biro", actor_confidence: "certain" });
    expect(sop.steps[5]).toMatchObject({ actor: "Kepala Biro", actor_confidence: "certain" });
    expect(sop.warnings).toContainEqual({ line: 42, message: "Langkah 1 sama dengan langkah di baris 23 (tabel diulang); diabaikan" });
    expect(messages(sop)).toContain('Baris tidak dikenali di tabel prosedur: "PARAF HIERARKI"');
  });
});

describe("seed 003 (UPTD BPSMB Kaltim)", () => {
  it("cover page, 'Waktu (menit)' column with bare numbers, label rows with contents below", () => {
    const result = parseFixture("003-cover-and-minutes-column.txt");
    expect(result.warnings.map((w) => w.message)).toEqual([
      "Baris 5–24 sebelum SOP pertama bukan bagian SOP (pembukaan dokumen); dilewati",
    ]);
    const sop = result.sops[0];
    expect(sop).toMatchObject({
      nomor: "067392BPSMB/DP2KUKM",
      nama: "Sasaran Mutu",
      unit_lines: [
        "PEMERINTAH PROVINSI KALIMANTAN TIMUR",
        "DINAS PERINDUSTRIAN, PERDAGANGAN, KOPERASI DAN UKM",
        "UPTD BALAI PENGUJIAN DAN SERTIFIKASI MUTU BARANG",
        "SEKSI PENGEMBANGAN JASA PENGUJIAN, KALIBRASI DAN SERTIFIKASI MUTU BARANG",
      ],
      tanggal_efektif: "11 Desember 2023",
      disahkan_oleh: "Kepala Dinas Heni Purwaningsih, S.Si., M.Si.",
      disahkan_oleh_nip: "197303141998032009",
      peringatan: "Sasaran Mutu dilaksanakan untuk menentukan pencapaian target kinerja",
      actors: ["Para Manajer dan Personal Terkait", "Seksi PJKSMB", "Para Manajer"],
    });
    expect(sop.dasar_hukum).toHaveLength(11);
    expect(sop.kualifikasi).toHaveLength(6);
    expect(sop.keterkaitan).toHaveLength(7);
    expect(minutes(sop)).toEqual([60, 60, 120, 30, 10]);
    expect(sop.total_minutes).toBe(280);
    expect(confidences(sop)).toEqual(["unknown", "unknown", "unknown", "unknown", "unknown"]);
    expect(messages(sop)).toEqual(["Kolom Pelaksana tidak memuat penanda (Mulai/Selesai, X, √ atau simbol); pelaksana hanya disimpulkan dari teks"]);
  });

  it("organisation merged into the first header cell, identity lines starting with a tab", () => {
    const sop = only("003-org-merged-tab-identity.txt");
    expect(sop).toMatchObject({
      nomor: "067/3395/PSMB/DP2KUKM",
      nama: "Kaji Ulang Dokumen",
      tanggal_revisi: "04 Desember 2023",
      unit_lines: [
        "PEMERINTAH PROVINSI KALIMANTAN TIMUR",
        "DINAS PERINDUSTRIAN, PERDAGANGAN, KOPERASI DAN UKM",
        "UPTD BALAI PENGUJIAN DAN SERTIFIKASI MUTU BARANG",
        "SEKSI PENGEMBANGAN JASA PENGUJIAN, KALIBRASI DAN SERTIFIKASI MUTU BARANG",
      ],
    });
    expect(sop.steps).toHaveLength(8);
    expect(sop.total_minutes).toBe(960);
    expect(sop.steps[1]).toMatchObject({ kelengkapan: "-", waktu_minutes: 120 });
  });

  it("an empty header column between Waktu and Output, a title row, a repeated step number", () => {
    const { sops } = parseFixture("003-gap-column-title-row.txt");
    const [audit, kum] = sops;
    expect(audit.nama).toBe("Audit Internal");
    expect(audit.actors).toHaveLength(6);
    expect(audit.steps.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10, 11]);
    expect(audit.steps[7]).toMatchObject({ waktu_minutes: 3000, output: "Tindakan perbaikan" });
    expect(audit.warnings).toContainEqual({ line: 33, message: "Nomor langkah 9 berulang" });
    expect(kum.nama).toBe("Kaji Ulang Manajemen");
    expect(kum.dasar_hukum).toHaveLength(11); // numbers without dots and without <ol>
    expect(kum.total_minutes).toBe(1640);
  });
});

describe("not an SOP collection", () => {
  it("seed 004 (Juknis) gives no SOP and a document warning", () => {
    const result = parseFixture("004-not-an-sop.txt");
    expect(result.sops).toEqual([]);
    expect(result.warnings).toEqual([
      { line: 1, message: 'Tidak ditemukan SOP AP (label "Nomor SOP" atau "Nama/Judul SOP") dalam berkas 004-not-an-sop.txt' },
    ]);
  });
});
