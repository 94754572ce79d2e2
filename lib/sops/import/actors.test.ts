import { describe, expect, it } from "vitest";
import { actorWords, assignActors, buildActorMatcher, handoffTargets, rejectionTargets, similarWord, subjectActor } from "./actors";

describe("actorWords: abbreviations", () => {
  it.each([
    ["Kasubag", "kepala sub bagian"],
    ["Kasubbag KEPUM", "kepala sub bagian kepegawaian dan umum"],
    ["Kabid", "kepala bidang"],
    ["Kadis", "kepala dinas"],
    ["Sekdis", "sekretaris dinas"],
    ["Sekdin", "sekretaris dinas"],
    ["Karo", "kepala biro"],
    ["Kabag", "kepala bagian"],
    ["Ka. UPTD/M. Puncak", "kepala upt / manajemen puncak"],
    ["Kepala Sub.Bagian Tata Usaha Biro", "kepala sub bagian tata usaha biro"],
    ["Kasubag TU", "kepala sub bagian tata usaha"],
    ["Plt. Kepala Biro Organisasi", "kepala biro organisasi"],
  ])("%s -> %s", (text, words) => {
    expect(actorWords(text).join(" ")).toBe(words);
  });
});

// Actors of the seed 001 SOP "Penanganan Surat Masuk" (Dinas Sosial).
const SURAT_MASUK = [
  "Pengadministrasi umum",
  "Kepala Dinas",
  "Sekretaris/ Kepala Bidang",
  "Kepala Sub Bagian/ Sub Koordinator Substansi",
];

describe("matching actors in the text", () => {
  const m = buildActorMatcher(SURAT_MASUK);

  it("finds hand-offs, tolerant of case and abbreviations", () => {
    expect(handoffTargets("Mencatat disposisi Kepala Dinas dan meneruskan ke Sekretaris/Kepala Bidang yang dituju.", m)).toEqual([2]);
    expect(handoffTargets("Menelaah dan mendisposisi surat kepada kasubag/sub koordinator untuk ditindaklanjuti", m)).toEqual([3]);
    expect(handoffTargets("... dan memerintahkan Pengadministrasi Umum untuk mendokumentasikan", m)).toEqual([0]);
  });

  it("ignores the 'tidak setuju' branch", () => {
    const m2 = buildActorMatcher(["Kasubag TU/ Sub Koordinator Substansi", "Pengadministrasi Umum", "Sekretaris/ Kepala Bidang", "Kepala Dinas"]);
    const text =
      "Mengoreksi konsep surat keluar. Apabila setuju, memaraf dan disampaikan kepada Sekretaris/Kabid. Apabila tidak setuju dikembalikan kepada pengadministrasi umum untuk memperbaiki.";
    expect(handoffTargets(text, m2)).toEqual([2]);
    expect(rejectionTargets(text, m2)).toEqual([1]);
  });

  it("finds the activity's own subject", () => {
    const m3 = buildActorMatcher(["Kepala UPTD", "Kasubag T.U", "Kepala Seksi Kesos", "Pemegang Barang/Bahan"]);
    expect(subjectActor("Kepala UPTD menelaah usulan kebutuhan.", m3)).toBe(0);
    expect(subjectActor("Kepala Sub Bagian Tata Usaha melakukan penelitian", m3)).toBe(1);
    expect(subjectActor("Kepala Seksi Kesejahteraan Sosial Lanjut Usia mengajukan rencana kebutuhan", m3)).toBe(2);
    expect(subjectActor("Menyerahkan berkas kepada Kepala UPTD", m3)).toBeNull();
    const m4 = buildActorMatcher(["Pejabat Pembuat Komitmen (PPK)", "Pejabat Pengadaan"]);
    expect(subjectActor("Berdasarkan alokasi anggaran, PPK menyusun rencana kebutuhan", m4)).toBe(0);
  });
});

