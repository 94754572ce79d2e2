// The SOP rules on rows written for these tests (layouts of other agencies, not copied from the seeds).
import { describe, expect, it } from "vitest";
import { contentFromParsed, sopContentSchema } from "../content";
import type { SourceRow } from "./grid";
import { parseSopDocument, parseSopRows } from "./parse";
import { parseResultSchema } from "./schema";
import type { ParsedSop } from "./types";

const t = (...cells: string[]) => cells.join("\t");

function parse(lines: string[]) {
  const result = parseSopDocument(lines.join("\n"));
  expect(parseResultSchema.safeParse(result).success).toBe(true);
  return result;
}

function only(lines: string[]): ParsedSop {
  const { sops } = parse(lines);
  expect(sops).toHaveLength(1);
  return sops[0];
}

const messages = (sop: ParsedSop) => sop.warnings.map((w) => w.message);

/** A short identity block and a procedure header "No | Aktivitas | actors | Mutu Baku | Ket". */
const IDENTITY = [t("No. SOP", "800/17/BKD/2025"), t("Nama SOP", "Cuti Tahunan Pegawai")];
const HEADER = [
  t("No", "Aktivitas", "Pelaksana", "", "", "Mutu Baku", "", "", "Ket"),
  t("", "", "Pegawai", "Kasubag Umum", "Kepala Badan", "Persyaratan", "Waktu", "Keluaran", ""),
];
const step = (no: string, activity: string, marks: [string, string, string], kel: string, waktu: string, out: string) =>
  t(no, activity, ...marks, kel, waktu, out, "");

