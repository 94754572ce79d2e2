// pdftotext -layout output, written by hand in the layouts of other agencies' SOP AP, read into the
// rows the SOP rules take: what each row must hold is what the printed page shows.
import { describe, expect, it } from "vitest";
import { readLayout } from "./layout-reader";
import { textToPages } from "./layout-text";

const read = (lines: string[]) => readLayout(textToPages(lines.join("\n")));
const cellsOf = (lines: string[]) => read(lines).map((r) => r.cells);

const IDENTITY = [
  "PEMERINTAH PROVINSI KALIMANTAN TIMUR      Nomor SOP          440/012/PKM/2022",
  "DINAS KESEHATAN                           Tgl Pembuatan      1 Februari 2022",
  "UPTD PUSKESMAS SEMPAJA                    Tgl Revisi         -",
  "                                          Tgl Pengesahan     10 Februari 2022",
  "                                          Disahkan oleh      Kepala UPTD Puskesmas",
  "                                                             Sempaja",
  "",
  "",
  "                                                             dr. Budi Santoso",
  "                                                             NIP 19800101 200501 1 001",
  "                                          Nama SOP           Pendaftaran Pasien Rawat",
  "                                                             Jalan",
  "",
];

const SECTIONS = [
  "Dasar Hukum                                   Kualifikasi Pelaksana",
  "1. Undang-Undang Nomor 36 Tahun 2009          1. Minimal SMA",
  "   tentang Kesehatan                          2. Memahami alur pendaftaran",
  "2. Permenkes Nomor 43 Tahun 2019",
  "Keterkaitan                                   Peralatan/Perlengkapan",
  "1. SOP Rekam Medis                            1. Komputer",
  "                                              2. Kartu berobat",
  "Peringatan                                    Pencatatan dan Pendataan",
  "Pasien tidak terdaftar bila identitas         Buku register pendaftaran",
  "tidak lengkap",
  "",
];

const TABLE = [
  "                                  Pelaksana                       Mutu Baku",
  "No   Kegiatan                 Ka          Petugas    Pasien    Kelengkapan     Waktu    Output        Keterangan",
  "                              Puskesmas   Loket",
  "1    Menerima pasien dan                  X                    Kartu berobat   30       Nomor",
  "     menanyakan identitas                                                      detik    antrian",
  "",
  "     Mencari berkas rekam",
  "2    medis pasien lama di                 X                    Berkas RM       5 menit  Berkas RM",
  "     rak penyimpanan",
  "",
  "3    Menyerahkan berkas ke    √                                                2 menit  Berkas",
  "     poli",
];

const TABLE_HEADER = [
  ["No", "Kegiatan", "Pelaksana", "", "", "Mutu Baku", "", "", "Keterangan"],
  ["", "", "Ka Puskesmas", "Petugas Loket", "Pasien", "Kelengkapan", "Waktu", "Output", ""],
];

