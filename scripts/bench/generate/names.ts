// Names the generated province draws from (Perangkat Daerah of a province, Indonesian names).
export const AGENCY_NAMES = [
  "Dinas Pendidikan dan Kebudayaan", "Dinas Kesehatan", "Dinas Sosial", "Dinas Pekerjaan Umum dan Penataan Ruang",
  "Dinas Perumahan Rakyat dan Kawasan Permukiman", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
  "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Pemberdayaan Masyarakat dan Desa", "Dinas Perhubungan",
  "Dinas Komunikasi dan Informatika", "Dinas Koperasi dan Usaha Kecil Menengah", "Dinas Penanaman Modal dan PTSP",
  "Dinas Kepemudaan dan Olahraga", "Dinas Pariwisata dan Ekonomi Kreatif", "Dinas Perpustakaan dan Kearsipan",
  "Dinas Kelautan dan Perikanan", "Dinas Pertanian dan Ketahanan Pangan", "Dinas Peternakan", "Dinas Kehutanan",
  "Dinas Energi dan Sumber Daya Mineral", "Dinas Perindustrian dan Perdagangan", "Dinas Tenaga Kerja dan Transmigrasi",
  "Dinas Lingkungan Hidup", "Badan Perencanaan Pembangunan Daerah", "Badan Pendapatan dan Aset Daerah",
  "Badan Keuangan Daerah", "Badan Kepegawaian Daerah", "Badan Pengembangan Sumber Daya Manusia",
  "Badan Penanggulangan Bencana Daerah", "Badan Kesatuan Bangsa dan Politik", "Badan Penghubung",
  "Inspektorat Daerah", "Satuan Polisi Pamong Praja", "Biro Organisasi", "Biro Hukum", "Biro Pemerintahan",
  "Biro Umum", "Biro Pengadaan Barang dan Jasa", "Biro Perekonomian dan Administrasi Pembangunan",
  "Rumah Sakit Umum Daerah Prof. Dr. W. Z. Johannes",
];

export const FIRST_NAMES = [
  "Yohanes", "Maria", "Fransiskus", "Agustina", "Petrus", "Yuliana", "Markus", "Theresia", "Stefanus", "Elisabeth",
  "Paulus", "Veronika", "Aloysius", "Margaretha", "Dominikus", "Bernadeta", "Antonius", "Katarina", "Yosef", "Melania",
  "Ahmad", "Siti", "Rudi", "Dewi", "Imanuel", "Novita", "Herman", "Rosalia", "Kristoforus", "Angelina",
];
export const LAST_NAMES = [
  "Ndun", "Bria", "Tallo", "Lay", "Kolo", "Manafe", "Sinaga", "Bere", "Nenobais", "Tefa", "Seran", "Lado",
  "Pah", "Bessie", "Adoe", "Riwu", "Lodo", "Kana", "Fanggidae", "Hurek", "Wungo", "Dethan", "Leo", "Mau",
];
