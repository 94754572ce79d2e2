// Reads of an audit's checklist for the tablet page.
import "server-only";
import { ATTACHMENT_FILE_SELECT } from "../attachments/download";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { auditReadAccess } from "./checklist-access";
import { answerRefusal, editRefusal } from "./checklist-rules";
import type { AuditHeader, ChecklistPage } from "./checklist-types";
import { onActiveTeam } from "./team-rules";

const auditSelect = {
  id: true, number: true, title: true, status: true, startDate: true, endDate: true, reportLockedAt: true, clauses: true,
  agency: { select: { name: true, path: true } },
  team: { select: { userId: true, role: true, crossAgency: true } },
  units: { select: { unitId: true, representative: true, unit: { select: { name: true, path: true } } } },
} as const;

export async function loadAuditForReading(user: SessionUser, auditId: string) {
  const db = await getDb();
  const audit = await db.audit.findUnique({ where: { id: auditId }, select: auditSelect });
  if (!audit) return null;
  const access = auditReadAccess(user, {
    agencyPath: audit.agency.path,
    status: audit.status,
    team: audit.team,
    units: audit.units.map((u) => ({ id: u.unitId, path: u.unit.path })),
  });
  if (!access) return null;
  const header: AuditHeader = {
    id: audit.id, number: audit.number, title: audit.title, status: audit.status, agencyName: audit.agency.name, agencyPath: audit.agency.path,
    startDate: audit.startDate, endDate: audit.endDate, reportLockedAt: audit.reportLockedAt,
  };
  return { audit, header, access };
}

/** The checklist as its reader may see it, or null (not found, or not theirs to read). */
export async function getChecklistPage(user: SessionUser, auditId: string): Promise<ChecklistPage | null> {
  const loaded = await loadAuditForReading(user, auditId);
  if (!loaded) return null;
  const { audit, header, access } = loaded;
  const db = await getDb();
  const rows = await db.checklistItem.findMany({
    where: { auditId, ...(access.kind === "units" ? { unitId: { in: access.unitIds } } : {}) },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true, version: true, position: true, kind: true, question: true, clauseCode: true, unitId: true, sopStepNo: true, answer: true,
      evidenceNote: true, samplePopulation: true, sampleMethod: true, sampleSize: true, sampleItems: true, answeredAt: true,
      unit: { select: { name: true } }, sop: { select: { title: true } },
      finding: { select: { id: true, number: true, status: true } },
      evidenceFiles: { orderBy: { createdAt: "asc" }, select: { id: true, attachmentId: true, attachment: { select: { fileName: true } } } },
    },
  });
  const clauses = await db.isoClause.findMany({ orderBy: { position: "asc" }, select: { code: true, title: true } });
  const onTeam = onActiveTeam(user.id, audit.team, audit.status);
  const answerBlock = answerRefusal(audit);
  return {
    audit: header,
    items: rows.map(({ unit, sop, evidenceFiles, ...row }) => ({
      ...row,
      unitName: unit?.name ?? null,
      sopTitle: sop?.title ?? null,
      evidenceFiles: evidenceFiles.map((f) => ({ id: f.id, attachmentId: f.attachmentId, fileName: f.attachment.fileName })),
    })),
    units: audit.units.map((u) => ({ id: u.unitId, name: u.unit.name })),
    clauses,
    canAnswer: onTeam && answerBlock === null,
    canEdit: onTeam && editRefusal(audit) === null,
    answerClosedReason: onTeam ? answerBlock : null,
  };
}

/** An evidence file of a checklist answer, for a reader of that audit's checklist. */
export async function getChecklistEvidenceFile(user: SessionUser, evidenceId: string) {
  const db = await getDb();
  const evidence = await db.checklistEvidence.findUnique({
    where: { id: evidenceId },
    select: { item: { select: { auditId: true, unitId: true } }, attachment: { select: ATTACHMENT_FILE_SELECT } },
  });
  if (!evidence) return null;
  const loaded = await loadAuditForReading(user, evidence.item.auditId);
  if (!loaded) return null;
  if (loaded.access.kind === "units" && !loaded.access.unitIds.includes(evidence.item.unitId ?? "")) return null;
  return evidence.attachment;
}
