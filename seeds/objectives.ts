// Demo kebijakan mutu and sasaran mutu for the seeded agencies, with measurements over the last two
// years (2025 complete, 2026 up to the present with some periods late), some targets missed.
import type { PrismaClient } from "../lib/db";
import type { ObjectiveSpec } from "./factories/objectives";
import { ensureApprovedPolicy, ensureObjective } from "./factories/objectives";

type Seeded = Omit<ObjectiveSpec, "unitId" | "ownerId" | "policyId" | "approver" | "sopIds" | "year" | "measurements" | "status"> & {
  unitCode: string;
  ownerEmail: string;
  approverEmail: string;
  sopTitles?: { title: string; unitCode: string }[];
  commitmentNo?: number;
  /** Realised value of a period, for a year; null leaves the period unmeasured. */
  value: (year: number, period: number) => number | null;
  analysis?: string;
  status2026?: ObjectiveSpec["status"];
};

const POLICIES = [
  {
    agencyCode: "ntt.dinsos",
    approverEmail: "kadis@dinsos.nttprov.go.id",
    statement:
      "Dinas Sosial Provinsi Nusa Tenggara Timur berkomitmen memberikan pelayanan kesejahteraan sosial yang cepat, tepat, transparan dan akuntabel sesuai standar pelayanan dan persyaratan ISO 9001:2015.",
    commitments: [
      "Melayani masyarakat dengan cepat dan tepat sesuai standar pelayanan.",
      "Meningkatkan kepuasan masyarakat penerima layanan secara berkelanjutan.",
      "Mengelola anggaran dan administrasi secara tertib, tepat waktu dan akuntabel.",
      "Meningkatkan kompetensi aparatur secara berkelanjutan.",
    ],
  },
  {
    agencyCode: "kaltim.disperindagkop.bpsmb",
    approverEmail: "mutu@bpsmb.kaltimprov.go.id",
    statement:
      "UPTD Balai Pengujian dan Sertifikasi Mutu Barang berkomitmen memberikan jasa pengujian dan sertifikasi yang kompeten, tidak memihak dan tepat waktu.",
    commitments: [
      "Menerbitkan laporan hasil uji yang benar dan tepat waktu.",
      "Menjaga kepuasan pelanggan jasa pengujian.",
      "Memelihara kompetensi personel laboratorium.",
    ],
  },
];

// Deterministic variation: a value that wobbles around a level without randomness.
const wobble = (year: number, period: number, amplitude: number) => Math.round(Math.sin(year * 7 + period * 3) * amplitude * 10) / 10;

