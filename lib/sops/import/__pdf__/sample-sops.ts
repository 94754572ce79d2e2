// SOPs the PDF tests draw with build-sop-pdf.ts.
import type { PdfSop } from "./build-sop-pdf";

export const PUSKESMAS_SOP: PdfSop = {
  organisation: ["PEMERINTAH PROVINSI CONTOH", "DINAS KESEHATAN", "PUSKESMAS MAKMUR"],
  identity: [
    ["Nomor SOP", "440/001/PKM"],
    ["Tgl Pembuatan", "10 Januari 2022"],
    ["Tgl Revisi", "-"],
    ["Tgl Pengesahan", "10 Februari 2022"],
    ["Disahkan oleh", "Kepala Puskesmas"],
    ["Nama SOP", "Pelayanan Surat Masuk"],
  ],
  actors: ["Ka Puskesmas", "Staf TU", "Pemohon"],
  steps: [
    { no: 1, activity: "Menerima surat masuk dari pemohon dan mencatat dalam buku agenda surat masuk", actor: 2, kelengkapan: "Buku agenda", waktu: "30 detik", output: "Surat" },
    { no: 2, activity: "Memeriksa kelengkapan surat", actor: 1, decision: true, kelengkapan: "Surat", waktu: "5 menit", output: "Surat lengkap" },
    { no: 3, activity: "Mendisposisikan surat", actor: 0, kelengkapan: "Lembar disposisi", waktu: "10 menit", output: "Disposisi" },
    { no: 4, activity: "Mengarsipkan surat", actor: 1, kelengkapan: "Map arsip", waktu: "1 jam", output: "Arsip" },
  ],
};
