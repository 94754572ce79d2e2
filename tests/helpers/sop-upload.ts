// The upload tests' shared material: one SOP of Sub Bagian Keuangan (Dinas Sosial NTT) in the seeds'
// tab-separated layout, the form the browser posts, and the SOPs of a preview as the browser sends
// them back on confirm.
import type { FilePreview } from "../../lib/sops/upload";

/** Seed 003's "Sasaran Mutu" layout, as an SOP of Sub Bagian Keuangan; `waktuLaporan` varies it. */
export function keuanganSopText(waktuLaporan = "30"): string {
  return [
    "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
    "DINAS SOSIAL",
    "SUB BAGIAN KEUANGAN",
    "",
    "Nomor SOP\t900/UJI-01/DINSOS/2026",
    "Tanggal Pembuatan\t05 Januari 2026",
    "Tanggal Revisi\t-",
    "Tanggal Efektif\t12 Januari 2026",
    "Disahkan oleh\t Kepala Dinas Sosial Dr. Theresia Adu, M.Si NIP. 196907151995032001",
    "Nama SOP\tVerifikasi Laporan Sasaran Mutu Keuangan",
    "Dasar Hukum\tKualifikasi Pelaksana",
    "1. Peraturan Menteri PANRB Nomor 35 Tahun 2012\t1. Memahami sistem manajemen mutu",
    "Keterkaitan\tPeralatan / Perlengkapan",
    "SOP Audit Internal\tPerangkat Komputer",
    "Peringatan\tPencatatan dan Pendataan",
    "Laporan yang tidak diverifikasi tidak dapat dipakai dalam tinjauan manajemen\tDisimpan dalam bentuk hardcopy dan softcopy",
    "",
    "NO\tUraian Kegiatan\tPelaksana\t\t\tMutu Baku\t\t\tKETERANGAN",
    "\t\tBendahara\tKasubag Keuangan\tSekretaris\tKelengkapan\tWaktu (menit)\tOutput\t",
    "1\t2\t3\t4\t5\t6\t7\t8\t",
    "1\tMenghimpun data capaian sasaran mutu\t\t\t\tAlat tulis kantor dan perangkat komputer\t60\tRekaman\t",
    "2\tMemeriksa kelengkapan data\t\t\t\tAlat tulis kantor\t60\tRekaman\t",
    `3\tMembuat laporan\t\t\t\tAlat tulis kantor dan perangkat komputer\t${waktuLaporan}\tLaporan\t`,
    "",
  ].join("\n");
}

/** The multipart form of one file's preview, with the upload's default unit. */
export function uploadForm(name: string, content: string, unitId: string): FormData {
  const form = new FormData();
  form.set("file", new File([content], name, { type: "application/octet-stream" }));
  form.set("unitId", unitId);
  return form;
}

/**
 * The SOPs of a preview as the browser sends them back when the user confirms without changes:
 * with what the preview showed for each (as the screen sends it), or without (an older client).
 */
export function confirmedImport(preview: FilePreview, { withExpectation = true } = {}) {
  return {
    sops: preview.sops.map((s) => ({
      fileName: s.fileName,
      unitId: s.unitId,
      content: s.content,
      warnings: s.warnings,
      ...(withExpectation
        ? { expected: { action: s.outcome.action, existingId: s.outcome.existingId, currentRevisionNo: s.outcome.currentRevisionNo } }
        : {}),
    })),
  };
}