describe("identity labels from the synonyms table", () => {
  it("reads No. SOP, Tgl Pembuatan/Revisi/Pengesahan and Nama/Judul SOP", () => {
    const sop = only([
      t("No. SOP", ":", "061/220/DISHUB"),
      t("Tgl Pembuatan", ":", "4 Maret 2024"),
      t("Tgl. Revisi", ":", "-"),
      t("Tgl Pengesahan", ":", "18 Maret 2024"),
      t("Nama/Judul SOP", ":", "Pengujian Kendaraan Bermotor"),
    ]);
    expect(sop).toMatchObject({
      nomor: "061/220/DISHUB",
      tanggal_pembuatan: "4 Maret 2024",
      tanggal_revisi: "-",
      tanggal_efektif: "18 Maret 2024",
      nama: "Pengujian Kendaraan Bermotor",
    });
  });

  it("takes a bare 'Nomor' beside other labels, not in a decree's heading", () => {
    const { sops } = parse([
      "KEPUTUSAN KEPALA DINAS",
      "NOMOR : 188/45/2024",
      "TENTANG STANDAR OPERASIONAL PROSEDUR",
      "",
      t("Nomor", "188.4/07/SOP"),
      t("Tanggal Efektif", "2 Mei 2024"),
      t("Judul SOP", "Penerbitan Izin Praktik"),
    ]);
    expect(sops).toHaveLength(1);
    expect(sops[0]).toMatchObject({ nomor: "188.4/07/SOP", tanggal_efektif: "2 Mei 2024", nama: "Penerbitan Izin Praktik" });
  });

  it("joins the approver's position with the name and NIP printed rows further down, beside the agency lines", () => {
    const sop = only([
      t("PEMERINTAH KABUPATEN SUKAMAJU", "Nomor SOP", "445/09/RSUD"),
      t("RUMAH SAKIT UMUM DAERAH", "Tgl Pengesahan", "1 Juli 2024"),
      t("", "Disahkan oleh", "Direktur RSUD Sukamaju"),
      t("", "Nama SOP", "Pendaftaran Pasien Rawat Jalan"),
      t("INSTALASI RAWAT JALAN", "", "drg. Hendra Wijaya, MARS"),
      t("", "", "NIP. 19790815 200501 1 003"),
    ]);
    expect(sop).toMatchObject({
      unit_lines: ["PEMERINTAH KABUPATEN SUKAMAJU", "RUMAH SAKIT UMUM DAERAH", "INSTALASI RAWAT JALAN"],
      disahkan_oleh: "Direktur RSUD Sukamaju drg. Hendra Wijaya, MARS",
      disahkan_oleh_nip: "197908152005011003",
      nama: "Pendaftaran Pasien Rawat Jalan",
      warnings: [
        { line: 1, message: "Tabel prosedur tidak ditemukan; SOP ini tidak memiliki langkah" },
      ],
    });
  });

  it("keeps the approver's position running over rows, with the name and NIP below the title", () => {
    const sop = only([
      t("Nomor SOP", ":", "800/1/2025"),
      t("Disahkan oleh", ":", "KEPALA DINAS PENDIDIKAN"),
      "PROVINSI MALUKU",
      t("Nama SOP", ":", "Legalisir Ijazah"),
      t("", "", "Drs. SAMUEL TAHITU, M.Pd"),
      t("", "", "NIP. 19680101 199303 1 010"),
    ]);
    expect(sop).toMatchObject({
      nama: "Legalisir Ijazah",
      unit_lines: [],
      disahkan_oleh: "KEPALA DINAS PENDIDIKAN PROVINSI MALUKU Drs. SAMUEL TAHITU, M.Pd",
      disahkan_oleh_nip: "196801011993031010",
    });
  });

  it("takes the agency's lines printed between the label rows, a title in lower case included", () => {
    const sop = only([
      "RUMAH SAKIT UMUM DAERAH",
      "dr. T.C. HILLERS MAUMERE",
      t("Nomor SOP", "RSUD/RM/07"),
      "INSTALASI REKAM",
      t("Tgl Efektif", "1 April 2022"),
      "MEDIS",
      t("Judul SOP", "Peminjaman Berkas Rekam Medis"),
    ]);
    expect(sop.unit_lines.join(" ")).toBe("RUMAH SAKIT UMUM DAERAH dr. T.C. HILLERS MAUMERE INSTALASI REKAM MEDIS");
    expect(messages(sop)).toEqual(["Tabel prosedur tidak ditemukan; SOP ini tidak memiliki langkah"]);
  });

  it("joins a title wrapped over two rows", () => {
    const sop = only([
      t("Nomor SOP", "027/44/BPKAD"),
      t("Nama SOP", "Penatausahaan Barang Milik Daerah"),
      t("", "yang Tidak Digunakan"),
      t("Disahkan oleh", "Kepala BPKAD"),
    ]);
    expect(sop.nama).toBe("Penatausahaan Barang Milik Daerah yang Tidak Digunakan");
    expect(messages(sop)).toEqual(["Tabel prosedur tidak ditemukan; SOP ini tidak memiliki langkah"]);
  });

  it("reads 'Ditetapkan oleh' and 'Tgl Ditetapkan'", () => {
    const sop = only([t("No SOP", "12"), t("Tgl Ditetapkan", "5 Mei 2025"), t("Ditetapkan oleh", "Camat Sukamaju"), t("Judul SOP", "Surat Pindah")]);
    expect(sop).toMatchObject({ nomor: "12", tanggal_efektif: "5 Mei 2025", disahkan_oleh: "Camat Sukamaju", nama: "Surat Pindah" });
  });

  it("finds the Mutu Baku columns from Keluaran when Kelengkapan and Waktu have other names", () => {
    const sop = only([
      ...IDENTITY,
      t("NO.", "Langkah Kegiatan", "Operator", "Verifikator", "Dokumen", "Jangka", "Keluaran"),
      t("1.", "Mengunggah berkas usulan", "√", "", "Berkas usulan", "2 jam", "Berkas terunggah"),
    ]);
    expect(sop.actors).toEqual(["Operator", "Verifikator"]);
    expect(sop.steps[0]).toMatchObject({
      kelengkapan: "Berkas usulan",
      waktu_minutes: 120,
      output: "Berkas terunggah",
      actor: "Operator",
      actor_confidence: "certain",
    });
    expect(messages(sop)).toEqual([]);
  });

  it("joins actor names and the activity label wrapped over the header rows; group labels give way", () => {
    const sop = only([
      ...IDENTITY,
      t("No", "Uraian", "Pelaksana", "", "", "", "Mutu Baku", "", ""),
      t("", "Kegiatan", "Kepala", "Pengurus", "Tim Verifikasi", "", "Kelengkapan", "Waktu", "Output"),
      t("", "", "Puskesmas", "Barang", "Ketua", "Anggota", "", "", ""),
      t("1", "Mengajukan penghapusan barang", "", "X", "", "", "Daftar barang", "1 hari", "Usulan"),
    ]);
    expect(sop.actors).toEqual(["Kepala Puskesmas", "Pengurus Barang", "Ketua", "Anggota"]);
    expect(sop.steps[0]).toMatchObject({ actor: "Pengurus Barang", actor_confidence: "certain", waktu_minutes: 450 });
  });

  it("finds the procedure table under 'No | Aktivitas' with Keluaran and Ket", () => {
    const sop = only([...IDENTITY, ...HEADER, step("1", "Mengisi formulir cuti", ["X", "", ""], "Formulir", "10 menit", "Formulir terisi")]);
    expect(sop.actors).toEqual(["Pegawai", "Kasubag Umum", "Kepala Badan"]);
    expect(sop.steps[0]).toMatchObject({ activity: "Mengisi formulir cuti", kelengkapan: "Formulir", waktu_minutes: 10, output: "Formulir terisi" });
    expect(messages(sop)).not.toContain("Tabel prosedur tidak ditemukan; SOP ini tidak memiliki langkah");
  });
});

