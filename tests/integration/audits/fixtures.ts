// Shared set-up of the audit-plan tests: the demo organisation and accounts, extra auditors placed
// to exercise the independence rule, two SOPs, and a plan builder.
import type { SessionUser } from "../../../lib/auth/types";
import type { PrismaClient } from "../../../lib/db";
import type { AuditFormValues } from "../../../lib/audits/schema";
import { ensureUser } from "../../../seeds/factories/org";
import { DEMO_USERS, demoUsers } from "../../helpers/demo-database";
import { sessionFor, unitId } from "../../helpers/users";

export const ACCOUNTS = {
  ...demoUsers("manajer", "kadis", "auditor", "auditor2", "biroAuditor", "kaltimAuditor", "kabid", "pegawai", "bpsmb", "biro"),
  kaupt: DEMO_USERS.lansia, // AUDITEE of UPTD Lansia
};

/** Auditors placed around UPTD Lansia and its Seksi Budi Agung, and one who heads a bidang. */
export async function placedAuditors(db: PrismaClient): Promise<Record<"uptd" | "seksi" | "auditeeRole", SessionUser>> {
  const dinsos = await unitId(db, "ntt.dinsos");
  const specs = {
    uptd: { email: "aud.uptd@test.go.id", name: "Auditor UPTD Lansia", unitId: await unitId(db, "ntt.dinsos.uptd-lansia"), grants: [] as { role: "AUDITEE"; unitId: string }[] },
    seksi: { email: "aud.seksi@test.go.id", name: "Auditor Seksi Budi Agung", unitId: await unitId(db, "ntt.dinsos.uptd-lansia.budi-agung"), grants: [] },
    auditeeRole: { email: "aud.role@test.go.id", name: "Auditor Berperan Auditi", unitId: dinsos, grants: [{ role: "AUDITEE" as const, unitId: await unitId(db, "ntt.dinsos.pfm") }] },
  };
  const out: Record<string, SessionUser> = {};
  for (const [key, spec] of Object.entries(specs)) {
    await ensureUser(db, { email: spec.email, name: spec.name, unitId: spec.unitId, password: "Rahasia#12345", grants: [{ role: "AUDITOR", unitId: dinsos }, ...spec.grants] });
    out[key] = await sessionFor(db, spec.email);
  }
  return out as Record<"uptd" | "seksi" | "auditeeRole", SessionUser>;
}

export async function createSop(db: PrismaClient, unitCode: string, title: string): Promise<string> {
  const sop = await db.sop.create({
    data: { unitId: await unitId(db, unitCode), title, titleKey: title.toLowerCase(), currentRevisionNo: 1, stepCount: 5, totalMinutes: 60, searchText: title },
    select: { id: true },
  });
  return sop.id;
}

export async function planValues(db: PrismaClient, team: { userId: string; role: "KETUA" | "ANGGOTA" }[], overrides: Partial<AuditFormValues> = {}): Promise<AuditFormValues> {
  return {
    agencyId: await unitId(db, "ntt.dinsos"), type: "INTERNAL", title: "Audit internal putaran 2 Bidang Dayasos",
    objectives: "Memastikan penerapan SOP layanan pemberdayaan sosial sesuai SMM ISO 9001:2015.",
    criteria: "SNI ISO 9001:2015 dan SOP AP Dinas Sosial", clauses: ["7.5", "8.1"], startDate: "2026-09-14", endDate: "2026-09-15", place: "Ruang rapat Dinas Sosial",
    units: [
      { unitId: await unitId(db, "ntt.dinsos.dayasos"), representative: "Drs. Agustinus Lelo" },
      { unitId: await unitId(db, "ntt.dinsos.uptd-lansia"), representative: null },
      { unitId: await unitId(db, "ntt.dinsos.rehsos"), representative: null },
    ],
    sopIds: [], team, ...overrides,
  };
}
