// Demo checklists and reports for the audits other seed steps created (idempotent: an audit that
// already has checklist items is left alone). Held audits (PELAKSANAAN and later) get their items
// from the clauses and SOP steps; audits past PELAKSANAAN get answers (all SESUAI but one KTS MINOR
// on an SOP step, raised as a finding by the lead auditor); SELESAI audits get an approved,
// acknowledged, received and locked report.
import { generateChecklist, type SopSource } from "../lib/audits/checklist-generate";
import { loadSessionUser } from "../lib/auth/load-user";
import type { PrismaClient } from "../lib/db";
import { raiseFinding } from "../lib/findings/raise-mutations";
import { sopContentSchema } from "../lib/sops/content";

const HELD = ["PELAKSANAAN", "PELAPORAN", "SELESAI"] as const;

export async function seedAuditChecklists(db: PrismaClient): Promise<number> {
  const audits = await db.audit.findMany({
    where: { status: { in: [...HELD] }, checklist: { none: {} } },
    orderBy: { startDate: "asc" },
    select: {
      id: true, status: true, clauses: true, endDate: true,
      units: { select: { unitId: true, unit: { select: { path: true } } } },
      sops: { select: { sop: { select: { id: true, currentRevisionNo: true, unit: { select: { path: true } }, revisions: { select: { revisionNo: true, content: true } } } } } },
      team: { where: { role: "KETUA" }, select: { user: { select: { id: true, sessionVersion: true } } } },
    },
  });
  let seeded = 0;
  for (const audit of audits) {
    const lead = audit.team[0]?.user;
    if (audit.units.length === 0 || !lead) continue;
    const clauses = await db.isoClause.findMany({ where: { code: { in: audit.clauses } }, orderBy: { position: "asc" }, select: { code: true, title: true, questions: true } });
    const sops: SopSource[] = audit.sops.flatMap(({ sop }) => {
      const current = sop.revisions.find((r) => r.revisionNo === sop.currentRevisionNo);
      const unit = audit.units.find((u) => sop.unit.path.startsWith(u.unit.path)) ?? audit.units[0];
      return current ? [{ sopId: sop.id, unitId: unit.unitId, content: sopContentSchema.parse(current.content) }] : [];
    });
    const items = generateChecklist({ unitIds: audit.units.map((u) => u.unitId), clauses, sops });
    const answered = audit.status !== "PELAKSANAAN";
    const user = await loadSessionUser(db, lead.id, lead.sessionVersion);
    if (!user) continue;
    const answeredAt = audit.endDate;
    await db.$transaction(async (tx) => {
      await tx.checklistItem.createMany({
        data: items.map((item, i) => ({
          ...item, auditId: audit.id, position: i + 1,
          ...(answered ? { answer: "SESUAI" as const, answeredById: lead.id, answeredAt, evidenceNote: "Diperiksa saat wawancara; sesuai." } : {}),
        })),
      });
      if (!answered) return;
      const kts = await tx.checklistItem.findFirst({ where: { auditId: audit.id, kind: "LANGKAH_SOP" }, orderBy: { position: "asc" } });
      if (kts?.unitId) {
        const evidence = "Dari 10 berkas yang diperiksa (acak), 3 tidak memuat paraf pemeriksa pada langkah ini.";
        await tx.checklistItem.update({ where: { id: kts.id }, data: { answer: "KTS_MINOR", evidenceNote: evidence, samplePopulation: "Berkas triwulan berjalan", sampleMethod: "acak", sampleSize: 10, version: { increment: 1 } } });
        await raiseFinding(tx, user, {
          source: "AUDIT_INTERNAL", category: "KTS_MINOR", unitId: kts.unitId, statement: `KTS Minor: ${kts.question}`, evidence, sopId: kts.sopId, sopStepNo: kts.sopStepNo,
          clauseCode: kts.clauseCode, auditId: audit.id, checklistItemId: kts.id, location: kts.sopStepNo ? `Langkah ${kts.sopStepNo}` : null,
        }, answeredAt);
      }
      if (audit.status !== "SELESAI") return;
      const existing = await tx.auditReport.findUnique({ where: { auditId: audit.id }, select: { id: true } });
      if (existing) return;
      const pimpinan = await tx.user.findFirst({ where: { grants: { some: { role: "PIMPINAN", unit: { audits: { some: { id: audit.id } } } } } }, select: { id: true } });
      const report = await tx.auditReport.create({
        data: {
          auditId: audit.id, status: "DITERIMA", strengths: "Dokumen SOP mudah diakses; pegawai memahami sasaran mutu unitnya.",
          conclusion: "Sistem manajemen mutu diterapkan dan dipelihara secara efektif; satu KTS minor ditindaklanjuti.",
          approvedById: lead.id, approvedAt: answeredAt, receivedById: pimpinan?.id ?? null, receivedAt: answeredAt, lastEditedById: lead.id,
        },
        select: { id: true },
      });
      for (const unit of audit.units) {
        const auditee = await tx.user.findFirst({ where: { grants: { some: { role: "AUDITEE", unitId: unit.unitId } } }, select: { id: true, name: true } });
        if (auditee) await tx.auditReportAcknowledgment.create({ data: { reportId: report.id, unitId: unit.unitId, userId: auditee.id, userName: auditee.name, acknowledgedAt: answeredAt } });
      }
      await tx.audit.update({ where: { id: audit.id }, data: { reportLockedAt: answeredAt } });
    });
    seeded++;
  }
  return seeded;
}
