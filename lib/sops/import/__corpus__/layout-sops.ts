/** Structured SOPs the layout property test reflows into random column widths (content invented). */
import type { LayoutSop } from "./render-layout";

export const LAYOUT_SOPS: LayoutSop[] = [
  {
    nomor: "005/SM/DINKES/2024",
    nama: "Pengelolaan Surat Masuk",
    unitLines: ["PEMERINTAH KABUPATEN ALOR", "DINAS KESEHATAN", "SEKRETARIAT"],
    tanggalPembuatan: "4 Maret 2024",
    approver: { position: "Kepala Dinas Kesehatan", name: "dr. MARKUS T. LAPIK", nip: "19770214 200312 1 006" },
    actors: ["Pengadministrasi Umum", "Kasubag Umum", "Sekretaris", "Kepala Dinas"],
    steps: [
      { no: 1, actor: "Pengadministrasi Umum", activity: "menerima surat masuk, mencatat dalam buku agenda dan memasang lembar disposisi.", kelengkapan: "Buku agenda, lembar disposisi", waktu: "5 menit", minutes: 5, output: "Surat tercatat" },
      { no: 2, actor: "Kepala Dinas", activity: "menelaah dan mendisposisikan surat kepada Sekretaris.", kelengkapan: "Surat dan lembar disposisi", waktu: "1 hari", minutes: 450, output: "Disposisi" },
      { no: 3, actor: "Sekretaris", activity: "meneruskan disposisi kepada Kasubag Umum untuk ditindaklanjuti.", kelengkapan: "Disposisi", waktu: "30 menit", minutes: 30, output: "Disposisi diteruskan" },
      { no: 4, actor: "Kasubag Umum", activity: "menyiapkan bahan tindak lanjut surat sesuai disposisi.", kelengkapan: "Disposisi", waktu: "2 jam", minutes: 120, output: "Bahan tindak lanjut" },
      { no: 5, actor: "Pengadministrasi Umum", activity: "memindai surat dan mengunggah ke aplikasi persuratan.", kelengkapan: "Pemindai", waktu: "30 detik", minutes: 0.5, output: "Arsip digital" },
      { no: 6, actor: "Pengadministrasi Umum", activity: "menyimpan surat asli dalam ordner arsip.", kelengkapan: "Ordner", waktu: "10 menit", minutes: 10, output: "Arsip" },
    ],
  },
  {
    nomor: "470/07/DUKCAPIL/2023",
    nama: "Perekaman KTP Elektronik",
    unitLines: ["PEMERINTAH KOTA KUPANG", "DINAS KEPENDUDUKAN DAN", "PENCATATAN SIPIL"],
    tanggalPembuatan: "2 Mei 2023",
    approver: { position: "Kepala Dinas Kependudukan", name: "Drs. YAKOBUS BERE", nip: "19680930 199403 1 002" },
    actors: ["Petugas Loket", "Operator Perekaman", "Kasi Identitas Penduduk"],
    steps: [
      { no: 1, actor: "Petugas Loket", activity: "memeriksa kartu keluarga dan nomor induk kependudukan pemohon.", kelengkapan: "Kartu keluarga", waktu: "45 detik", minutes: 0.75, output: "Data sesuai" },
      { no: 2, actor: "Operator Perekaman", activity: "merekam foto, sidik jari, iris mata dan tanda tangan pemohon.", kelengkapan: "Alat perekaman", waktu: "15 menit", minutes: 15, output: "Biodata terekam" },
      { no: 3, actor: "Kasi Identitas Penduduk", activity: "memverifikasi hasil perekaman pada aplikasi SIAK.", kelengkapan: "Aplikasi SIAK", waktu: "1 jam", minutes: 60, output: "Data terverifikasi" },
      { no: 4, actor: "Operator Perekaman", activity: "mencetak KTP elektronik.", kelengkapan: "Blanko KTP", waktu: "5 menit", minutes: 5, output: "KTP elektronik" },
      { no: 5, actor: "Petugas Loket", activity: "menyerahkan KTP elektronik kepada pemohon dan mencatat dalam register.", kelengkapan: "Register", waktu: "3 menit", minutes: 3, output: "KTP diterima" },
    ],
  },
  {
    nomor: "800/KP/BKD/2022",
    nama: "Usulan Kenaikan Pangkat Reguler",
    unitLines: ["PEMERINTAH PROVINSI NUSA TENGGARA TIMUR", "BADAN KEPEGAWAIAN DAERAH", "BIDANG MUTASI"],
    tanggalPembuatan: "10 Januari 2022",
    approver: { position: "Kepala Badan Kepegawaian Daerah", name: "ANDREAS LEWA, S.H.", nip: "19700101 199203 1 011" },
    actors: ["Staf Kepegawaian", "Kabid Mutasi dan Promosi", "Kepala Badan"],
    steps: [
      { no: 1, actor: "Staf Kepegawaian", activity: "menerima berkas usulan kenaikan pangkat dari perangkat daerah dan memeriksa kelengkapannya.", kelengkapan: "Berkas usulan", waktu: "3 hari", minutes: 1350, output: "Berkas lengkap" },
      { no: 2, actor: "Kabid Mutasi dan Promosi", activity: "memverifikasi berkas dan memaraf surat pengantar.", kelengkapan: "Berkas lengkap", waktu: "1 hari", minutes: 450, output: "Surat diparaf" },
      { no: 3, actor: "Kepala Badan", activity: "menandatangani surat pengantar usulan.", kelengkapan: "Surat diparaf", waktu: "2 jam", minutes: 120, output: "Surat pengantar" },
      { no: 4, actor: "Staf Kepegawaian", activity: "mengunggah usulan ke aplikasi SIASN.", kelengkapan: "Aplikasi SIASN", waktu: "1 jam", minutes: 60, output: "Usulan terkirim" },
    ],
  },
];
