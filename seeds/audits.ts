// Demo audits of Dinas Sosial NTT: last year's two rounds completed, this year's round 1 held and
// round 2 planned (with an audit-silang auditor of Biro Organisasi). Programme links are added when
// the programme module joins. Each audit is found by its number, so running this twice changes nothing.
// Checklist answers and findings of these audits are seeded by the checklist module.
import { recordActivity } from "../lib/activity/record";
import type { AuditScheduleKind, AuditStatus } from "../lib/audits/constants";
import { slotTime } from "../lib/audits/rules";
import type { PrismaClient } from "../lib/db";
import { SYSTEM_ACTOR } from "./factories/org";

type Session = { kind: AuditScheduleKind; unitCode?: string; day: string; from: string; to: string; auditors: string[] };

interface AuditSeed {
  number: string;
  title: string;
  status: AuditStatus;
  startDate: string;
  endDate: string;
  clauses: string[];
  units: { code: string; representative: string }[];
  sopCount: number;
  team: { email: string; role: "KETUA" | "ANGGOTA"; crossAgency?: boolean }[];
  sessions: Session[];
  meetings: boolean;
}

const LEAD = "auditor@dinsos.nttprov.go.id"; // home Bidang Rehsos
const MEMBER = "auditor.linjamsos@dinsos.nttprov.go.id"; // home Bidang Linjamsos
const BIRO = "auditor@biro-organisasi.nttprov.go.id";

const round = (day: string, dayasosBy: string, sekretariatBy: string): Session[] => [
  { kind: "PEMBUKAAN", day, from: "08:00", to: "08:30", auditors: [LEAD, MEMBER] },
  { kind: "SESI_UNIT", unitCode: "ntt.dinsos.dayasos", day, from: "08:30", to: "11:00", auditors: [dayasosBy] },
  { kind: "SESI_UNIT", unitCode: "ntt.dinsos.sekretariat", day, from: "08:30", to: "11:00", auditors: [sekretariatBy] },
  { kind: "RAPAT_AUDITOR", day, from: "13:00", to: "14:00", auditors: [LEAD, MEMBER] },
  { kind: "PENUTUPAN", day, from: "14:00", to: "15:00", auditors: [LEAD, MEMBER] },
];

const COMMON = {
  objectives: "Memastikan sistem manajemen mutu Dinas Sosial diterapkan sesuai SNI ISO 9001:2015 dan SOP AP yang berlaku, serta efektif mencapai sasaran mutu.",
  criteria: "SNI ISO 9001:2015; SOP AP Dinas Sosial Provinsi NTT (Keputusan Gubernur NTT 72/KEP/HK/2023); sasaran mutu tahun berjalan.",
  place: "Kantor Dinas Sosial Provinsi NTT, Kupang",
};

const AUDITS: AuditSeed[] = [
  {
    number: "AI/DINAS-SOSIAL/2025/01", title: "Audit internal putaran 1 tahun 2025", status: "SELESAI", startDate: "2025-04-15", endDate: "2025-04-15",
    clauses: ["4", "5", "7", "8"], units: [{ code: "ntt.dinsos.dayasos", representative: "Drs. Agustinus Lelo" }, { code: "ntt.dinsos.sekretariat", representative: "Maria Goreti Bria" }],
    sopCount: 2, team: [{ email: LEAD, role: "KETUA" }, { email: MEMBER, role: "ANGGOTA" }], sessions: round("2025-04-15", LEAD, MEMBER), meetings: true,
  },
  {
    number: "AI/DINAS-SOSIAL/2025/02", title: "Audit internal putaran 2 tahun 2025", status: "SELESAI", startDate: "2025-10-14", endDate: "2025-10-14",
    clauses: ["6", "8", "9", "10"], units: [{ code: "ntt.dinsos.dayasos", representative: "Drs. Agustinus Lelo" }, { code: "ntt.dinsos.sekretariat", representative: "Maria Goreti Bria" }],
    sopCount: 2, team: [{ email: MEMBER, role: "KETUA" }, { email: LEAD, role: "ANGGOTA" }], sessions: round("2025-10-14", LEAD, MEMBER), meetings: true,
  },
  {
    number: "AI/DINAS-SOSIAL/2026/01", title: "Audit internal putaran 1 tahun 2026", status: "SELESAI", startDate: "2026-04-21", endDate: "2026-04-21",
    clauses: ["4", "5", "6", "7", "8", "9", "10"], units: [{ code: "ntt.dinsos.dayasos", representative: "Drs. Agustinus Lelo" }, { code: "ntt.dinsos.sekretariat", representative: "Maria Goreti Bria" }],
    sopCount: 2, team: [{ email: LEAD, role: "KETUA" }, { email: MEMBER, role: "ANGGOTA" }], sessions: round("2026-04-21", LEAD, MEMBER), meetings: true,
  },
  {
    number: "AI/DINAS-SOSIAL/2026/02", title: "Audit internal putaran 2 tahun 2026", status: "DIRENCANAKAN", startDate: "2026-12-08", endDate: "2026-12-09",
    clauses: ["7", "8", "9", "10"],
    units: [{ code: "ntt.dinsos.uptd-lansia", representative: "Yuliana Tefa, S.Sos" }, { code: "ntt.dinsos.rehsos", representative: "Kepala Bidang Rehabilitasi Sosial" }],
    sopCount: 2, team: [{ email: LEAD, role: "KETUA" }, { email: MEMBER, role: "ANGGOTA" }, { email: BIRO, role: "ANGGOTA", crossAgency: true }],
    sessions: [
      { kind: "RAPAT_PERSIAPAN", day: "2026-12-08", from: "08:00", to: "08:30", auditors: [LEAD, MEMBER, BIRO] },
      { kind: "SESI_UNIT", unitCode: "ntt.dinsos.uptd-lansia", day: "2026-12-08", from: "09:00", to: "12:00", auditors: [LEAD, BIRO] },
      { kind: "SESI_UNIT", unitCode: "ntt.dinsos.rehsos", day: "2026-12-09", from: "09:00", to: "12:00", auditors: [MEMBER, BIRO] },
    ],
    meetings: false,
  },
];

