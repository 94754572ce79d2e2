// Demo tindakan perbaikan of Dinas Sosial NTT: accepted KTS findings (self-reported and from the
// external surveillance audit) with their corrective actions in every state, some overdue, and
// one finding whose first round was judged not effective. Each finding is found again by its
// statement, so loading twice changes nothing.
import { loadSessionUser } from "../lib/auth/load-user";
import type { SessionUser } from "../lib/auth/types";
import type { PrismaClient } from "../lib/db";
import { openRound } from "../lib/corrective-actions/open-mutations";
import { acceptedFindingInTx, advanceRound, type RoundPlanSpec, type SeedPath } from "./factories/corrective-actions";

const DAY = 86_400_000;

interface CaSeed {
  unitCode: string;
  category: "KTS_MAYOR" | "KTS_MINOR";
  source: "MANDIRI" | "AUDIT_EKSTERNAL";
  clauseCode?: string;
  statement: string;
  evidence: string;
  auditeeEmail: string;
  to: SeedPath | "open";
  /** Days before today the round was opened (its due date counts from then). */
  openedDaysAgo: number;
  plan?: (pic: string, today: Date) => RoundPlanSpec;
  /** A second round, after the first was judged not effective. */
  secondRound?: { to: SeedPath | "open"; plan?: (pic: string, today: Date) => RoundPlanSpec };
}

const days = (today: Date, n: number) => new Date(today.getTime() + n * DAY);