describe("identity block in two columns", () => {
  it("writes the organisation lines first, then one row per label with its wrapped value joined", () => {
    const rows = read(IDENTITY);
    expect(rows.map((r) => r.cells)).toEqual([
      ["PEMERINTAH PROVINSI KALIMANTAN TIMUR"],
      ["DINAS KESEHATAN"],
      ["UPTD PUSKESMAS SEMPAJA"],
      ["Nomor SOP", "440/012/PKM/2022"],
      ["Tgl Pembuatan", "1 Februari 2022"],
      ["Tgl Revisi", "-"],
      ["Tgl Pengesahan", "10 Februari 2022"],
      ["Disahkan oleh", "Kepala UPTD Puskesmas Sempaja"],
      ["dr. Budi Santoso"],
      ["NIP 19800101 200501 1 001"],
      ["Nama SOP", "Pendaftaran Pasien Rawat Jalan"],
    ]);
    // Each row points to the line it starts on.
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 1, 2, 3, 4, 5, 9, 10, 11]);
    expect(rows[3]).toMatchObject({ page: 1, text: "Nomor SOP\t440/012/PKM/2022" });
  });

  it("splits 'Label : value' chunks and drops lone colons; a name right above its NIP is its own row", () => {
    expect(
      cellsOf([
        "DINAS SOSIAL        No. SOP :  12/2023",
        "SEKRETARIAT         Tanggal Pembuatan   :   5 Mei 2023",
        "                    Disahkan oleh       :   Kepala Dinas Sosial",
        "                                            YOSEF RASI, S.Sos",
        "                                            NIP. 197006291999031005",
        "                    Nama/Judul SOP      :   Penanganan Surat Masuk",
      ]),
    ).toEqual([
      ["DINAS SOSIAL"],
      ["SEKRETARIAT"],
      ["No. SOP", "12/2023"],
      ["Tanggal Pembuatan", "5 Mei 2023"],
      ["Disahkan oleh", "Kepala Dinas Sosial"],
      ["YOSEF RASI, S.Sos"],
      ["NIP. 197006291999031005"],
      ["Nama/Judul SOP", "Penanganan Surat Masuk"],
    ]);
  });

  it("reads a vertically centred block (Chromium PDF through pdftotext): organisation in the middle, position above 'Disahkan oleh'", () => {
    const rows = read([
      "                                                      Nomor SOP        440/012/PKM/2022",
      "                                                      Tgl Pembuatan    1 Februari 2022",
      "                                                      Tgl Revisi       -",
      "                                                      Tgl Pengesahan   10 Februari 2022",
      "    PEMERINTAH PROVINSI KALIMANTAN TIMUR",
      "              DINAS KESEHATAN                                          Kepala UPTD Puskesmas Sempaja",
      "          UPTD PUSKESMAS SEMPAJA",
      "                                                      Disahkan oleh",
      "                                                                       dr. Budi Santoso",
      "                                                                       NIP 19800101 200501 1 001",
      "                                                      Nama SOP         Pendaftaran Pasien Rawat Jalan",
    ]);
    expect(rows.map((r) => r.cells)).toEqual([
      ["PEMERINTAH PROVINSI KALIMANTAN TIMUR"],
      ["DINAS KESEHATAN"],
      ["UPTD PUSKESMAS SEMPAJA"],
      ["Nomor SOP", "440/012/PKM/2022"],
      ["Tgl Pembuatan", "1 Februari 2022"],
      ["Tgl Revisi", "-"],
      ["Tgl Pengesahan", "10 Februari 2022"],
      ["Disahkan oleh", "Kepala UPTD Puskesmas Sempaja"],
      ["dr. Budi Santoso"],
      ["NIP 19800101 200501 1 001"],
      ["Nama SOP", "Pendaftaran Pasien Rawat Jalan"],
    ]);
    expect(rows[7].line).toBe(8);
  });

  it("keeps a unit line that starts like a section label ('PENCATATAN SIPIL') in the block; ': value' cells lose the colon", () => {
    expect(
      cellsOf([
        "DINAS KEPENDUDUKAN DAN      Nomor SOP        : 470/12/2021",
        "PENCATATAN SIPIL            Tgl. Revisi      : 5 Januari 2024",
        "",
        "Pencatatan :  Register pelayanan",
      ]),
    ).toEqual([
      ["DINAS KEPENDUDUKAN DAN"],
      ["PENCATATAN SIPIL"],
      ["Nomor SOP", "470/12/2021"],
      ["Tgl. Revisi", "5 Januari 2024"],
      ["Pencatatan :", "Register pelayanan"],
    ]);
  });

  it("takes a bare 'Nomor' as the SOP number inside the block only", () => {
    expect(
      cellsOf([
        "Nomor 5 Tahun 2021 tentang Tata Naskah",
        "",
        "BIRO ORGANISASI     Nomor            7/SOP/2021",
        "                    Tgl Revisi       -",
      ]),
    ).toEqual([["Nomor 5 Tahun 2021 tentang Tata Naskah"], ["BIRO ORGANISASI"], ["Nomor", "7/SOP/2021"], ["Tgl Revisi", "-"]]);
  });
});

describe("section headers side by side", () => {
  it("writes the left label and its lines, then the right label and its lines", () => {
    const rows = read(SECTIONS);
    expect(rows.map((r) => r.cells)).toEqual([
      ["Dasar Hukum"],
      ["1. Undang-Undang Nomor 36 Tahun 2009"],
      ["tentang Kesehatan"],
      ["2. Permenkes Nomor 43 Tahun 2019"],
      ["Kualifikasi Pelaksana"],
      ["1. Minimal SMA"],
      ["2. Memahami alur pendaftaran"],
      ["Keterkaitan"],
      ["1. SOP Rekam Medis"],
      ["Peralatan/Perlengkapan"],
      ["1. Komputer"],
      ["2. Kartu berobat"],
      ["Peringatan"],
      ["Pasien tidak terdaftar bila identitas"],
      ["tidak lengkap"],
      ["Pencatatan dan Pendataan"],
      ["Buku register pendaftaran"],
    ]);
    expect(rows.slice(4, 7).map((r) => r.line)).toEqual([1, 2, 3]);
  });
});

