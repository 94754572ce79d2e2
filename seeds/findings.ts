// Demo temuan of Dinas Sosial NTT from sources other than an internal audit, across units and
// every response state (open, disputed, accepted, closed observation, withdrawn), some overdue and
// one raised from a missed sasaran mutu when the objectives are seeded. Each finding is raised
// through raiseFinding and its responses are recorded in the history as the portal would; a
// finding already present (same unit and statement) is left alone, so running twice changes nothing.
import { actorOf, recordActivity } from "../lib/activity/record";
import { loadSessionUser } from "../lib/auth/load-user";
import type { SessionUser } from "../lib/auth/types";
import type { PrismaClient } from "../lib/db";
import type { FindingCategory, FindingSource, FindingStatus } from "../lib/db/generated/enums";
import { raiseFinding } from "../lib/findings/raise-mutations";
import { isAchieved, periodLabel } from "../lib/objectives/rules";

const DAY = 24 * 60 * 60 * 1000;

type Response =
  | { to: "DITERIMA" }
  | { to: "DISANGGAH"; reason: string }
  | { to: "DICABUT"; reason: string; decision: string }
  | { to: "DITUTUP"; decision: string };

interface DemoFinding {
  unitCode: string;
  source: FindingSource;
  category: FindingCategory;
  statement: string;
  location: string;
  evidence: string;
  clauseCode: string;
  reference: string;
  daysAgo: number;
  /** Days after raising; negative due dates in the past make it overdue. */
  dueInDays: number;
  auditeeEmail: string | null;
  response: Response | null;
}

const MANAJER = "manajer.mutu@dinsos.nttprov.go.id";
const KABID = "kabid.dayasos@dinsos.nttprov.go.id";
const LANSIA = "kaupt.lansia@dinsos.nttprov.go.id";

