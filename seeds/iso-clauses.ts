// The ISO 9001:2015 clause library (4.1 … 10.3) with the SNI ISO 9001:2015 Indonesian titles and
// the portal's own short guidance questions for auditors (not the standard's text).
// Idempotent: an upsert per clause, so running it twice changes nothing.
import type { PrismaClient } from "../lib/db";

interface ClauseSeed {
  code: string;
  title: string;
  questions: string[];
}

export const ISO_CLAUSES: readonly ClauseSeed[] = [
  { code: "4.1", title: "Memahami organisasi dan konteksnya", questions: ["Apakah isu internal dan eksternal unit sudah dicatat dan ditinjau berkala?", "Siapa yang memantau perubahan isu tersebut dan kapan terakhir ditinjau?"] },
  { code: "4.2", title: "Memahami kebutuhan dan harapan pihak yang berkepentingan", questions: ["Apakah daftar pihak berkepentingan dan harapannya tersedia?", "Bagaimana perubahan harapan masyarakat penerima layanan diketahui?"] },
  { code: "4.3", title: "Menetapkan ruang lingkup sistem manajemen mutu", questions: ["Apakah ruang lingkup SMM tertulis dan mencakup layanan unit ini?", "Apakah pengecualian persyaratan (bila ada) dijelaskan alasannya?"] },
  { code: "4.4", title: "Sistem manajemen mutu dan prosesnya", questions: ["Apakah proses utama unit dan urutannya tergambar dalam SOP AP yang berlaku?", "Bagaimana kinerja proses dipantau?"] },
  { code: "5.1", title: "Kepemimpinan dan komitmen", questions: ["Bagaimana pimpinan menunjukkan keterlibatan dalam SMM (rapat, arahan, sumber daya)?", "Apakah fokus pada penerima layanan terlihat dalam keputusan pimpinan?"] },
  { code: "5.2", title: "Kebijakan mutu", questions: ["Apakah kebijakan mutu yang berlaku dikomunikasikan dan dipahami pegawai yang diwawancarai?", "Di mana kebijakan mutu dapat dibaca?"] },
  { code: "5.3", title: "Peran, tanggung jawab dan wewenang organisasi", questions: ["Apakah tugas dan wewenang terkait SMM ditetapkan (SK, uraian tugas)?", "Apakah pegawai mengetahui kepada siapa melapor bila terjadi masalah mutu?"] },
  { code: "6.1", title: "Tindakan untuk menangani risiko dan peluang", questions: ["Apakah risiko dan peluang unit diidentifikasi dan ditangani?", "Bagaimana efektivitas tindakan atas risiko dievaluasi?"] },
  { code: "6.2", title: "Sasaran mutu dan perencanaan pencapaiannya", questions: ["Apakah sasaran mutu unit terukur, dipantau dan tercapai?", "Untuk sasaran yang tidak tercapai, apakah ada analisis dan tindak lanjut?"] },
  { code: "6.3", title: "Perencanaan perubahan", questions: ["Apakah perubahan proses atau SOP direncanakan dan disetujui sebelum diterapkan?"] },
  { code: "7.1", title: "Sumber daya", questions: ["Apakah personel, sarana dan peralatan cukup untuk menjalankan proses?", "Apakah alat ukur (bila ada) dikalibrasi atau diverifikasi?"] },
  { code: "7.2", title: "Kompetensi", questions: ["Apakah kompetensi yang dibutuhkan ditetapkan dan bukti pelatihan tersedia?"] },
  { code: "7.3", title: "Kepedulian", questions: ["Apakah pegawai memahami kontribusinya terhadap sasaran mutu dan akibat tidak mengikuti SOP?"] },
  { code: "7.4", title: "Komunikasi", questions: ["Apakah ditetapkan apa, kapan, kepada siapa dan bagaimana komunikasi internal dan eksternal dilakukan?"] },
  { code: "7.5", title: "Informasi terdokumentasi", questions: ["Apakah dokumen yang dipakai adalah versi yang berlaku?", "Apakah rekaman disimpan, mudah ditemukan dan dilindungi sesuai masa simpannya?"] },
  { code: "8.1", title: "Perencanaan dan pengendalian operasional", questions: ["Apakah layanan dijalankan sesuai SOP AP dan kriteria yang ditetapkan?"] },
  { code: "8.2", title: "Persyaratan produk dan jasa", questions: ["Apakah persyaratan layanan diinformasikan kepada masyarakat dan ditinjau sebelum layanan diberikan?"] },
  { code: "8.3", title: "Desain dan pengembangan produk dan jasa", questions: ["Bila unit merancang layanan baru, apakah tahapan desain, tinjauan dan validasinya tercatat?"] },
  { code: "8.4", title: "Pengendalian proses, produk dan jasa yang disediakan pihak eksternal", questions: ["Apakah penyedia eksternal dievaluasi dan dipantau kinerjanya?"] },
  { code: "8.5", title: "Produksi dan penyediaan jasa", questions: ["Apakah layanan diberikan dalam kondisi terkendali (SOP, formulir, petugas kompeten)?", "Apakah milik penerima layanan (berkas, data pribadi) dijaga?"] },
  { code: "8.6", title: "Pelepasan produk dan jasa", questions: ["Apakah hasil layanan diperiksa dan disahkan pejabat berwenang sebelum diserahkan?"] },
  { code: "8.7", title: "Pengendalian keluaran yang tidak sesuai", questions: ["Apakah keluaran yang tidak sesuai diidentifikasi, dicatat dan ditangani?"] },
  { code: "9.1", title: "Pemantauan, pengukuran, analisis dan evaluasi", questions: ["Apakah kepuasan masyarakat (SKM/IKM) diukur dan hasilnya dianalisis?", "Apakah data kinerja proses dianalisis dan dipakai untuk perbaikan?"] },
  { code: "9.2", title: "Audit internal", questions: ["Apakah temuan audit sebelumnya sudah ditindaklanjuti dan diverifikasi?"] },
  { code: "9.3", title: "Tinjauan manajemen", questions: ["Apakah hasil tinjauan manajemen yang menyangkut unit ini sudah dilaksanakan?"] },
  { code: "10.1", title: "Umum (peningkatan)", questions: ["Peluang peningkatan apa yang sudah dipilih dan dijalankan unit?"] },
  { code: "10.2", title: "Ketidaksesuaian dan tindakan korektif", questions: ["Apakah ketidaksesuaian dikoreksi, dicari akar masalahnya dan ditindaklanjuti?", "Apakah efektivitas tindakan perbaikan diverifikasi?"] },
  { code: "10.3", title: "Peningkatan berkelanjutan", questions: ["Apakah ada bukti perbaikan kinerja layanan dari waktu ke waktu?"] },
];

export async function seedIsoClauses(db: PrismaClient): Promise<number> {
  let created = 0;
  for (const [position, clause] of ISO_CLAUSES.entries()) {
    const data = { title: clause.title, mainCode: clause.code.split(".")[0], questions: clause.questions, position };
    const existing = await db.isoClause.findUnique({ where: { code: clause.code }, select: { code: true } });
    if (existing) await db.isoClause.update({ where: { code: clause.code }, data });
    else {
      await db.isoClause.create({ data: { code: clause.code, ...data } });
      created++;
    }
  }
  return created;
}