describe("procedure table", () => {
  it("builds the two header rows from the header cells, an actor name wrapped over two lines joined", () => {
    expect(cellsOf(TABLE).slice(0, 2)).toEqual(TABLE_HEADER);
  });

  it("merges wrapped lines into one row per step: activity, seconds over two lines, marks X and √", () => {
    const rows = read(TABLE).slice(2);
    expect(rows.map((r) => r.cells)).toEqual([
      ["1", "Menerima pasien dan menanyakan identitas", "", "X", "", "Kartu berobat", "30 detik", "Nomor antrian", ""],
      // Vertically centred: the first line sits above the number, after a blank line.
      ["2", "Mencari berkas rekam medis pasien lama di rak penyimpanan", "", "X", "", "Berkas RM", "5 menit", "Berkas RM", ""],
      ["3", "Menyerahkan berkas ke poli", "√", "", "", "", "2 menit", "Berkas", ""],
    ]);
    expect(rows.map((r) => r.line)).toEqual([4, 8, 11]); // the number's line
  });

  // pdftotext -layout output of an HTML table printed to PDF by Chromium (cells vertically centred,
  // then top-aligned): no blank line between rows, narrow cells one space apart.
  const CENTRED = [
    "                                                        Pelaksana                            Mutu Baku",
    "No                 Kegiatan                        Ka    Petugas                                                          Keterangan",
    "                                                                    Pasien      Kelengkapan        Waktu     Output",
    "                                               Puskesmas Loket",
    "     Pasien datang dan mengambil nomor                                                                      Nomor",
    "1                                                                     X      Nomor antrian       30 detik",
    "     antrian di mesin antrian                                                                               antrian",
    "     Petugas memanggil pasien sesuai",
    "                                                                             Kartu berobat, kartu           Identitas",
    "2    nomor antrian dan menanyakan                           X                                     1 menit",
    "                                                                             BPJS                           pasien",
    "     identitas, kartu berobat dan kartu BPJS",
    "                                                                             Berkas rekam medis             Berkas      Pasien baru",
    "3    Mencari berkas rekam medis                             √                                   3 menit",
    "                                                                             pasien lama                    RM          dibuatkan berkas",
    "4    Menandatangani laporan                        √                         Laporan             5 menit    Laporan",
  ];
  const TOP_ALIGNED = [
    "No                 Kegiatan                             Pelaksana                            Mutu Baku                    Keterangan",
    "                                                   Ka    Petugas    Pasien      Kelengkapan        Waktu     Output",
    "                                               Puskesmas Loket",
    "1    Pasien datang dan mengambil nomor                                X      Nomor antrian       30 detik   Nomor",
    "     antrian di mesin antrian                                                                               antrian",
    "2    Petugas memanggil pasien sesuai                        X                Kartu berobat, kartu 1 menit   Identitas",
    "     nomor antrian dan menanyakan                                            BPJS                           pasien",
    "     identitas, kartu berobat dan kartu BPJS",
    "3    Mencari berkas rekam medis                             √                Berkas rekam medis 3 menit     Berkas      Pasien baru",
    "                                                                             pasien lama                    RM          dibuatkan berkas",
    "4    Menandatangani laporan                        √                         Laporan             5 menit    Laporan",
  ];
  const PRINTED = [
    ["No", "Kegiatan", "Pelaksana", "", "", "Mutu Baku", "", "", "Keterangan"],
    ["", "", "Ka Puskesmas", "Petugas Loket", "Pasien", "Kelengkapan", "Waktu", "Output", ""],
    ["1", "Pasien datang dan mengambil nomor antrian di mesin antrian", "", "", "X", "Nomor antrian", "30 detik", "Nomor antrian", ""],
    [
      "2",
      "Petugas memanggil pasien sesuai nomor antrian dan menanyakan identitas, kartu berobat dan kartu BPJS",
      "",
      "X",
      "",
      "Kartu berobat, kartu BPJS",
      "1 menit",
      "Identitas pasien",
      "",
    ],
    ["3", "Mencari berkas rekam medis", "", "√", "", "Berkas rekam medis pasien lama", "3 menit", "Berkas RM", "Pasien baru dibuatkan berkas"],
    ["4", "Menandatangani laporan", "√", "", "", "Laporan", "5 menit", "Laporan", ""],
  ];

  it("cuts rows without blank lines in a vertically centred table: the row above reaches as far below its number", () => {
    expect(cellsOf(CENTRED)).toEqual(PRINTED);
  });

  it("cuts rows at the numbers in a top-aligned table; a Waktu cell one space after Kelengkapan is split off", () => {
    expect(cellsOf(TOP_ALIGNED)).toEqual(PRINTED);
  });

  it("without blank lines, a line opening with a capital above a number starts that step, a lower-case one continues", () => {
    const rows = (second: string) =>
      cellsOf([
        "No   Kegiatan                   Staf     Kadis    Waktu     Output",
        "1    Menerima berkas            X                 5 menit   Berkas",
        second,
        "2    berkas                              X        10 menit  Disposisi",
      ]).slice(2);
    expect(rows("     Memeriksa kelengkapan").map((r) => [r[0], r[1]])).toEqual([
      ["1", "Menerima berkas"],
      ["2", "Memeriksa kelengkapan berkas"],
    ]);
    expect(rows("     dan memeriksa kelengkapan").map((r) => [r[0], r[1]])).toEqual([
      ["1", "Menerima berkas dan memeriksa kelengkapan"],
      ["2", "berkas"],
    ]);
  });

  it("reads a number on a line of its own, a number glued to the activity, ■ and v marks, Waktu (menit)", () => {
    expect(
      cellsOf([
        "No   Aktivitas                 Pelaksana                  Mutu Baku                      Ket",
        "                          Staf TU  Sekretaris  Kadis  Kelengkapan  Waktu     Output",
        "                                                                   (menit)",
        "1",
        "     Menerima dan mencatat    ■                        Surat        5         Agenda",
        "     surat masuk",
        "",
        "2 Memeriksa surat                      v               Agenda       10        Disposisi",
      ]),
    ).toEqual([
      ["No", "Aktivitas", "Pelaksana", "", "", "Mutu Baku", "", "", "Ket"],
      ["", "", "Staf TU", "Sekretaris", "Kadis", "Kelengkapan", "Waktu (menit)", "Output", ""],
      ["1", "Menerima dan mencatat surat masuk", "■", "", "", "Surat", "5", "Agenda", ""],
      ["2", "Memeriksa surat", "", "v", "", "Agenda", "10", "Disposisi", ""],
    ]);
  });

  it("ends the table at a line running across columns after a blank line (a footer under the table)", () => {
    const rows = cellsOf([
      "No   Kegiatan                 Petugas   Kasi     Waktu      Keterangan",
      "1    Mencetak KK              X                  5 menit    KK lama",
      "                                                            dimusnahkan",
      "",
      "                  Dinas Kependudukan dan Pencatatan Sipil Kota Kupang",
    ]);
    expect(rows.slice(2)).toEqual([
      ["1", "Mencetak KK", "X", "", "5 menit", "KK lama dimusnahkan"],
      ["Dinas Kependudukan dan Pencatatan Sipil Kota Kupang"],
    ]);
  });

  it("keeps sub-step numbers (2.1) as steps of the table", () => {
    expect(
      cellsOf([
        "No    Kegiatan                 Petugas   Kasi     Waktu",
        "1     Menerima permohonan      X                  5 menit",
        "1.1   Memeriksa berkas         X                  2 menit",
        "1.2.  Mencatat di register              X         1 menit",
      ])
        .slice(2)
        .map((r) => r.slice(0, 2)),
    ).toEqual([
      ["1", "Menerima permohonan"],
      ["1.1", "Memeriksa berkas"],
      ["1.2.", "Mencatat di register"],
    ]);
  });

  it("writes a sub-procedure title inside the table as a row of its own and goes on", () => {
    expect(
      cellsOf([
        "No   Uraian Kegiatan          Petugas   Kasi     Waktu",
        "A. Melalui loket",
        "1    Menerima permohonan      X                  5 menit",
        "B. Melalui surel",
        "2    Membuka surel            X                  1 menit",
      ]).slice(2),
    ).toEqual([["A. Melalui loket"], ["1", "Menerima permohonan", "X", "", "5 menit"], ["B. Melalui surel"], ["2", "Membuka surel", "X", "", "1 menit"]]);
  });
});