const OBJECTIVES: Seeded[] = [
  {
    unitCode: "ntt.dinsos.sekretariat.kepum", code: "SM-01",
    statement: "Surat masuk didisposisi paling lambat 1 hari kerja sejak diterima.",
    perspective: "PROSES_INTERNAL", indicator: "Persentase surat masuk yang didisposisi ≤ 1 hari kerja",
    formula: "(Surat didisposisi ≤ 1 hari kerja ÷ seluruh surat masuk) × 100%", measureUnit: "%", direction: "MINIMAL", target: 95, baseline: 88,
    frequency: "BULANAN", ownerEmail: "pegawai@dinsos.nttprov.go.id", approverEmail: "kadis@dinsos.nttprov.go.id",
    dataSource: "Buku agenda surat masuk dan lembar disposisi", processes: "Tata persuratan", commitmentNo: 1,
    sopTitles: [{ title: "Penanganan Surat Masuk", unitCode: "ntt.dinsos.sekretariat.kepum" }],
    value: (year, period) => (year === 2026 && period >= 10 ? null : Math.min(100, 96 + wobble(year, period, 2.5))),
    analysis: "Kepala Dinas bertugas luar daerah sehingga disposisi tertunda; disepakati disposisi elektronik melalui SRIKANDI.",
  },
  {
    unitCode: "ntt.dinsos", code: "SM-02",
    statement: "Indeks Kepuasan Masyarakat atas layanan Dinas Sosial paling sedikit 82.",
    perspective: "PELANGGAN", indicator: "Nilai Indeks Kepuasan Masyarakat (IKM) hasil Survei Kepuasan Masyarakat",
    formula: "Rata-rata tertimbang unsur pelayanan × 25 (PermenPANRB 14/2017)", measureUnit: "indeks", direction: "MINIMAL", target: 82, baseline: 79.4,
    frequency: "SEMESTERAN", ownerEmail: "manajer.mutu@dinsos.nttprov.go.id", approverEmail: "kadis@dinsos.nttprov.go.id",
    dataSource: "Laporan Survei Kepuasan Masyarakat semesteran", processes: "Pelayanan publik", commitmentNo: 2,
    value: (year, period) => ({ "2025-1": 80.6, "2025-2": 83.1, "2026-1": 84.2, "2026-2": null } as Record<string, number | null>)[`${year}-${period}`] ?? null,
    analysis: "Waktu tunggu layanan pada loket UPTD belum sesuai standar; antrean daring diterapkan mulai semester berikutnya.",
  },
  {
    unitCode: "ntt.dinsos.sekretariat.keuangan", code: "SM-03",
    statement: "Laporan keuangan bulanan disampaikan tepat waktu 12 dari 12 bulan.",
    perspective: "KEUANGAN", indicator: "Jumlah laporan keuangan bulanan yang disampaikan paling lambat tanggal 10 bulan berikutnya",
    measureUnit: "laporan", direction: "TEPAT", target: 12, frequency: "TAHUNAN",
    ownerEmail: "manajer.mutu@dinsos.nttprov.go.id", approverEmail: "kadis@dinsos.nttprov.go.id",
    dataSource: "Register penyampaian laporan keuangan ke BPKAD", commitmentNo: 3,
    value: (year) => (year === 2025 ? 11 : null),
    analysis: "Laporan Desember terlambat karena penutupan kas akhir tahun; jadwal rekonsiliasi dimajukan.",
  },
  {
    unitCode: "ntt.dinsos.uptd-lansia", code: "SM-01",
    statement: "Pengaduan penerima manfaat ditanggapi paling lama 3 hari kerja.",
    perspective: "PELANGGAN", indicator: "Rata-rata waktu tanggap pengaduan", measureUnit: "hari kerja", direction: "MAKSIMAL", target: 3,
    frequency: "TRIWULANAN", ownerEmail: "kaupt.lansia@dinsos.nttprov.go.id", approverEmail: "kadis@dinsos.nttprov.go.id",
    dataSource: "Register pengaduan UPTD", commitmentNo: 1,
    value: (year, period) => (year === 2026 && period >= 3 ? null : Math.max(1, 2.6 + wobble(year, period, 0.8))),
    analysis: "Petugas pengaduan merangkap tugas piket; ditunjuk petugas cadangan.",
  },
  {
    unitCode: "ntt.dinsos.dayasos", code: "SM-01",
    statement: "Serapan anggaran kegiatan pemberdayaan sosial per triwulan sesuai rencana (22–28%).",
    perspective: "KEUANGAN", indicator: "Persentase realisasi anggaran triwulan terhadap pagu", measureUnit: "%", direction: "RENTANG",
    targetLow: 22, targetHigh: 28, frequency: "TRIWULANAN", ownerEmail: "kabid.dayasos@dinsos.nttprov.go.id",
    approverEmail: "kadis@dinsos.nttprov.go.id", dataSource: "Laporan realisasi anggaran SIPD", commitmentNo: 3,
    value: (year, period) => (year === 2026 && period >= 4 ? null : 25 + wobble(year, period, 4.5)),
    analysis: "Pencairan bantuan tertunda menunggu verifikasi data DTKS.",
    status2026: "DIAJUKAN",
  },
  {
    unitCode: "ntt.dinsos.sekretariat.kepum", code: "SM-02",
    statement: "Setiap pegawai mengikuti pengembangan kompetensi paling sedikit 10 jam pelajaran per semester.",
    perspective: "PEMBELAJARAN", indicator: "Rata-rata jam pelajaran pengembangan kompetensi per pegawai", measureUnit: "JP",
    direction: "MINIMAL", target: 10, frequency: "SEMESTERAN", ownerEmail: "pegawai@dinsos.nttprov.go.id",
    approverEmail: "kadis@dinsos.nttprov.go.id", dataSource: "Rekap sertifikat pelatihan pegawai", commitmentNo: 4,
    value: (year, period) => ({ "2025-1": 8.5, "2025-2": 12, "2026-1": 10.5 } as Record<string, number>)[`${year}-${period}`] ?? null,
    analysis: "Anggaran diklat semester I belum tersedia; pelatihan internal dijadwalkan.",
    status2026: "DRAF",
  },
  {
    unitCode: "kaltim.disperindagkop.bpsmb.pjksmb", code: "SM-01",
    statement: "Laporan hasil uji diterbitkan paling lama 14 hari kerja sejak contoh diterima.",
    perspective: "PELANGGAN", indicator: "Rata-rata waktu penerbitan laporan hasil uji", measureUnit: "hari kerja",
    direction: "MAKSIMAL", target: 14, frequency: "BULANAN", ownerEmail: "mutu@bpsmb.kaltimprov.go.id",
    approverEmail: "mutu@bpsmb.kaltimprov.go.id", dataSource: "Buku register contoh uji", commitmentNo: 1,
    sopTitles: [{ title: "Sasaran Mutu", unitCode: "kaltim.disperindagkop.bpsmb.pjksmb" }],
    value: (year, period) => (year === 2026 && period >= 11 ? null : 12 + wobble(year, period, 3)),
    analysis: "Alat uji kadar air dikalibrasi ulang sehingga antrean contoh bertambah.",
  },
];

