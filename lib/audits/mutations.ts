import "server-only";
import { publishNotice } from "./notices";
// Writes of the audit plan: creating and editing the plan (scope, team, dates), and its workflow
// through the shared engine. Each runs in one transaction that authorizes against the audit's
// agency, carries the version the user saw and records activity.
import { actorOf, recordActivity } from "../activity/record";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Tx } from "../db";
import { conflict, notFound, ruleBroken, staleRecord } from "../errors";
import { runTransition, versionedWrite, type WorkflowStore } from "../workflow/run";
import { AUDIT_STATUS_LABELS, PLAN_EDITABLE_STATUSES, type AuditStatus } from "./constants";
import { checkAgency, checkPlanReferences, type CheckedTeamMember } from "./plan-checks";
import { formatAuditNumber, slotOutsideAudit } from "./rules";
import type { AuditFormValues } from "./schema";
import { AUDIT_WORKFLOW, type AuditRecord, type AuditTransition } from "./workflow";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function nextAuditNumber(tx: Tx, agency: { id: string; name: string; shortName: string | null }, year: number): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`audit-number:${agency.id}:${year}`}))`;
  const prefix = formatAuditNumber(agency.shortName ?? agency.name, year, 0).replace(/00$/, "");
  const count = await tx.audit.count({ where: { agencyId: agency.id, number: { startsWith: prefix } } });
  return formatAuditNumber(agency.shortName ?? agency.name, year, count + 1);
}

function planData(values: AuditFormValues) {
  return {
    type: values.type, title: values.title, objectives: values.objectives, criteria: values.criteria,
    clauses: values.clauses, startDate: day(values.startDate), endDate: day(values.endDate), place: values.place,
  };
}

async function writeScope(tx: Tx, auditId: string, values: AuditFormValues, team: CheckedTeamMember[]) {
  await tx.auditUnit.deleteMany({ where: { auditId } });
  await tx.auditSop.deleteMany({ where: { auditId } });
  await tx.auditTeamMember.deleteMany({ where: { auditId } });
  await tx.auditUnit.createMany({ data: values.units.map((u) => ({ auditId, unitId: u.unitId, representative: u.representative })) });
  await tx.auditSop.createMany({ data: values.sopIds.map((sopId) => ({ auditId, sopId })) });
  await tx.auditTeamMember.createMany({ data: team.map((m) => ({ auditId, userId: m.userId, role: m.role, crossAgency: m.crossAgency })) });
}

const snapshot = (values: AuditFormValues, team: CheckedTeamMember[]) => ({
  ...values, team: team.map((m) => ({ userId: m.userId, role: m.role, crossAgency: m.crossAgency })),
});

export async function createAudit(user: SessionUser, values: AuditFormValues): Promise<{ id: string; number: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const agency = await checkAgency(tx, values.agencyId);
    authorize(user, "audit.manage", { unitPath: agency.path });
    const team = await checkPlanReferences(tx, agency, values);
    const number = await nextAuditNumber(tx, agency, Number(values.startDate.slice(0, 4)));
    const audit = await tx.audit.create({
      data: { ...planData(values), agencyId: agency.id, number, createdById: user.id, lastEditedById: user.id },
      select: { id: true, number: true },
    });
    await writeScope(tx, audit.id, values, team);
    await recordActivity(tx, { actor: actorOf(user), entity: "audit", entityId: audit.id, action: "create", after: { number, ...snapshot(values, team) } });
    return audit;
  });
}

export async function loadAuditForEdit(tx: Tx, id: string) {
  const audit = await tx.audit.findUnique({
    where: { id },
    select: {
      id: true, status: true, version: true, agencyId: true, type: true, title: true, objectives: true, criteria: true, clauses: true,
      startDate: true, endDate: true, place: true, agency: { select: { path: true } },
      units: { select: { unitId: true, representative: true } }, sops: { select: { sopId: true } }, team: { select: { userId: true, role: true, crossAgency: true } },
      schedule: { select: { startsAt: true, endsAt: true, unitId: true, auditors: { select: { userId: true } } } },
    },
  });
  if (!audit) throw notFound("Audit");
  return audit;
}

export function assertPlanEditable(status: AuditStatus) {
  if (!PLAN_EDITABLE_STATUSES.includes(status)) {
    throw ruleBroken(`Rencana audit berstatus ${AUDIT_STATUS_LABELS[status]} tidak dapat diubah lagi.`);
  }
}

/** Editing the plan while it is planned or in preparation; the schedule it already has must still fit. */
export async function updateAudit(user: SessionUser, id: string, version: number, values: AuditFormValues): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await loadAuditForEdit(tx, id);
    authorize(user, "audit.manage", { unitPath: before.agency.path });
    if (before.version !== version) throw staleRecord();
    assertPlanEditable(before.status);
    if (values.agencyId !== before.agencyId) throw conflict("Perangkat Daerah sebuah audit tidak dapat diganti; buat audit baru.", "agencyId");
    const agency = await checkAgency(tx, values.agencyId);
    const team = await checkPlanReferences(tx, agency, values);
    const dates = { startDate: day(values.startDate), endDate: day(values.endDate) };
    for (const item of before.schedule) {
      if (item.unitId && !values.units.some((u) => u.unitId === item.unitId)) {
        throw conflict("Unit yang dikeluarkan dari lingkup masih memiliki sesi di jadwal; hapus sesinya terlebih dahulu.", "units");
      }
      if (item.auditors.some((a) => !values.team.some((m) => m.userId === a.userId))) {
        throw conflict("Auditor yang dikeluarkan dari tim masih ditugaskan di jadwal; hapus atau ubah jadwalnya terlebih dahulu.", "team");
      }
      if (slotOutsideAudit(item, dates)) throw conflict("Jadwal yang sudah disusun berada di luar tanggal audit yang baru; sesuaikan jadwalnya dahulu.", "startDate");
    }
    const { count } = await tx.audit.updateMany({
      where: { id, version, status: { in: [...PLAN_EDITABLE_STATUSES] } },
      data: { ...planData(values), lastEditedById: user.id, version: { increment: 1 } },
    });
    if (count === 0) throw staleRecord();
    await writeScope(tx, id, values, team);
    await recordActivity(tx, {
      actor: actorOf(user), entity: "audit", entityId: id, action: "update",
      before: {
        type: before.type, title: before.title, objectives: before.objectives, criteria: before.criteria, clauses: before.clauses,
        startDate: before.startDate.toISOString().slice(0, 10), endDate: before.endDate.toISOString().slice(0, 10), place: before.place,
        units: before.units, sopIds: before.sops.map((s) => s.sopId), team: before.team,
      },
      after: snapshot(values, team),
    });
  });
}

async function loadAuditRecord(tx: Tx, id: string): Promise<AuditRecord | null> {
  const a = await tx.audit.findUnique({
    where: { id },
    select: { id: true, version: true, status: true, agencyId: true, reportLockedAt: true, agency: { select: { path: true } }, team: { select: { role: true } } },
  });
  if (!a) return null;
  return {
    id: a.id, version: a.version, status: a.status, agencyId: a.agencyId, unitPath: a.agency.path, reportLockedAt: a.reportLockedAt,
    teamSize: a.team.length, hasLead: a.team.some((m) => m.role === "KETUA"),
  };
}

const auditStore: WorkflowStore<AuditStatus, AuditRecord, AuditTransition> = {
  table: "Audit",
  load: loadAuditRecord,
  write: versionedWrite((tx, args) => tx.audit.updateMany(args as never)),
  // The plan is sent to the team and the auditee units' AUDITEE holders when published.
  notices: { publish: publishNotice },
};

export async function transitionAudit(user: SessionUser, input: { id: string; version: number; transition: AuditTransition; note: string | null }, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction((tx) => runTransition(tx, AUDIT_WORKFLOW, auditStore, user, input, now));
}