const FINDINGS: DemoFinding[] = [
  {
    unitCode: "ntt.dinsos.dayasos", source: "AUDIT_EKSTERNAL", category: "KTS_MINOR",
    statement: "Daftar penerima bantuan sosial tidak diverifikasi ulang sebelum penyaluran tahap II.",
    location: "Penyaluran bantuan sosial tahap II", evidence: "Surveilans lembaga sertifikasi: 4 dari 20 berkas penerima (sampel acak, Agustus) tanpa paraf verifikator.",
    clauseCode: "8.5.1", reference: "Laporan surveilans I lembaga sertifikasi; SOP penyaluran bantuan sosial.", daysAgo: 12, dueInDays: 30,
    auditeeEmail: KABID, response: null,
  },
  {
    unitCode: "ntt.dinsos.uptd-lansia", source: "PENGADUAN", category: "KTS_MINOR",
    statement: "Jadwal pemeriksaan kesehatan rutin penerima manfaat tidak dilaksanakan sesuai rencana bulanan.",
    location: "Layanan kesehatan panti", evidence: "Pengaduan keluarga penerima manfaat 3 September; buku jadwal menunjukkan 2 pemeriksaan terlewat (Juli, Agustus).",
    clauseCode: "8.5.1", reference: "Standar pelayanan UPTD; pengaduan nomor 12/IX.", daysAgo: 40, dueInDays: 30,
    auditeeEmail: LANSIA, response: { to: "DISANGGAH", reason: "Pemeriksaan Juli dan Agustus dilaksanakan oleh puskesmas keliling; catatannya ada di buku puskesmas, bukan di buku jadwal panti." },
  },
  {
    unitCode: "ntt.dinsos", source: "TINJAUAN_MANAJEMEN", category: "OBSERVASI",
    statement: "Hasil survei kepuasan masyarakat belum dianalisis per jenis layanan.",
    location: "Rapat tinjauan manajemen semester I", evidence: "Notulen RTM semester I: hasil SKM disajikan sebagai satu indeks tanpa rincian per layanan.",
    clauseCode: "9.1.2", reference: "Notulen RTM semester I.", daysAgo: 120, dueInDays: 60,
    auditeeEmail: null, response: { to: "DITUTUP", decision: "Dicatat sebagai peluang peningkatan: rincian SKM per layanan disajikan mulai RTM semester II; tidak perlu tindakan perbaikan." },
  },
  {
    unitCode: "ntt.dinsos.dayasos", source: "MANDIRI", category: "KTS_MAYOR",
    statement: "Rekomendasi teknis bantuan diterbitkan tanpa persetujuan kepala bidang.",
    location: "Penerbitan rekomendasi teknis", evidence: "Dilaporkan sendiri oleh seksi: 1 rekomendasi Juni tanpa paraf kepala bidang.",
    clauseCode: "8.5.1", reference: "SOP penerbitan rekomendasi teknis langkah 4.", daysAgo: 95, dueInDays: 30,
    auditeeEmail: KABID, response: { to: "DICABUT", reason: "Persetujuan diberikan lewat disposisi elektronik SRIKANDI yang terlampir; paraf basah tidak disyaratkan SOP.", decision: "Bukti disposisi elektronik sah; temuan dicabut." },
  },
  {
    unitCode: "ntt.dinsos.sekretariat.kepum", source: "AUDIT_EKSTERNAL", category: "KTS_MAYOR",
    statement: "Arsip surat keluar tahun berjalan tidak dikendalikan: tidak ada daftar dan masa simpan.",
    location: "Pengelolaan arsip surat keluar", evidence: "Surveilans: lemari arsip surat keluar tanpa daftar isi; tidak ada jadwal retensi arsip.",
    clauseCode: "7.5.3", reference: "Laporan surveilans I; Peraturan ANRI tentang jadwal retensi arsip.", daysAgo: 75, dueInDays: 30,
    auditeeEmail: null, response: null,
  },
  {
    unitCode: "ntt.dinsos.dayasos", source: "PENGADUAN", category: "OBSERVASI",
    statement: "Informasi persyaratan bantuan di papan layanan belum diperbarui.",
    location: "Ruang layanan bidang", evidence: "Pengaduan lisan pemohon 2 Oktober; papan layanan memuat persyaratan tahun lalu.",
    clauseCode: "8.2.1", reference: "Standar pelayanan bidang.", daysAgo: 30, dueInDays: 30,
    auditeeEmail: KABID, response: { to: "DITERIMA" },
  },
];

async function sessionOf(db: PrismaClient, email: string): Promise<SessionUser> {
  const row = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  const user = await loadSessionUser(db, row.id, row.sessionVersion);
  if (!user) throw new Error(`Demo account ${email} cannot sign in`);
  return user;
}

/** Writes a response step as the workflow would (status, its columns, the history row). */
async function respond(db: PrismaClient, findingId: string, actor: SessionUser, action: "accept" | "dispute" | "withdraw" | "close_observation", from: FindingStatus, to: FindingStatus, data: Record<string, unknown>, reason: string | null) {
  await db.$transaction(async (tx) => {
    await tx.finding.update({ where: { id: findingId }, data: { ...data, status: to, version: { increment: 1 } } });
    await recordActivity(tx, { actor: actorOf(actor), entity: "finding", entityId: findingId, action, before: { status: from }, after: { status: to }, reason });
  });
}

async function clauseOrNull(db: PrismaClient, code: string): Promise<string | null> {
  return (await db.isoClause.findUnique({ where: { code }, select: { code: true } })) ? code : null;
}