describe("sections", () => {
  it("'Dasar Hukum : 1. Peraturan ...' gives the regulation alone; wrapped numbered items join", () => {
    const sop = only([
      ...IDENTITY,
      "Dasar Hukum : 1. Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil",
      "Kualifikasi Pelaksana :",
      "1. Memahami peraturan kepegawaian",
      "   dan tata naskah dinas",
      "2. Mampu mengoperasikan",
      "   Sistem Informasi Kepegawaian",
      "Keterkaitan :",
      "SOP Izin Belajar",
    ]);
    expect(sop.dasar_hukum).toEqual(["Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil"]);
    expect(sop.kualifikasi).toEqual([
      "Memahami peraturan kepegawaian dan tata naskah dinas",
      "Mampu mengoperasikan Sistem Informasi Kepegawaian",
    ]);
    expect(sop.keterkaitan).toEqual(["SOP Izin Belajar"]);
  });

  it("'Label<TAB>:' rows, items after an inline first item, a wrapped reference whose line starts with a number", () => {
    const sop = only([
      ...IDENTITY,
      t("Dasar Hukum", ":"),
      t("1.", "Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan Undang-Undang Nomor"),
      "28 Tahun 2002 tentang Bangunan Gedung;",
      t("2.", "Peraturan Daerah Nomor 2 Tahun 2024 tentang Retribusi Daerah."),
      "Kualifikasi Pelaksana : 1. Memahami ketentuan cuti;",
      "2. Mampu mengoperasikan SIMPEG.",
    ]);
    expect(sop.dasar_hukum).toEqual([
      "Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung",
      "Peraturan Daerah Nomor 2 Tahun 2024 tentang Retribusi Daerah",
    ]);
    expect(sop.kualifikasi).toEqual(["Memahami ketentuan cuti", "Mampu mengoperasikan SIMPEG"]);
    expect(messages(sop)).toEqual(["Tabel prosedur tidak ditemukan; SOP ini tidak memiliki langkah"]);
  });

  it("side-by-side lists continue row by row under their labels", () => {
    const sop = only([
      ...IDENTITY,
      t("Dasar Hukum", "Kualifikasi Pelaksana"),
      t("1. Undang-Undang Nomor 5 Tahun 2014 tentang", "1. Berpendidikan minimal D3"),
      t("Aparatur Sipil Negara", "2. Menguasai aplikasi SIMPEG"),
      t("2. Peraturan Badan Kepegawaian Negara Nomor 7 Tahun 2021", ""),
    ]);
    expect(sop.dasar_hukum).toEqual([
      "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara",
      "Peraturan Badan Kepegawaian Negara Nomor 7 Tahun 2021",
    ]);
    expect(sop.kualifikasi).toEqual(["Berpendidikan minimal D3", "Menguasai aplikasi SIMPEG"]);
  });
});