const SEEDS: CaSeed[] = [
  {
    unitCode: "ntt.dinsos.dayasos", category: "KTS_MINOR", source: "MANDIRI", to: "open", openedDaysAgo: 2,
    statement: "Daftar hadir sosialisasi program pemberdayaan tidak ditandatangani oleh peserta.",
    evidence: "4 dari 10 daftar hadir sosialisasi Agustus-September tanpa tanda tangan peserta.",
    auditeeEmail: "kabid.dayasos@dinsos.nttprov.go.id",
  },
  {
    unitCode: "ntt.dinsos.uptd-lansia", category: "KTS_MAYOR", source: "AUDIT_EKSTERNAL", to: "open", openedDaysAgo: 40,
    statement: "Asesmen kebutuhan penerima manfaat lanjut usia tidak dilakukan sebelum penerimaan.",
    evidence: "Surveilan tahap 1: 6 dari 15 berkas penerima manfaat baru tanpa formulir asesmen.",
    auditeeEmail: "kaupt.lansia@dinsos.nttprov.go.id",
  },
  {
    unitCode: "ntt.dinsos.dayasos", category: "KTS_MINOR", source: "MANDIRI", to: "submitted", openedDaysAgo: 10,
    statement: "Register permohonan bantuan sosial tidak mencatat tanggal disposisi.",
    evidence: "Register Oktober: 12 dari 31 permohonan tanpa tanggal disposisi.",
    auditeeEmail: "kabid.dayasos@dinsos.nttprov.go.id",
    plan: (pic, today) => ({
      correction: "Tanggal disposisi 12 permohonan dilengkapi dari lembar disposisi.",
      whys: ["Kolom tanggal kosong", "Register diisi setelah disposisi kembali", "Tidak ada batas waktu pengisian register"],
      causes: [{ category: "METODE", description: "SOP tidak mengatur kapan register diisi." }],
      items: [{ description: "Tambahkan langkah pengisian register pada hari disposisi ke SOP.", picId: pic, dueDate: days(today, 20) }],
    }),
  },
  {
    unitCode: "ntt.dinsos.uptd-lansia", category: "KTS_MINOR", source: "MANDIRI", to: "approved", openedDaysAgo: 50,
    statement: "Stok obat-obatan klinik panti tidak dicatat pada kartu stok.",
    evidence: "Pemeriksaan 3 November: 5 jenis obat tanpa kartu stok.",
    auditeeEmail: "kaupt.lansia@dinsos.nttprov.go.id",
    plan: (pic, today) => ({
      correction: "Kartu stok 5 jenis obat dibuat dan diisi sesuai stok fisik.",
      whys: ["Kartu stok tidak ada", "Obat diterima langsung oleh perawat jaga", "Tidak ada petugas gudang obat"],
      causes: [
        { category: "MANUSIA", description: "Tidak ada petugas yang ditunjuk mengelola obat." },
        { category: "MATERIAL", description: "Formulir kartu stok tidak tersedia di klinik." },
      ],
      items: [
        { description: "Terbitkan SK petugas pengelola obat klinik.", picId: pic, dueDate: days(today, -3), done: { note: "SK Kepala UPTD nomor 12/2026 diterbitkan.", file: "sk-petugas-obat.txt" } },
        { description: "Sediakan dan sosialisasikan formulir kartu stok.", picId: pic, dueDate: days(today, -1) },
      ],
    }),
  },
  {
    unitCode: "ntt.dinsos.dayasos", category: "KTS_MAYOR", source: "AUDIT_EKSTERNAL", to: "implemented", openedDaysAgo: 25,
    statement: "Verifikasi data calon penerima bantuan tidak dilakukan terhadap DTKS.",
    evidence: "Surveilan: 20 calon penerima tahap II tidak dicocokkan dengan DTKS.",
    auditeeEmail: "kabid.dayasos@dinsos.nttprov.go.id",
    plan: (pic, today) => ({
      correction: "20 calon penerima dicocokkan dengan DTKS; 2 dinyatakan tidak layak.",
      whys: ["Data tidak dicocokkan", "Akses DTKS hanya di satu komputer", "Petugas operator mutasi"],
      causes: [{ category: "MESIN", description: "Akses aplikasi DTKS hanya pada satu perangkat." }, { category: "MANUSIA", description: "Belum ada operator cadangan." }],
      items: [
        { description: "Ajukan akun DTKS tambahan untuk dua operator.", picId: pic, dueDate: days(today, 5), done: { note: "Dua akun operator DTKS aktif.", file: "akun-dtks.txt" } },
        { description: "Latih operator cadangan verifikasi DTKS.", picId: pic, dueDate: days(today, 10), done: { note: "Pelatihan 2 operator, 14 Nov.", file: "daftar-hadir-pelatihan.txt" } },
      ],
    }),
  },
  {
    unitCode: "ntt.dinsos.uptd-lansia", category: "KTS_MINOR", source: "MANDIRI", to: "verifying", openedDaysAgo: 70,
    statement: "Jadwal piket perawat malam tidak ditetapkan secara tertulis.",
    evidence: "Buku piket September: 6 malam tanpa nama perawat jaga.",
    auditeeEmail: "kaupt.lansia@dinsos.nttprov.go.id",
    plan: (pic, today) => ({
      correction: "Jadwal piket November ditetapkan dan ditempel di ruang perawat.",
      whys: ["Piket tidak tertulis", "Jadwal dibuat lisan oleh kepala ruang"],
      causes: [{ category: "METODE", description: "Belum ada prosedur penyusunan jadwal piket." }],
      items: [{ description: "Tetapkan jadwal piket bulanan tertulis yang disahkan Kepala UPTD.", picId: pic, dueDate: days(today, -20), done: { note: "Jadwal piket Oktober-Desember disahkan.", file: "jadwal-piket.txt" } }],
    }),
  },
  {
    unitCode: "ntt.dinsos.dayasos", category: "KTS_MINOR", source: "MANDIRI", to: "closed", openedDaysAgo: 90,
    statement: "Laporan pertanggungjawaban kegiatan pemberdayaan terlambat disampaikan.",
    evidence: "LPJ triwulan II disampaikan 35 hari setelah kegiatan (batas 14 hari).",
    auditeeEmail: "kabid.dayasos@dinsos.nttprov.go.id",
    plan: (pic, today) => ({
      correction: "LPJ triwulan II diselesaikan dan disampaikan.",
      whys: ["LPJ terlambat", "Bukti kegiatan tersebar", "Tidak ada daftar periksa kelengkapan LPJ"],
      causes: [{ category: "METODE", description: "Tidak ada daftar periksa kelengkapan LPJ." }],
      items: [{ description: "Susun daftar periksa kelengkapan LPJ dan terapkan.", picId: pic, dueDate: days(today, -40), done: { note: "Daftar periksa LPJ dipakai sejak Agustus.", file: "daftar-periksa-lpj.txt" } }],
    }),
  },
  {
    unitCode: "ntt.dinsos.uptd-lansia", category: "KTS_MAYOR", source: "AUDIT_EKSTERNAL", to: "not_effective", openedDaysAgo: 120,
    statement: "Menu makanan penerima manfaat tidak disusun berdasarkan rekomendasi ahli gizi.",
    evidence: "Surveilan: menu Juni-Juli tanpa paraf ahli gizi; 3 lansia diet khusus menerima menu umum.",
    auditeeEmail: "kaupt.lansia@dinsos.nttprov.go.id",
    plan: (pic, today) => ({
      correction: "Menu diet khusus 3 lansia disusun ulang bersama puskesmas.",
      whys: ["Menu tanpa paraf ahli gizi", "Ahli gizi puskesmas datang sebulan sekali"],
      causes: [{ category: "MANUSIA", description: "Tidak ada ahli gizi tetap." }],
      items: [{ description: "Kerja sama kunjungan ahli gizi puskesmas tiap bulan.", picId: pic, dueDate: days(today, -60), done: { note: "Perjanjian kerja sama dengan Puskesmas ditandatangani.", file: "pks-puskesmas.txt" } }],
    }),
    secondRound: {
      to: "approved",
      plan: (pic, today) => ({
        correction: "Menu pekan ini diperiksa ahli gizi sebelum dimasak.",
        whys: ["Menu masih tanpa paraf", "Kunjungan bulanan tidak cukup untuk menu mingguan", "Tidak ada prosedur persetujuan menu"],
        causes: [{ category: "METODE", description: "Tidak ada langkah persetujuan menu mingguan oleh ahli gizi." }],
        items: [{ description: "Revisi SOP penyediaan makanan: menu mingguan disetujui ahli gizi.", picId: pic, dueDate: days(today, 14) }],
      }),
    },
  },
];

