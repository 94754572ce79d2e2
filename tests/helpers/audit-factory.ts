// Audit rows for the checklist and report tests, written directly (the audit plan's own screens
// and mutations are built elsewhere): an audit of the agency with its units, SOPs, clauses and team.
import type { AuditStatus } from "../../lib/db/generated/enums";
import type { PrismaClient } from "../../lib/db";

export interface AuditSpec {
  agencyCode: string;
  number: string;
  status?: AuditStatus;
  unitCodes: string[];
  sopIds?: string[];
  clauses?: string[];
  team: { email: string; role: "KETUA" | "ANGGOTA"; crossAgency?: boolean }[];
}

export async function createAudit(db: PrismaClient, spec: AuditSpec): Promise<string> {
  const agency = await db.unit.findUniqueOrThrow({ where: { code: spec.agencyCode }, select: { id: true } });
  const units = await db.unit.findMany({ where: { code: { in: spec.unitCodes } }, select: { id: true } });
  const team = await Promise.all(
    spec.team.map(async (m) => ({ ...m, userId: (await db.user.findUniqueOrThrow({ where: { email: m.email }, select: { id: true } })).id })),
  );
  const audit = await db.audit.create({
    data: {
      agencyId: agency.id, number: spec.number, title: `Audit internal ${spec.number}`, status: spec.status ?? "PELAKSANAAN",
      objectives: "Memastikan penerapan SOP AP sesuai persyaratan ISO 9001:2015.", criteria: "SNI ISO 9001:2015; SOP AP yang berlaku.",
      clauses: spec.clauses ?? [], startDate: new Date("2026-03-02"), endDate: new Date("2026-03-04"), place: "Kantor Dinas Sosial",
      units: { create: units.map((u) => ({ unitId: u.id, representative: "Kepala unit" })) },
      sops: { create: (spec.sopIds ?? []).map((sopId) => ({ sopId })) },
      team: { create: team.map((m) => ({ userId: m.userId, role: m.role, crossAgency: m.crossAgency ?? false })) },
    },
    select: { id: true },
  });
  return audit.id;
}

export async function setAuditStatus(db: PrismaClient, auditId: string, status: AuditStatus): Promise<void> {
  await db.audit.update({ where: { id: auditId }, data: { status, version: { increment: 1 } } });
}

/** An SOP of the unit (by code) whose current revision has steps and Pencatatan dan Pendataan. */
export async function sopWithRecords(db: PrismaClient, unitCodePrefix: string, titleContains: string) {
  const sop = await db.sop.findFirstOrThrow({
    where: { title: { contains: titleContains, mode: "insensitive" }, unit: { code: { startsWith: unitCodePrefix } } },
    select: { id: true, title: true, currentRevisionNo: true, revisions: { select: { revisionNo: true, content: true } } },
  });
  const content = sop.revisions.find((r) => r.revisionNo === sop.currentRevisionNo)?.content as { steps: unknown[]; pencatatan: string | null };
  return { id: sop.id, title: sop.title, stepCount: content.steps.length, pencatatan: content.pencatatan };
}
