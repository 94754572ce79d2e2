import "server-only";
// Entering a temuan on the register's PLOR form (external audit, complaint, missed sasaran mutu,
// management review, self-reported, or an audit the user is assigned to), with an evidence file,
// and adding evidence files later. The finding itself is written by raiseFinding.
import { actorOf, recordActivity } from "../activity/record";
import { checkEvidence, storeAttachment, type UploadedFile } from "../attachments/store";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Tx } from "../db";
import { DomainError, conflict, forbidden, notFound, ruleBroken } from "../errors";
import { isAchieved, periodLabel } from "../objectives/rules";
import { FINDING_EVIDENCE_MAX_BYTES } from "./constants";
import { raiseFinding } from "./raise-mutations";
import { isOpen, raiseRefusal } from "./rules";
import type { FindingFormValues } from "./schema";

function todayIso(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Is `userId` on the team of the audit (any team role)? Read directly from AuditTeamMember. */
async function onAuditTeam(tx: Tx, auditId: string, userId: string): Promise<boolean> {
  return (await tx.auditTeamMember.count({ where: { auditId, userId } })) > 0;
}

/** A finding from a missed sasaran mutu names a measured period whose target was missed, of the same unit. */
async function checkMissedObjective(tx: Tx, values: FindingFormValues): Promise<void> {
  if (values.source === "SASARAN_MUTU" && !values.objectiveId) throw conflict("Pilih sasaran mutu yang tidak tercapai.", "objectiveId");
  if (!values.objectiveId) return;
  if (values.source !== "SASARAN_MUTU") throw conflict("Temuan dari sasaran mutu bersumber 'Sasaran mutu tidak tercapai'.", "source");
  const objective = await tx.qualityObjective.findUnique({ where: { id: values.objectiveId }, select: { unitId: true, frequency: true } });
  if (!objective) throw notFound("Sasaran mutu");
  if (objective.unitId !== values.unitId) throw conflict("Unit temuan harus unit pemilik sasaran mutu.", "unitId");
  if (!values.measurementPeriod) throw conflict("Pilih periode pengukuran yang tidak tercapai.", "measurementPeriod");
  const m = await tx.objectiveMeasurement.findUnique({
    where: { objectiveId_period: { objectiveId: values.objectiveId, period: values.measurementPeriod } },
    select: { value: true, direction: true, target: true, targetLow: true, targetHigh: true },
  });
  const label = periodLabel(objective.frequency, values.measurementPeriod);
  if (!m) throw conflict(`Periode ${label} belum diukur.`, "measurementPeriod");
  if (isAchieved(m, m.value)) throw conflict(`Target periode ${label} tercapai; tidak ada ketidaksesuaian untuk dicatat.`, "measurementPeriod");
}

async function attachEvidence(tx: Tx, user: SessionUser, findingId: string, file: UploadedFile): Promise<void> {
  const attachmentId = await storeAttachment(tx, file, user.id);
  await tx.findingEvidence.create({ data: { findingId, attachmentId } });
}

/** The file's refusal names the form's file field ("evidence" is the PLOR text of objective evidence). */
function checkEvidenceFile(file: UploadedFile): void {
  try {
    checkEvidence(file, FINDING_EVIDENCE_MAX_BYTES);
  } catch (error) {
    if (error instanceof DomainError) throw new DomainError(error.reason, error.message, { evidenceFile: [error.message] });
    throw error;
  }
}

export async function createFinding(user: SessionUser, values: FindingFormValues, evidence: UploadedFile | null, now = new Date()): Promise<{ id: string; number: string }> {
  if (evidence) checkEvidenceFile(evidence);
  if (values.dueDate && values.dueDate < todayIso(now)) {
    throw new DomainError("INVALID", "Batas waktu tidak boleh sebelum hari ini.", { dueDate: ["Batas waktu tidak boleh sebelum hari ini."] });
  }
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({ where: { id: values.unitId }, select: { path: true } });
    if (!unit) throw conflict("Unit auditi tidak ditemukan.", "unitId");
    const assignedToAudit = values.auditId ? await onAuditTeam(tx, values.auditId, user.id) : false;
    // Outside an audit the permission is checked on the unit; inside one the assignment is the grant
    // (a cross-agency auditor holds no role on the unit).
    if (!values.auditId) authorize(user, "finding.raise", { unitPath: unit.path });
    const refusal = raiseRefusal(user, { source: values.source, unitPath: unit.path, auditId: values.auditId, assignedToAudit });
    if (refusal) throw forbidden(refusal);
    if (values.auditId) {
      const audit = await tx.audit.findUnique({ where: { id: values.auditId }, select: { status: true, units: { select: { unitId: true } } } });
      if (!audit) throw notFound("Audit");
      if (audit.status !== "PELAKSANAAN" && audit.status !== "PELAPORAN") throw ruleBroken("Temuan audit dicatat selama audit dilaksanakan atau dilaporkan.");
      if (!audit.units.some((u) => u.unitId === values.unitId)) throw conflict("Unit ini bukan auditi audit tersebut.", "unitId");
    }
    await checkMissedObjective(tx, values);
    const raised = await raiseFinding(tx, user, {
      ...values,
      dueDate: values.dueDate ? new Date(`${values.dueDate}T00:00:00Z`) : null,
    }, now);
    if (evidence) await attachEvidence(tx, user, raised.id, evidence);
    return { id: raised.id, number: raised.number };
  });
}

/** Another evidence file on an open finding: by whoever may raise findings on its unit, or its auditee. */
export async function addFindingEvidence(user: SessionUser, findingId: string, file: UploadedFile): Promise<void> {
  checkEvidence(file, FINDING_EVIDENCE_MAX_BYTES);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Finding" WHERE "id" = ${findingId} FOR UPDATE`;
    const finding = await tx.finding.findUnique({ where: { id: findingId }, select: { status: true, auditId: true, unit: { select: { path: true } } } });
    if (!finding) throw notFound("Temuan");
    const onTeam = finding.auditId ? await onAuditTeam(tx, finding.auditId, user.id) : false;
    if (!onTeam) authorize(user, "finding.raise", { unitPath: finding.unit.path });
    if (!isOpen(finding.status)) throw ruleBroken("Temuan yang sudah ditutup atau dicabut tidak dapat ditambah buktinya.");
    await attachEvidence(tx, user, findingId, file);
    await recordActivity(tx, { actor: actorOf(user), entity: "finding", entityId: findingId, action: "update", after: { buktiDitambahkan: file.name } });
  });
}