describe("assignActors", () => {
  it("infers the steps of 'Penanganan Surat Masuk' between the Mulai and Selesai columns", () => {
    const steps = [
      "Menerima surat masuk, mengagendakan surat dalam buku agenda surat masuk, memasang lembar disposisi dan meneruskan kepada Kepala Dinas.",
      "Menelaah, mendisposisi surat masuk dan memberikan petunjuk kepada Sekretaris/Kepala Bidang yang dituju untuk tindaklanjut dan dikembalikan ke pengadministrasi umum.",
      "Mencatat disposisi Kepala Dinas dan meneruskan ke Sekretaris/Kepala Bidang yang dituju.",
      "Menelaah dan mendisposisi surat kepada kasubag/sub koordinator untuk ditindaklanjuti dan dikembalikan ke pengadministrasi umum.",
      "Menindaklanjuti disposisi sekretaris/kabid terkait surat masuk dan memerintahkan Pengadministrasi Umum untuk mendokumentasikan dan mengarsipkan.",
      "Mendokumentasikan dan mengarsipkan Surat Masuk",
    ].map((activity, i) => ({ activity, markerActor: i === 0 || i === 5 ? 0 : null }));
    const result = assignActors(steps, SURAT_MASUK);
    expect(result.map((r) => (r.actor === null ? null : SURAT_MASUK[r.actor]))).toEqual([
      "Pengadministrasi umum",
      "Kepala Dinas",
      "Pengadministrasi umum",
      "Sekretaris/ Kepala Bidang",
      "Kepala Sub Bagian/ Sub Koordinator Substansi",
      "Pengadministrasi umum",
    ]);
    expect(result.map((r) => r.confidence)).toEqual(["certain", "inferred", "inferred", "inferred", "inferred", "certain"]);
  });

  it("uses the next step's rejection target for an unknown step", () => {
    const actors = ["Pengadministrasi Umum", "Kepala Sub Bagian Kepegawaian dan Umum"];
    const result = assignActors(
      [
        { activity: "Membuat konsep TOR perjalanan dinas.", markerActor: null },
        {
          activity: "Memeriksa TOR. Apabila setuju diteruskan kepada Sekretaris, apabila tidak setuju dikembalikan kepada pengadministrasi umum.",
          markerActor: 1,
        },
      ],
      actors,
    );
    expect(result[0]).toEqual({ actor: 0, confidence: "inferred" });
  });

  it("leaves an actor unknown when nothing names it", () => {
    expect(assignActors([{ activity: "Melaksanakan program", markerActor: null }], ["Seksi PJKSMB"])).toEqual([
      { actor: null, confidence: "unknown" },
    ]);
  });

  it("ignores a marker that points outside the actor list", () => {
    expect(assignActors([{ activity: "x", markerActor: 7 }], ["A"])[0].confidence).toBe("unknown");
  });
});

describe("misspelled actor names (fuzzy match scaled to word length)", () => {
  const m = buildActorMatcher(["Petugas Pendaftaran", "Bendahara Pengeluaran", "Kepala Puskesmas", "Bidan Koordinator", "Staf TU"]);
  const named = (text: string) => subjectActor(text, m);

  it.each([
    ["Petugs Pendaftaran mencatat identitas pasien", 0], // 7 letters, one letter missing
    ["Bendahra Pengeluaran membayar tagihan", 1], // 9 letters, one missing
    ["Bendaahara Pengeluarn menerbitkan SPM", 1], // two words, one edit each
    ["Kepala Puskesmass menandatangani surat", 2],
    ["Kepala Pusekmas menandatangani surat", 2], // transposed letters count once
    ["Ka Puskesmas menandatangani surat", 2], // abbreviation table
    ["Staff TU mengarsipkan dokumen", 4],
  ])("%s -> actor %i", (text, actor) => {
    expect(named(text)).toBe(actor);
  });

  it("does not stretch short words, abbreviations, suffixed words or common look-alikes", () => {
    expect(named("Staf TI mengarsipkan dokumen")).toBeNull(); // TU/TI: too short to be a typo
    expect(similarWord("pelaksanaan", "pelaksana")).toBe(false);
    expect(similarWord("kepada", "kepala")).toBe(false);
    expect(similarWord("bidang", "bidan")).toBe(false);
    expect(similarWord("pjksbm", "pjksmb")).toBe(false);
    expect(similarWord("bendhr", "bendahara")).toBe(false); // three letters off
    expect(handoffTargets("Menyerahkan laporan kepada Kepala Puskesmas", m)).toEqual([2]);
  });

  it("reads a misspelled header against the correct name in the text", () => {
    const labels = ["Kepal Dinas", "Sekertaris"];
    const result = assignActors(
      [
        { activity: "Sekretaris menelaah surat dan meneruskan kepada Kepala Dinas", markerActor: null },
        { activity: "Menandatangani surat", markerActor: null },
      ],
      labels,
    );
    expect(result).toEqual([
      { actor: 1, confidence: "inferred" },
      { actor: 0, confidence: "inferred" },
    ]);
  });
});