async function sessionOf(db: PrismaClient, email: string): Promise<SessionUser | null> {
  const row = await db.user.findUnique({ where: { email }, select: { id: true, sessionVersion: true } });
  return row ? loadSessionUser(db, row.id, row.sessionVersion) : null;
}

export async function seedCorrectiveActions(db: PrismaClient, now: Date = new Date()): Promise<number> {
  const [manajer, auditor] = await Promise.all([sessionOf(db, "manajer.mutu@dinsos.nttprov.go.id"), sessionOf(db, "auditor@dinsos.nttprov.go.id")]);
  if (!manajer || !auditor) return 0;
  const today = new Date(`${now.toISOString().slice(0, 10)}T00:00:00.000Z`);
  let created = 0;
  for (const seed of SEEDS) {
    const unit = await db.unit.findUnique({ where: { code: seed.unitCode }, select: { id: true, path: true } });
    const auditee = await sessionOf(db, seed.auditeeEmail);
    if (!unit || !auditee) continue;
    if (await db.finding.findFirst({ where: { unitId: unit.id, statement: seed.statement }, select: { id: true } })) continue;
    const opened = new Date(now.getTime() - seed.openedDaysAgo * DAY);
    await db.$transaction(async (tx) => {
      const { findingId, correctiveActionId } = await acceptedFindingInTx(
        tx, manajer, { unitId: unit.id, category: seed.category, source: seed.source, statement: seed.statement, evidence: seed.evidence }, opened,
      );
      const people = { auditee, approver: manajer, verifier: auditor };
      const implementedAt = new Date(now.getTime() - Math.max(1, Math.floor(seed.openedDaysAgo / 3)) * DAY);
      if (seed.to !== "open" && seed.plan) {
        await advanceRound(tx, correctiveActionId, seed.plan(auditee.id, today), seed.to, people, {
          implementedAt: seed.to === "implemented" ? new Date(now.getTime() - DAY) : implementedAt,
          verificationNote: seed.to === "closed" ? "Oktober-November: semua LPJ disampaikan paling lambat 10 hari setelah kegiatan." : "Menu Agustus masih tanpa paraf ahli gizi; kunjungan bulanan tidak cukup.",
        });
      }
      if (seed.to === "closed") await tx.finding.update({ where: { id: findingId }, data: { status: "DITUTUP", version: { increment: 1 } } });
      if (seed.to === "not_effective" && seed.secondRound) {
        const second = await openRound(tx, auditor, { id: findingId, category: seed.category, unitId: unit.id, unitPath: unit.path }, 2, new Date(now.getTime() - 20 * DAY));
        if (seed.secondRound.to !== "open" && seed.secondRound.plan) {
          await advanceRound(tx, second.id, seed.secondRound.plan(auditee.id, today), seed.secondRound.to, people, { implementedAt: new Date(now.getTime() - 15 * DAY) });
        }
      }
    });
    created++;
  }
  return created;
}