async function idOfUser(db: PrismaClient, email: string) {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true } });
}

export async function seedObjectives(db: PrismaClient, today: Date = new Date()): Promise<number> {
  const policies = new Map<string, string>();
  for (const p of POLICIES) {
    const agency = await db.unit.findUniqueOrThrow({ where: { code: p.agencyCode }, select: { id: true } });
    const approver = await idOfUser(db, p.approverEmail);
    const { id } = await ensureApprovedPolicy(db, {
      agencyId: agency.id, statement: p.statement, commitments: p.commitments, approver: { id: approver.id, label: approver.name },
    });
    policies.set(p.agencyCode, id);
  }
  let created = 0;
  for (const o of OBJECTIVES) {
    const unit = await db.unit.findUniqueOrThrow({ where: { code: o.unitCode }, select: { id: true } });
    const owner = await idOfUser(db, o.ownerEmail);
    const approver = await idOfUser(db, o.approverEmail);
    const policyId = [...policies.entries()].find(([code]) => o.unitCode.startsWith(code))?.[1];
    const sopIds: string[] = [];
    for (const ref of o.sopTitles ?? []) {
      const sop = await db.sop.findFirst({ where: { title: ref.title, unit: { code: ref.unitCode } }, select: { id: true } });
      if (sop) sopIds.push(sop.id);
    }
    const { unitCode: _u, ownerEmail: _o, approverEmail: _a, sopTitles: _s, value, analysis, status2026, ...definition } = o;
    for (const year of [today.getUTCFullYear() - 1, today.getUTCFullYear()]) {
      const status = year === today.getUTCFullYear() ? status2026 ?? "DISETUJUI" : "DISETUJUI";
      const periods = { BULANAN: 12, TRIWULANAN: 4, SEMESTERAN: 2, TAHUNAN: 1 }[o.frequency];
      const measurements = status !== "DISETUJUI" ? [] : Array.from({ length: periods }, (_, i) => i + 1)
        .map((period) => ({ period, value: value(year, period) }))
        .filter((m): m is { period: number; value: number } => m.value !== null && periodHasEnded(year, periods, m.period, today))
        .map((m) => ({ ...m, value: Math.round(m.value * 10) / 10, analysis }));
      const result = await ensureObjective(db, {
        ...definition, year, unitId: unit.id, ownerId: owner.id, policyId, sopIds, status,
        approver: { id: approver.id, label: approver.name }, measurements,
      }, { id: owner.id, label: owner.name });
      if (result.created) created++;
    }
  }
  return created;
}

function periodHasEnded(year: number, periods: number, period: number, today: Date): boolean {
  const end = new Date(Date.UTC(year, period * (12 / periods), 0));
  return end.getTime() < today.getTime();
}