describe("a document: decree, page furniture, a table over a page break, two SOPs", () => {
  const DOCUMENT = [
    "                     KEPUTUSAN KEPALA DINAS KESEHATAN",
    "                          NOMOR 12 TAHUN 2022",
    "Menimbang  :  a. bahwa untuk meningkatkan mutu pelayanan perlu",
    "                 ditetapkan standar operasional prosedur;",
    "                                   Halaman 1 dari 3",
    "\fSOP Dinas Kesehatan Provinsi Kalimantan Timur",
    "PEMERINTAH PROVINSI          No. SOP           001/SOP/2022",
    "DINAS KESEHATAN              Nama/Judul SOP    Pengelolaan Surat Masuk",
    "",
    "No   Aktivitas                 Pelaksana          Mutu Baku",
    "                          Staf TU  Kadis     Waktu     Output",
    "1    Menerima surat masuk     X                5 menit   Agenda",
    "2    Mendisposisi surat                X",
    "                                   Halaman 2 dari 3",
    "\fSOP Dinas Kesehatan Provinsi Kalimantan Timur",
    "No   Aktivitas                 Pelaksana          Mutu Baku",
    "                          Staf TU  Kadis     Waktu     Output",
    "                                               10 menit  Disposisi",
    "",
    "3    Mengarsipkan surat       X                2 menit   Arsip",
    "",
    "PEMERINTAH PROVINSI          No. SOP           002/SOP/2022",
    "DINAS KESEHATAN              Nama/Judul SOP    Pengelolaan Surat Keluar",
    "",
    "No   Uraian Kegiatan         Pelaksana     Waktu    Keterangan",
    "                          Staf TU  Kadis",
    "1    Membuat konsep surat     X            1 jam",
    "                                   Halaman 3 dari 3",
  ];

  it("drops running headers and page numbers, continues the table after its repeated header, starts the next SOP", () => {
    const rows = read(DOCUMENT);
    expect(rows.map((r) => r.cells)).toEqual([
      ["KEPUTUSAN KEPALA DINAS KESEHATAN"],
      ["NOMOR 12 TAHUN 2022"],
      ["Menimbang", ":", "a. bahwa untuk meningkatkan mutu pelayanan perlu"],
      ["ditetapkan standar operasional prosedur;"],
      ["PEMERINTAH PROVINSI"],
      ["DINAS KESEHATAN"],
      ["No. SOP", "001/SOP/2022"],
      ["Nama/Judul SOP", "Pengelolaan Surat Masuk"],
      ["No", "Aktivitas", "Pelaksana", "", "Mutu Baku", ""],
      ["", "", "Staf TU", "Kadis", "Waktu", "Output"],
      ["1", "Menerima surat masuk", "X", "", "5 menit", "Agenda"],
      // The row split by the page break: its Waktu and Output cells come after the repeated header.
      ["2", "Mendisposisi surat", "", "X", "10 menit", "Disposisi"],
      ["3", "Mengarsipkan surat", "X", "", "2 menit", "Arsip"],
      ["PEMERINTAH PROVINSI"],
      ["DINAS KESEHATAN"],
      ["No. SOP", "002/SOP/2022"],
      ["Nama/Judul SOP", "Pengelolaan Surat Keluar"],
      ["No", "Uraian Kegiatan", "Pelaksana", "", "Mutu Baku", "Keterangan"],
      ["", "", "Staf TU", "Kadis", "Waktu", ""],
      ["1", "Membuat konsep surat", "X", "", "1 jam", ""],
    ]);
    expect(rows.find((r) => r.cells[0] === "3")).toMatchObject({ page: 3, line: 6 });
    expect(rows.filter((r) => r.cells[0] === "No")).toHaveLength(2);
  });

  it("drops a page header carrying its page number even on a document of one page", () => {
    expect(
      cellsOf([
        "Dokumen terkendali - Dinas Contoh                        Halaman 1",
        "",
        "Lampiran      Keputusan Kepala Dinas",
      ]),
    ).toEqual([["Lampiran", "Keputusan Kepala Dinas"]]);
  });

  it("keeps organisation lines repeated above each SOP's identity block on every page", () => {
    const pages = ["PEMERINTAH PROVINSI NTT     Nomor SOP    1/2020", "PEMERINTAH PROVINSI NTT     Nomor SOP    2/2020"];
    expect(cellsOf([pages[0], "\f" + pages[1]])).toEqual([
      ["PEMERINTAH PROVINSI NTT"],
      ["Nomor SOP", "1/2020"],
      ["PEMERINTAH PROVINSI NTT"],
      ["Nomor SOP", "2/2020"],
    ]);
  });
});

describe("anything else", () => {
  it("writes other lines as rows of their chunks and nothing for no pages", () => {
    expect(readLayout([])).toEqual([]);
    expect(cellsOf(["Lampiran I      Keputusan Kepala Dinas", "   tentang SOP"])).toEqual([
      ["Lampiran I", "Keputusan Kepala Dinas"],
      ["tentang SOP"],
    ]);
  });

  it("reads the whole example page in order: identity, sections, table", () => {
    const cells = cellsOf([...IDENTITY, ...SECTIONS, ...TABLE]);
    expect(cells).toHaveLength(11 + 17 + 5);
    expect(cells[11]).toEqual(["Dasar Hukum"]);
    expect(cells.slice(28, 30)).toEqual(TABLE_HEADER);
  });
});
