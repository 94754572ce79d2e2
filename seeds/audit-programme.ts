// Demo audit programmes of Dinas Sosial NTT: 2025 approved (two rounds, both carried out by the
// audits the audit-plan seeds write) and 2026 approved (round 1 held, round 2 planned), the demo
// auditor's competence, and any seeded Audit rows of those years linked to their round.
// Idempotent: a programme that exists for the agency and year is left as it is.
import type { PrismaClient } from "../lib/db";

const AGENCY = "ntt.dinsos";

interface RoundSeed {
  name: string;
  startMonth: number;
  endMonth: number;
  unitCodes: string[];
  clauses: string[];
  focus?: string;
  /** Titles of SOPs of the agency (linked when the SOP catalogue is seeded). */
  sopTitles?: string[];
}

const PROGRAMMES: { year: number; objectives: string; rounds: RoundSeed[] }[] = [
  {
    year: 2025,
    objectives:
      "Memastikan Sistem Manajemen Mutu ISO 9001:2015 diterapkan dan dipelihara secara efektif di seluruh bidang dan UPTD, serta menyiapkan audit surveilans tahun pertama.",
    rounds: [
      { name: "Audit Internal Semester I", startMonth: 4, endMonth: 5, unitCodes: ["ntt.dinsos.sekretariat.kepum", "ntt.dinsos.dayasos", "ntt.dinsos.rehsos"], clauses: ["4", "5", "6", "7", "8"], sopTitles: ["Penanganan Surat Masuk"] },
      { name: "Audit Internal Semester II", startMonth: 10, endMonth: 11, unitCodes: ["ntt.dinsos.uptd-lansia", "ntt.dinsos.linjamsos", "ntt.dinsos.pfm"], clauses: ["7", "8", "9", "10"] },
    ],
  },
  {
    year: 2026,
    objectives:
      "Memverifikasi efektivitas tindakan perbaikan atas temuan 2025, menilai ketercapaian sasaran mutu setiap unit, dan memastikan kesiapan audit surveilans kedua.",
    rounds: [
      { name: "Audit Internal Semester I", startMonth: 4, endMonth: 5, unitCodes: ["ntt.dinsos.dayasos", "ntt.dinsos.uptd-lansia", "ntt.dinsos.sekretariat.keuangan"], clauses: ["6", "7", "8", "9", "10"], focus: "Tindak lanjut temuan 2025 dan sasaran mutu yang tidak tercapai.", sopTitles: ["Penanganan Surat Masuk"] },
      { name: "Audit Internal Semester II", startMonth: 11, endMonth: 12, unitCodes: ["ntt.dinsos.sekretariat.kepum", "ntt.dinsos.rehsos", "ntt.dinsos.linjamsos", "ntt.dinsos.uptd-tuna-netra"], clauses: ["4", "5", "7", "8", "9"] },
    ],
  },
];

async function ensureProgramme(db: PrismaClient, agencyId: string, spec: (typeof PROGRAMMES)[number], people: { manajer: string; kadis: { id: string; name: string } }): Promise<boolean> {
  const existing = await db.auditProgramme.findFirst({ where: { agencyId, year: spec.year, status: { not: "DIBATALKAN" } }, select: { id: true } });
  if (existing) return false;
  const approvedAt = new Date(Date.UTC(spec.year, 0, 20, 2));
  const created = await db.auditProgramme.create({
    data: {
      agencyId, year: spec.year, objectives: spec.objectives, status: "DISETUJUI",
      submittedAt: new Date(Date.UTC(spec.year, 0, 15, 2)), submittedById: people.manajer, approvedAt, approvedById: people.kadis.id, approvedBy: people.kadis.name,
      createdById: people.manajer, lastEditedById: people.manajer,
    },
    select: { id: true },
  });
  for (const [i, r] of spec.rounds.entries()) {
    const units = await db.unit.findMany({ where: { code: { in: r.unitCodes } }, select: { id: true } });
    const sops = r.sopTitles?.length
      ? await db.sop.findMany({ where: { title: { in: r.sopTitles }, unit: { code: { startsWith: AGENCY } } }, select: { id: true } })
      : [];
    await db.auditRound.create({
      data: {
        programmeId: created.id, roundNo: i + 1, name: r.name, startMonth: r.startMonth, endMonth: r.endMonth, clauses: r.clauses, focus: r.focus ?? null,
        units: { create: units.map((u) => ({ unitId: u.id })) },
        sops: { create: sops.map((s) => ({ sopId: s.id })) },
      },
    });
  }
  return true;
}

/** Audits of the agency in a programme's year without a programme: linked to the round whose months hold their start. */
async function linkAudits(db: PrismaClient, agencyId: string) {
  const programmes = await db.auditProgramme.findMany({
    where: { agencyId, status: "DISETUJUI" },
    select: { id: true, year: true, rounds: { select: { id: true, startMonth: true, endMonth: true } } },
  });
  for (const p of programmes) {
    const audits = await db.audit.findMany({
      where: { agencyId, programmeId: null, startDate: { gte: new Date(Date.UTC(p.year, 0, 1)), lt: new Date(Date.UTC(p.year + 1, 0, 1)) } },
      select: { id: true, startDate: true },
    });
    for (const a of audits) {
      const month = a.startDate.getUTCMonth() + 1;
      const round = p.rounds.find((r) => month >= r.startMonth && month <= r.endMonth) ?? null;
      await db.audit.update({ where: { id: a.id }, data: { programmeId: p.id, roundId: round?.id ?? null } });
    }
  }
}

async function ensureCompetence(db: PrismaClient) {
  const auditor = await db.user.findUnique({ where: { email: "auditor@dinsos.nttprov.go.id" }, select: { id: true } });
  if (!auditor || (await db.auditorCompetence.count({ where: { userId: auditor.id } })) > 0) return;
  await db.auditorCompetence.createMany({
    data: [
      {
        userId: auditor.id, kind: "PELATIHAN", title: "Pelatihan Auditor Internal SMM ISO 9001:2015", provider: "Biro Organisasi Setda Provinsi NTT",
        issuedOn: new Date("2024-08-12"), internalAuditor: true, note: "3 hari, termasuk praktik audit berdasarkan ISO 19011:2018.",
      },
      { userId: auditor.id, kind: "SERTIFIKAT", title: "Pemahaman Persyaratan ISO 9001:2015", provider: "Lembaga Sertifikasi Mutu", issuedOn: new Date("2023-11-02"), validUntil: new Date("2026-11-02") },
    ],
  });
}

/** Returns how many programmes were created. */
export async function seedAuditProgrammes(db: PrismaClient): Promise<number> {
  const agency = await db.unit.findUnique({ where: { code: AGENCY }, select: { id: true } });
  const manajer = await db.user.findUnique({ where: { email: "manajer.mutu@dinsos.nttprov.go.id" }, select: { id: true } });
  const kadis = await db.user.findUnique({ where: { email: "kadis@dinsos.nttprov.go.id" }, select: { id: true, name: true } });
  if (!agency || !manajer || !kadis) return 0;
  let created = 0;
  for (const spec of PROGRAMMES) if (await ensureProgramme(db, agency.id, spec, { manajer: manajer.id, kadis })) created++;
  await linkAudits(db, agency.id);
  await ensureCompetence(db);
  return created;
}