/** Returns how many audits it created. */
export async function seedAudits(db: PrismaClient): Promise<number> {
  const agency = await db.unit.findUnique({ where: { code: "ntt.dinsos" }, select: { id: true, path: true } });
  if (!agency) return 0;
  const users = await db.user.findMany({ where: { email: { in: [LEAD, MEMBER, BIRO] } }, select: { id: true, email: true } });
  const userId = (email: string) => users.find((u) => u.email === email)?.id;
  if (users.length < 3) return 0;
  const sops = await db.sop.findMany({ where: { unit: { path: { startsWith: agency.path } }, active: true }, select: { id: true }, orderBy: { title: "asc" }, take: 8 });
  let created = 0;
  for (const [i, seed] of AUDITS.entries()) {
    const exists = await db.audit.findUnique({ where: { agencyId_number: { agencyId: agency.id, number: seed.number } }, select: { id: true } });
    if (exists) continue;
    const units = await db.unit.findMany({ where: { code: { in: [...seed.units.map((u) => u.code), ...seed.sessions.flatMap((s) => (s.unitCode ? [s.unitCode] : []))] } }, select: { id: true, code: true } });
    const unitId = (code: string) => units.find((u) => u.code === code)!.id;
    const done = seed.status === "SELESAI";
    const closingAt = slotTime(seed.endDate, "15:00");
    await db.$transaction(async (tx) => {
      const audit = await tx.audit.create({
        data: {
          agencyId: agency.id, number: seed.number, type: "INTERNAL", title: seed.title, ...COMMON, clauses: seed.clauses,
          startDate: new Date(`${seed.startDate}T00:00:00Z`), endDate: new Date(`${seed.endDate}T00:00:00Z`), status: seed.status,
          publishedAt: done ? slotTime(seed.startDate, "08:00") : null, reportLockedAt: done ? closingAt : null,
          units: { create: seed.units.map((u) => ({ unitId: unitId(u.code), representative: u.representative })) },
          sops: { create: sops.slice((i % 4) * 2, (i % 4) * 2 + seed.sopCount).map((s) => ({ sopId: s.id })) },
          team: { create: seed.team.map((m) => ({ userId: userId(m.email)!, role: m.role, crossAgency: m.crossAgency ?? false })) },
          schedule: {
            create: seed.sessions.map((s) => ({
              kind: s.kind, unitId: s.unitCode ? unitId(s.unitCode) : null, startsAt: slotTime(s.day, s.from), endsAt: slotTime(s.day, s.to),
              auditors: { create: s.auditors.map((email) => ({ userId: userId(email)! })) },
            })),
          },
        },
        select: { id: true },
      });
      if (seed.meetings) {
        const attendees = [
          { name: "Yohanes Kefi, S.E.", position: "Auditor internal" },
          { name: "Elisabeth Nahak, S.Sos.", position: "Auditor internal" },
          { name: "Drs. Agustinus Lelo", position: "Kepala Bidang Pemberdayaan Sosial" },
          { name: "Maria Goreti Bria, S.Sos., M.Si", position: "Sekretaris / Wakil Manajemen Mutu" },
        ].map((a, sortOrder) => ({ ...a, sortOrder }));
        await tx.auditMeeting.create({
          data: {
            auditId: audit.id, kind: "PEMBUKAAN", heldAt: slotTime(seed.startDate, "08:00"), attendees: { create: attendees },
            notes: "Ketua tim menyampaikan tujuan, lingkup, jadwal dan metode audit; auditi menunjuk pendamping untuk setiap sesi.",
          },
        });
        await tx.auditMeeting.create({
          data: {
            auditId: audit.id, kind: "PENUTUPAN", heldAt: closingAt, attendees: { create: attendees },
            notes: "Temuan audit dibacakan dan dijelaskan kepada auditi; auditi menyatakan memahami temuan.",
            agreedDeadlines: "Tindakan perbaikan KTS minor diajukan paling lambat 14 hari kerja; KTS mayor 7 hari kerja.",
            divergingOpinions: null,
          },
        });
      }
      await recordActivity(tx, { actor: SYSTEM_ACTOR, entity: "audit", entityId: audit.id, action: "create", after: { number: seed.number, title: seed.title, status: seed.status } });
    });
    created++;
  }
  return created;
}
