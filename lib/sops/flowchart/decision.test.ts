import { describe, it, expect } from "vitest";
import { parseSopDocument } from "../import";
import { SEED_FILES, readSeed } from "../import/seed-files";
import type { ParsedSop } from "../import/types";
import { isDecisionStep, returnTarget } from "./decision";

const dinsos = parseSopDocument(readSeed(SEED_FILES.dinsosNtt)).sops;

function sop(list: ParsedSop[], nama: string): ParsedSop {
  const found = list.find((s) => s.nama === nama);
  if (!found) throw new Error(`SOP ${nama} tidak ada di seed`);
  return found;
}

describe("isDecisionStep", () => {
  // Real activity sentences from the seed SOPs (Dinas Sosial, Biro Organisasi NTT).
  const decisions = [
    "Mengoreksi konsep surat keluar. Apabila setuju, memaraf dan disampaikan kepada Sekretaris/Kabid. Apabila tidak setuju dikembalikan kepada pengadministrasi umum untuk memperbaiki.",
    "Memeriksa konsep Surat Pemberitahuan Kenaikan Gaji berkala beserta kelengkapan administrasi lainnya, jika setuju membubuhkan paraf dan meneruskannya ke Sekretaris, jika tidak setuju mengembalikannya ke pengelola kepegawaian untuk diperbaiki",
    "Memeriksa konsep RENJA Dinas dan meneruskannya ke Sekretaris dan apabila ada koreksi maka dikembalikan untuk diperbaiki",
    "Menerima, memeriksa, memaraf draft rekomendasi ijin undian dan diberikan kepada Kabid. Dikembalikan apabila ada koreksi",
    "Menelaah disposisi dan melakukan verifikasi awal berkas persyaratan, apabila tidak lengkap diserahkan kembali kepada pengadministrasi umum untuk dikembalikan kepada LKS.",
    "Mengoreksi Daftar Urut Kepangkatan ASN, apabila tidak sesuai maka dikembalikan untuk diperbaiki dan apabila setuju maka memaraf dan melanjutkan ke Sekretaris",
    "Menerima kelengkapan berkas pengusulan pengurusan Karis/Karsu, melakukan verifikasi berkas, jika berkas telah memenuhi syarat, maka membuat surat pengantar usulan ke BKD, jika berkas belum lengkap maka dikembalikan kepada ASN yang bersangkutan",
    "Memeriksa, meneliti dan mempelajari draf dokumen Monev, jika YA diparaf dan diserahkan kepada Sekretaris, jika TIDAK dikembalikan kepada Staf Program",
    "Kepala UPTD menelaah usulan kebutuhan. Jika disetujui maka Kepala Seksi mengajukan rencana kebutuhan. Jika tidak disetujui maka diperbaiki",
    "Mengoreksi konsep Rencana Tindak Lanjut jika setuju memaraf dan menyampaikan kepada Kepala Dinas untuk ditandatangani, Jika tidak mengembalikan kepada kasubag Kepegawaian dan Umum untuk diperbaiki",
    "Menelaah hasil verifikasi jenis dan sisa cuti pemohon. Apabila sisa cuti yang bersangkutan telah habis, dikembalikan kepada pemohon melalui pengelola kepegawaian. Apabila sisa cuti yang bersangkutan masih ada, memerintahkan pengelola kepegawaian untuk memproses surat usulan cuti ke BKD.",
    "Mengoreksi draft informasi dan dokumentasi bagian, apabila setuju menyampaikan kepada Sekretaris Tim PPID. Jika tida setuju dikembalikan ke anggota untuk diperbaiki.",
    "Mengoreksi konsep surat rekomendasi LKS, memaraf apabila tidak ada perbaikan dan diteruskan kepada Kadis. Apabila ada perbaikan dikembalikan kepada Sub Koordinator",
    "Menghimpun dan Menyusun Draft Surat Dinas hal Klarifikasi Keberatan Informasi Publik dan menyampaikan kepada Ketua Tim untuk ditandatangani. Apabila terdapat kekurangan data/informasi, mengembalikan kepada Koordinator Bagian untuk diperbaiki",
  ];
  it.each(decisions)("recognises a decision: %s", (activity) => {
    expect(isDecisionStep(activity)).toBe(true);
  });

  // Plain steps, several with words that a careless pattern would take for a decision.
  const plain = [
    // "dikembalikan" is the normal flow here, not a rejection.
    "Menelaah, mendisposisi surat masuk dan memberikan petunjuk kepada Sekretaris/Kepala Bidang yang dituju untuk tindaklanjut dan dikembalikan ke pengadministrasi umum.",
    "Menerima, menelaah Draft Renstra menandatangani dikembalikan ke TIM untuk di kirimkan ke BAPPELITBANGDA.",
    "Formulir permintaan informasi dikembalikan oleh pemohon kepada pengadministrasi umum sekaligus pemohon mengambil KTP/Kartu identitas lain yang sah.",
    // Approval without any alternative.
    "Memeriksa draft laporan kegiatan panti Jika setuju diparaf dan dikembalikan kepada pelaksana",
    "Memeriksa draft final Laporan Kehadiran Pegawai. Jika setuju memaraf dan menyerahkan kepada Kepala UPT.",
    // A check with "jika" that is not about approval.
    "Memeriksa isi Kotak Pengaduan setiap hari, jika terdapat pengaduan maka diambil, dicatat dalam buku rekapitulasi pengaduan dan di teruskan kepada Agendaris",
    "Sub Koordinator melakukan penyempurnaan DTKS. Jika DTKS telah diperbaiki maka diajukan ke Kabid untuk dikoreksi",
    "Membuat SK Ijin Pengasuhan Sementara (6 bulan). Dilakukan Home Visit ke II. Apabila COTA melalaikan kewajibannya maka ijin pengasuhan akan dicabut",
    // Correction words without a return.
    "Menyerahkan laporan kepada Sub Koordinator Subtansi Program, Data dan Evaluasi untuk diperbaiki",
    "Menyusun Konsep Rencana Tindak Lanjut dan menyampaikan kepada Sekretaris untuk dikoreksi",
    "Memverifikasi tindakan perbaikan",
    "Mengidentifikasi dokumen yang tidak sesuai dengan implementasinya",
    "Koreksi dan penetapan tim pelaksana kegiatan bimbingan sosial fisik, mental dan pelatihan keterampilan",
    "Menerima surat keluar yang sudah dikoreksi dan di paraf oleh Kasubag TU dan di lanjutkan kepada Kepala UPTD untuk ditanda tangani",
    // An alternative without a return: no "Tidak" arrow to draw.
    "Melakukan Case Conference untuk memastikan menerima atau menolak Calon Penerima Manfaat. Jika Menerima, dilakukan penjemputan, jika menolak, menyampaikan secara tertulis kepada keluarga.",
    "Mendokumentasikan dan mengarsipkan Surat Masuk",
    "",
  ];
  it.each(plain)("leaves a plain step alone: %s", (activity) => {
    expect(isDecisionStep(activity)).toBe(false);
  });

  it("recognises the other phrasings of a rejection", () => {
    expect(isDecisionStep("Usulan yang ditolak dikembalikan kepada pemohon.")).toBe(true);
    expect(isDecisionStep("Menelaah berkas; apabila belum lengkap dikembalikan kepada staf.")).toBe(true);
    expect(isDecisionStep("Memeriksa draf dan mengembalikannya kepada staf untuk direvisi.")).toBe(true);
    expect(isDecisionStep("Hasil koreksi dikembalikan kepada konseptor.")).toBe(true);
  });

  it("is fast on long garbage", () => {
    const started = performance.now();
    isDecisionStep("jika apabila bila ".repeat(2000) + "x".repeat(10_000));
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("returnTarget", () => {
  const actors = ["Pengelola Kepegawaian", "Kepala Sub Bagian Kepegawaian dan Umum", "Sekretaris", "Kepala Dinas"];
  const previous = [
    { no: 1, actor: "Kepala Sub Bagian Kepegawaian dan Umum" },
    { no: 2, actor: "Pengelola Kepegawaian" },
    { no: 3, actor: "Kepala Sub Bagian Kepegawaian dan Umum" },
    { no: 4, actor: "Sekretaris" },
  ];

  it("goes back to the latest earlier step of the actor the text names", () => {
    const t = returnTarget(
      "Memeriksa konsep usulan. Apabila setuju, menandatangani. Apabila tidak setuju, dikembalikan kepada Kasubag TU untuk diperbaiki.",
      actors,
      previous,
    );
    expect(t).toEqual({ index: 2, matchedBy: "actor", name: "Kasubag TU" });
  });

  it("reads the usual abbreviations (Kabid, Kadis, Sekdis, Kasubag)", () => {
    const lanes = ["Staf", "Kepala Sub Bagian Umum", "Kepala Bidang", "Sekretaris", "Kepala Dinas"];
    const prev = lanes.map((actor, i) => ({ no: i + 1, actor }));
    const target = (who: string) =>
      returnTarget(`Memeriksa draf. Jika setuju memaraf. Jika tidak setuju dikembalikan kepada ${who} untuk diperbaiki.`, lanes, prev)?.index;
    expect(target("Kasubag")).toBe(1);
    expect(target("Kabid")).toBe(2);
    expect(target("Sekdis")).toBe(3);
    expect(target("Kadis")).toBe(4);
    expect(target("staf")).toBe(0);
  });

  it("matches an actor written with alternatives (Sekretaris/ Kepala Bidang)", () => {
    const s = sop(dinsos, "Penanganan Surat Keluar");
    const i = s.steps.findIndex((x) => x.no === 5);
    const t = returnTarget(s.steps[i].activity, s.actors, s.steps.slice(0, i));
    expect(t?.matchedBy).toBe("actor");
    expect(s.steps[t!.index].no).toBe(4);
    expect(s.steps[t!.index].actor).toBe("Sekretaris/ Kepala Bidang");
  });

  it("takes the step number when the text names one", () => {
    const t = returnTarget("Jika tidak sesuai dikembalikan ke langkah 2 untuk diperbaiki.", actors, previous);
    expect(t).toMatchObject({ index: 1, matchedBy: "step" });
  });

  it("falls back to the immediately previous step", () => {
    expect(returnTarget("Apabila tidak setuju, dikembalikan untuk diperbaiki.", actors, previous)).toEqual({
      index: 3,
      matchedBy: "previous",
      name: null,
    });
    // Named, but nobody of that name acted before.
    expect(returnTarget("Apabila tidak setuju dikembalikan kepada Kabag Tata Laksana untuk diperbaiki.", actors, previous)).toMatchObject({
      index: 3,
      matchedBy: "previous",
    });
  });

  it("finds the actor behind 'melalui'", () => {
    const t = returnTarget(
      "Apabila sisa cuti telah habis, dikembalikan kepada pemohon melalui pengelola kepegawaian. Apabila masih ada, memerintahkan pengelola kepegawaian memproses usulan.",
      actors,
      previous,
    );
    expect(t).toMatchObject({ index: 1, matchedBy: "actor" });
  });

  it("does not read the approved branch as the target", () => {
    // "kepada Kepala Dinas" belongs to the "setuju" branch.
    const t = returnTarget(
      "Apabila setuju, memaraf dan menyampaikan kepada Kepala Dinas. Apabila tidak setuju, dikembalikan kepada Pengelola kepegawaian untuk diperbaiki.",
      actors,
      [...previous, { no: 5, actor: "Kepala Dinas" }],
    );
    expect(t).toMatchObject({ index: 1, matchedBy: "actor" });
  });

  it("is null without an earlier step", () => {
    expect(returnTarget("Apabila tidak setuju dikembalikan kepada staf.", actors, [])).toBeNull();
  });
});