describe("procedure rows", () => {
  it("a row with an empty No cell continues the step above (activity and Mutu Baku cells)", () => {
    const sop = only([
      ...IDENTITY,
      ...HEADER,
      step("1", "Mengisi formulir permohonan cuti", ["X", "", ""], "Formulir", "10", "Formulir"),
      step("", "dan melampirkan sisa cuti tahun lalu", ["", "", ""], "dan kartu cuti", "menit", "terisi"),
      step("2", "Memeriksa kelengkapan berkas", ["", "X", ""], "Berkas", "1 hari", "Berkas lengkap"),
    ]);
    expect(sop.steps).toHaveLength(2);
    expect(sop.steps[0]).toMatchObject({
      no: 1,
      activity: "Mengisi formulir permohonan cuti dan melampirkan sisa cuti tahun lalu",
      kelengkapan: "Formulir dan kartu cuti",
      waktu_raw: "10 menit",
      waktu_minutes: 10,
      output: "Formulir terisi",
    });
    expect(messages(sop)).toEqual([]);
  });

  it("a repeated table drops its wrapped steps with their continuation rows", () => {
    const table = [
      ...HEADER,
      step("1", "Mengisi formulir permohonan cuti", ["X", "", ""], "Formulir", "10 menit", "Formulir"),
      step("", "dan melampirkan kartu cuti", ["", "", ""], "", "", ""),
    ];
    const sop = only([...IDENTITY, ...table, ...table]);
    expect(sop.steps).toHaveLength(1);
    expect(sop.steps[0].activity).toBe("Mengisi formulir permohonan cuti dan melampirkan kartu cuti");
    expect(messages(sop)).toEqual(["Langkah 1 sama dengan langkah di baris 5 (tabel diulang); diabaikan"]);
  });

  it("a continuation row keeps the header's columns (a bare number in Kelengkapan is no Waktu)", () => {
    const sop = only([
      ...IDENTITY,
      ...HEADER,
      step("1", "Menyiapkan berkas", ["X", "", ""], "Formulir rangkap", "10 menit", "Berkas"),
      step("", "", ["", "", ""], "3", "", "siap"),
    ]);
    expect(sop.steps[0]).toMatchObject({ kelengkapan: "Formulir rangkap 3", waktu_raw: "10 menit", output: "Berkas siap" });
  });

  it("a step number alone on its row starts the step; the activity comes on the rows below", () => {
    const sop = only([
      ...IDENTITY,
      ...HEADER,
      step("1", "Mengajukan cuti", ["X", "", ""], "Formulir", "5 menit", "Permohonan"),
      "2",
      step("", "Menyetujui atau menolak", ["", "", "■"], "Permohonan", "1 jam", "Surat izin cuti"),
      step("", "permohonan cuti", ["", "", ""], "", "", ""),
    ]);
    expect(sop.steps.map((s) => [s.no, s.activity])).toEqual([
      [1, "Mengajukan cuti"],
      [2, "Menyetujui atau menolak permohonan cuti"],
    ]);
    expect(sop.steps[1]).toMatchObject({ actor: "Kepala Badan", actor_confidence: "certain", waktu_minutes: 60 });
  });

  it("without a step above, an unnumbered row is still a sub-heading, and a page number is not a step", () => {
    const sop = only([
      ...IDENTITY,
      ...HEADER,
      t("", "Tahap Persiapan", "", "", "", "", "", "", ""),
      step("1", "Mengajukan cuti", ["X", "", ""], "Formulir", "5 menit", "Permohonan"),
      "7",
      ...HEADER,
      step("", "Menyetujui permohonan", ["", "", "X"], "Permohonan", "1 jam", "Surat izin"),
    ]);
    expect(sop.steps.map((s) => s.no)).toEqual([1, null]);
    expect(messages(sop)).toContain('Baris tanpa nomor dan tanpa kolom lain dianggap sub-judul tabel: "Tahap Persiapan"');
    expect(messages(sop)).toContain("Langkah tanpa nomor");
  });
});

describe("actor marks", () => {
  it.each(["X", "x", "√", "✓", "✔", "v", "V", "■", "□", "●", "○", "▪", "*", "▭", "◇", "⬭", "→ ■ →"])(
    "'%s' alone in one actor column names that actor with certainty",
    (mark) => {
      const sop = only([...IDENTITY, ...HEADER, step("1", "Memeriksa berkas", ["", mark, ""], "Berkas", "5 menit", "Berkas")]);
      expect(sop.steps[0]).toMatchObject({ actor: "Kasubag Umum", actor_confidence: "certain" });
      expect(messages(sop)).toEqual([]);
    },
  );

  it("a mark with the decision label printed beside it still names the actor", () => {
    const sop = only([...IDENTITY, ...HEADER, step("1", "Menilai kelengkapan", ["", "", "X Ya"], "Berkas", "5 menit", "Hasil")]);
    expect(sop.steps[0]).toMatchObject({ actor: "Kepala Badan", actor_confidence: "certain" });
    expect(messages(sop)).toEqual(["Label keputusan Ya/Tidak di kolom Pelaksana diabaikan (tidak menunjukkan pelaksana)"]);
  });

  it("a diamond marks a decision", () => {
    const sop = only([
      ...IDENTITY,
      ...HEADER,
      step("1", "Mengajukan cuti", ["▭", "", ""], "Formulir", "5 menit", "Permohonan"),
      step("2", "Menyetujui permohonan?", ["", "", "◇"], "Permohonan", "5 menit", "Keputusan"),
    ]);
    expect(sop.steps.map((s) => s.decision ?? false)).toEqual([false, true]);
    expect(sop.steps[1]).toMatchObject({ actor: "Kepala Badan", actor_confidence: "certain" });
  });

  it("marks in several actor columns of one row give no certain actor, with one warning per SOP", () => {
    const sop = only([
      ...IDENTITY,
      ...HEADER,
      step("1", "Membahas jadwal cuti", ["X", "X", ""], "Jadwal", "30 menit", "Jadwal"),
      step("2", "Menyepakati jadwal cuti", ["X", "", "X"], "Jadwal", "30 menit", "Jadwal"),
    ]);
    expect(sop.steps.map((s) => s.actor_confidence)).toEqual(["unknown", "unknown"]);
    expect(messages(sop)).toEqual([
      "Penanda di lebih dari satu kolom Pelaksana pada satu langkah; pelaksana langkah itu tidak ditentukan dari penanda",
    ]);
  });
});