export async function seedFindings(db: PrismaClient, today: Date = new Date()): Promise<number> {
  const manajer = await sessionOf(db, MANAJER);
  let created = 0;
  for (const spec of FINDINGS) {
    const unit = await db.unit.findUniqueOrThrow({ where: { code: spec.unitCode }, select: { id: true } });
    if (await db.finding.findFirst({ where: { unitId: unit.id, statement: spec.statement }, select: { id: true } })) continue;
    const raisedAt = new Date(today.getTime() - spec.daysAgo * DAY);
    const due = new Date(raisedAt.getTime() + spec.dueInDays * DAY);
    const clauseCode = await clauseOrNull(db, spec.clauseCode);
    const finding = await db.$transaction((tx) => raiseFinding(tx, manajer, {
      source: spec.source, category: spec.category, unitId: unit.id, statement: spec.statement, location: spec.location,
      evidence: spec.evidence, clauseCode, reference: clauseCode ? spec.reference : `ISO 9001:2015 ${spec.clauseCode}; ${spec.reference}`,
      dueDate: new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth(), due.getUTCDate())),
    }, raisedAt));
    created++;
    const r = spec.response;
    if (!r) continue;
    const auditee = spec.auditeeEmail ? await sessionOf(db, spec.auditeeEmail) : null;
    const at = new Date(raisedAt.getTime() + 3 * DAY);
    if (r.to === "DITERIMA" && auditee) {
      await respond(db, finding.id, auditee, "accept", "TERBUKA", "DITERIMA", { acceptedById: auditee.id, acceptedAt: at }, null);
    } else if ((r.to === "DISANGGAH" || r.to === "DICABUT") && auditee) {
      await respond(db, finding.id, auditee, "dispute", "TERBUKA", "DISANGGAH", { disputeReason: r.reason, disputedById: auditee.id, disputedAt: at }, r.reason);
      if (r.to === "DICABUT") {
        const decidedAt = new Date(at.getTime() + 2 * DAY);
        await respond(db, finding.id, manajer, "withdraw", "DISANGGAH", "DICABUT", { decisionNote: r.decision, decidedById: manajer.id, decidedAt, closedAt: decidedAt }, r.decision);
      }
    } else if (r.to === "DITUTUP") {
      await respond(db, finding.id, manajer, "close_observation", "TERBUKA", "DITUTUP", { decisionNote: r.decision, decidedById: manajer.id, decidedAt: at, closedAt: at }, r.decision);
    }
  }
  created += await seedMissedObjectiveFinding(db, manajer, today);
  return created;
}

/** One finding raised from a missed period of a Dinas Sosial objective ("Buat temuan"), accepted by nobody yet. */
async function seedMissedObjectiveFinding(db: PrismaClient, manajer: SessionUser, today: Date): Promise<number> {
  if (await db.finding.findFirst({ where: { source: "SASARAN_MUTU", agency: { code: "ntt.dinsos" } }, select: { id: true } })) return 0;
  const measurements = await db.objectiveMeasurement.findMany({
    where: { objective: { unit: { code: { startsWith: "ntt.dinsos" } }, approvedAt: { not: null } } },
    orderBy: [{ objective: { year: "desc" } }, { period: "desc" }],
    select: {
      period: true, value: true, direction: true, target: true, targetLow: true, targetHigh: true, analysis: true,
      objective: { select: { id: true, code: true, year: true, statement: true, indicator: true, measureUnit: true, frequency: true, unitId: true } },
    },
  });
  const m = measurements.find((x) => !isAchieved(x, x.value));
  if (!m) return 0;
  const o = m.objective;
  const label = `${periodLabel(o.frequency, m.period)} ${o.year}`;
  await db.$transaction((tx) => raiseFinding(tx, manajer, {
    source: "SASARAN_MUTU", category: "KTS_MINOR", unitId: o.unitId, objectiveId: o.id, measurementPeriod: m.period,
    statement: `Sasaran mutu ${o.code} "${o.statement}" tidak tercapai pada periode ${label}.`,
    evidence: `Realisasi ${o.indicator}: ${String(m.value).replace(".", ",")} ${o.measureUnit} di bawah target.${m.analysis ? ` Analisis PIC: ${m.analysis}` : ""}`,
    reference: `ISO 9001:2015 6.2 dan 9.1.3; sasaran mutu ${o.code} tahun ${o.year}.`,
    dueDate: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 21)),
  }, new Date(today.getTime() - 5 * DAY)));
  return 1;
}
