// Builders shared by the findings integration tests: a PLOR form, an audit with a team, and clauses.
import type { PrismaClient } from "../../../lib/db";
import type { FindingFormValues } from "../../../lib/findings/schema";
import { unitId } from "../../helpers/users";

export async function ensureClauses(db: PrismaClient) {
  for (const [code, title, position] of [["8.5.1", "Pengendalian produksi dan penyediaan jasa", 1], ["9.1.3", "Analisis dan evaluasi", 2], ["7.5.3", "Pengendalian informasi terdokumentasi", 3]] as const) {
    await db.isoClause.upsert({ where: { code }, update: {}, create: { code, title, mainCode: code[0], questions: [], position } });
  }
}

export async function plor(db: PrismaClient, overrides: Partial<FindingFormValues> = {}): Promise<FindingFormValues> {
  return {
    source: "AUDIT_EKSTERNAL", category: "KTS_MINOR", unitId: await unitId(db, "ntt.dinsos.dayasos"),
    statement: "Daftar penerima bantuan tidak diverifikasi sebelum disalurkan.", location: "Penyaluran bantuan sosial",
    sopId: null, sopStepNo: null, evidence: "Tiga dari sepuluh berkas penyaluran Maret tanpa paraf verifikator.",
    clauseCode: "8.5.1", reference: "SNI ISO 9001:2015 8.5.1", dueDate: null, auditId: null, objectiveId: null, measurementPeriod: null,
    ...overrides,
  };
}

let auditSerial = 0;
/** An audit of `unitCode` in PELAKSANAAN with the given KETUA and members. */
export async function auditWithTeam(db: PrismaClient, unitCode: string, lead: string, members: string[] = []) {
  auditSerial += 1;
  const unit = await db.unit.findUniqueOrThrow({ where: { code: unitCode }, select: { id: true } });
  const agency = await db.unit.findUniqueOrThrow({ where: { code: "ntt.dinsos" }, select: { id: true } });
  return db.audit.create({
    data: {
      agencyId: agency.id, number: `AI/TEST/${auditSerial}`, title: "Audit internal uji", objectives: "Menilai kesesuaian", criteria: "ISO 9001:2015",
      clauses: ["8.5.1"], startDate: new Date("2026-11-01"), endDate: new Date("2026-11-30"), status: "PELAKSANAAN",
      units: { create: [{ unitId: unit.id }] },
      team: { create: [{ userId: lead, role: "KETUA" }, ...members.map((userId) => ({ userId, role: "ANGGOTA" as const }))] },
    },
    select: { id: true },
  });
}