describe("times in seconds", () => {
  it("reads '30 detik', '45 dtk' and bare numbers under 'Waktu (detik)' as minutes; stored as whole minutes", () => {
    const sop = only([
      ...IDENTITY,
      t("No", "Aktivitas", "Petugas Loket", "Kelengkapan", "Waktu (detik)", "Output"),
      t("1", "Memanggil nomor antrian", "X", "Mesin antrian", "30", "Pasien dipanggil"),
      t("2", "Mencocokkan identitas", "X", "KTP", "45 dtk", "Identitas cocok"),
      t("3", "Mencetak kartu", "X", "Printer", "30 detik", "Kartu"),
    ]);
    expect(sop.steps.map((s) => s.waktu_minutes)).toEqual([0.5, 0.75, 0.5]);
    expect(sop.total_minutes).toBe(1.75);
    const content = sopContentSchema.safeParse(contentFromParsed(sop));
    expect(content.success).toBe(true);
    expect(content.data?.steps.map((s) => s.waktu_minutes)).toEqual([1, 1, 1]);
  });
});

describe("warnings carry the row's page and line", () => {
  it("a text with form feeds gives page and line on the page", () => {
    const { sops } = parse([...IDENTITY, ...HEADER, step("1", "Mengajukan cuti", ["X", "", ""], "Formulir", "5 menit", "Permohonan"), "\fCatatan yang tidak dikenali di halaman dua"]);
    expect(sops[0].warnings).toContainEqual({ page: 2, line: 1, message: 'Baris tidak dikenali di tabel prosedur: "Catatan yang tidak dikenali di halaman dua"' });
  });

  it("the skipped text before the first SOP is named by its lines and pages", () => {
    const { warnings } = parse(["KEPUTUSAN BUPATI", "\fLAMPIRAN", "", "\f" + IDENTITY[0], IDENTITY[1]]);
    expect(warnings).toEqual([
      { page: 1, line: 1, message: "Hlm. 1 baris 1 – hlm. 2 baris 1 sebelum SOP pertama bukan bagian SOP (pembukaan dokumen); dilewati" },
    ]);
  });

  it("parseSopRows reports the rows' own pages and lines", () => {
    const rows: SourceRow[] = [
      ...[...IDENTITY, ...HEADER].map((text, i) => ({ cells: text.split("\t"), text, page: 3, line: 10 + i })),
      { cells: ["1", "Mengajukan cuti", "", "", "", "Formulir", "5 menit", "Permohonan", ""], text: "", page: 4, line: 2 },
      { cells: ["3", "Menyetujui cuti", "", "", "X", "Permohonan", "5 menit", "Izin", ""], text: "", page: 4, line: 5 },
    ];
    const { sops } = parseSopRows(rows);
    expect(sops[0].source_line).toBe(10);
    expect(sops[0].warnings).toContainEqual({ page: 4, line: 5, message: "Nomor langkah 2 terlewat" });
  });
});

describe("markdown tables", () => {
  it("reads an SOP pasted as markdown (bold unit lines, identity and procedure as pipe tables)", () => {
    const sop = only([
      "**KECAMATAN WAIGETE**",
      "",
      "| Nomor SOP | 140/WGT/2024 |",
      "|---|---|",
      "| Disahkan oleh | Camat Waigete<br>YOHANES DA CUNHA<br>NIP. 19800101 200501 1 001 |",
      "| Nama SOP | Surat Keterangan Domisili |",
      "",
      "| No | Kegiatan | Staf | Camat | Kelengkapan | Waktu | Output |",
      "|---|---|---|---|---|---|---|",
      "| 1 | Menerima berkas | √ | | KTP | 10 menit | Berkas |",
      "| 2 | Menandatangani surat | | √ | Konsep | 1 hari | Surat |",
    ]);
    expect(sop).toMatchObject({
      unit_lines: ["KECAMATAN WAIGETE"],
      disahkan_oleh: "Camat Waigete YOHANES DA CUNHA",
      disahkan_oleh_nip: "198001012005011001",
      actors: ["Staf", "Camat"],
    });
    expect(sop.steps.map((s) => [s.actor, s.waktu_minutes])).toEqual([
      ["Staf", 10],
      ["Camat", 450],
    ]);
  });
});
