// Writes of the Laporan Audit Internal: the team writes its summary, strengths and conclusion while
// it is a draft; the lead auditor approves it and the PIMPINAN receives it (REPORT_WORKFLOW); each
// auditee unit acknowledges it in between. Receiving locks the audit (Audit.reportLockedAt), after
// which every change to the checklist and the report is refused.
import "server-only";
import { notify } from "../notifications/notify";
import { reportAcknowledgedNotice, reportApprovedNotice } from "./notices";
import { actorOf, recordActivity } from "../activity/record";
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import type { AuditReportStatus } from "../db/generated/enums";
import { getDb, type Tx } from "../db";
import { conflict, forbidden, notFound, ruleBroken, staleRecord } from "../errors";
import type { TransitionInput } from "../workflow";
import { runTransition, versionedWrite, type WorkflowStore } from "../workflow/run";
import { authorizeChecklist, LOCKED_MESSAGE } from "./checklist-rules";
import { REPORT_WORKFLOW, type ReportRecord } from "./report-workflow";
import { actingOnAudit, auditAccessSubject } from "./team-rules";

export interface ReportTextValues {
  auditId: string;
  /** null: the report has not been saved yet. */
  version: number | null;
  summary: string | null;
  strengths: string | null;
  conclusion: string | null;
}

export async function saveReportText(user: SessionUser, values: ReportTextValues): Promise<{ id: string; version: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Audit" WHERE "id" = ${values.auditId} FOR UPDATE`;
    const audit = await tx.audit.findUnique({ where: { id: values.auditId }, select: { id: true, status: true, reportLockedAt: true, report: { select: { id: true, version: true, status: true } } } });
    if (!audit) throw notFound("Audit");
    await authorizeChecklist(tx, user, audit.id);
    if (audit.reportLockedAt) throw ruleBroken(LOCKED_MESSAGE);
    if (audit.status !== "PELAKSANAAN" && audit.status !== "PELAPORAN") throw ruleBroken("Laporan disusun selama audit berstatus Pelaksanaan atau Pelaporan.");
    const data = { summary: values.summary, strengths: values.strengths, conclusion: values.conclusion, lastEditedById: user.id };
    const report = audit.report;
    if (!report) {
      if (values.version !== null) throw staleRecord();
      const created = await tx.auditReport.create({ data: { auditId: audit.id, ...data }, select: { id: true, version: true } });
      await recordActivity(tx, { actor: actorOf(user), entity: "audit_report", entityId: created.id, action: "create", after: data });
      return created;
    }
    if (report.status !== "DRAF") throw ruleBroken("Laporan yang sudah disetujui tidak dapat diubah lagi.");
    if (values.version !== report.version) throw staleRecord();
    const { count } = await tx.auditReport.updateMany({ where: { id: report.id, version: report.version, status: "DRAF" }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw staleRecord();
    await recordActivity(tx, { actor: actorOf(user), entity: "audit_report", entityId: report.id, action: "update", after: data });
    return { id: report.id, version: report.version + 1 };
  });
}

async function loadReportRecord(tx: Tx, id: string): Promise<ReportRecord | null> {
  const report = await tx.auditReport.findUnique({
    where: { id },
    select: {
      id: true, version: true, status: true, conclusion: true, acknowledgments: { select: { unitId: true } },
      audit: {
        select: {
          id: true, status: true, reportLockedAt: true, agency: { select: { path: true } },
          team: { where: { role: "KETUA" }, select: { userId: true } },
          units: { select: { unitId: true, unit: { select: { name: true } } } },
          _count: { select: { checklist: { where: { answer: null } } } },
        },
      },
    },
  });
  if (!report) return null;
  const acknowledged = new Set(report.acknowledgments.map((a) => a.unitId));
  return {
    id: report.id, version: report.version, status: report.status as AuditReportStatus, unitPath: report.audit.agency.path,
    auditId: report.audit.id, auditStatus: report.audit.status, leadAuditorIds: report.audit.team.map((t) => t.userId),
    unanswered: report.audit._count.checklist, conclusion: report.conclusion, locked: report.audit.reportLockedAt !== null,
    unacknowledged: report.audit.units.filter((u) => !acknowledged.has(u.unitId)).map((u) => u.unit.name),
  };
}

type ReportTransition = keyof typeof REPORT_WORKFLOW.transitions;

export const reportStore: WorkflowStore<AuditReportStatus, ReportRecord, ReportTransition> = {
  table: "AuditReport",
  load: loadReportRecord,
  write: versionedWrite((tx, args) => tx.auditReport.updateMany(args as never)),
  after: {
    async receive(tx, { record, now }) {
      const { count } = await tx.audit.updateMany({ where: { id: record.auditId, reportLockedAt: null }, data: { reportLockedAt: now } });
      if (count === 0) throw ruleBroken(LOCKED_MESSAGE);
    },
  },
  notices: { approve: reportApprovedNotice },
};

export async function transitionReport(user: SessionUser, input: TransitionInput<ReportTransition>, now: Date = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const report = await tx.auditReport.findUnique({ where: { id: input.id }, select: { auditId: true } });
    if (!report) throw notFound("Laporan audit");
    const subject = await auditAccessSubject(tx, report.auditId);
    // A cross-agency lead auditor approves through the team row (team-rules actingOnAudit).
    await runTransition(tx, REPORT_WORKFLOW, reportStore, subject ? actingOnAudit(user, subject) : user, input, now);
  });
}

/** An AUDITEE of an audited unit states that the unit received the approved report (seed 001: signed by the auditee). */
export async function acknowledgeReport(user: SessionUser, input: { reportId: string; unitId: string; note: string | null }, now: Date = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "AuditReport" WHERE "id" = ${input.reportId} FOR UPDATE`;
    const report = await tx.auditReport.findUnique({
      where: { id: input.reportId },
      select: { id: true, status: true, auditId: true, audit: { select: { reportLockedAt: true, units: { where: { unitId: input.unitId }, select: { unit: { select: { path: true, name: true } } } } } } },
    });
    if (!report) throw notFound("Laporan audit");
    const unit = report.audit.units[0]?.unit;
    if (!unit) throw conflict("Unit ini bukan auditi audit tersebut.", "unitId");
    if (!can(user, "audit.report.acknowledge", { unitPath: unit.path })) throw forbidden("Laporan dinyatakan diterima oleh auditi unit itu sendiri.");
    if (report.audit.reportLockedAt) throw ruleBroken(LOCKED_MESSAGE);
    if (report.status !== "DISETUJUI") throw ruleBroken("Laporan dapat dinyatakan diterima setelah disetujui ketua tim audit.");
    const existing = await tx.auditReportAcknowledgment.findUnique({ where: { reportId_unitId: { reportId: report.id, unitId: input.unitId } }, select: { userName: true } });
    if (existing) throw ruleBroken(`${unit.name} sudah menyatakan menerima laporan ini (${existing.userName}).`);
    await tx.auditReportAcknowledgment.create({ data: { reportId: report.id, unitId: input.unitId, userId: user.id, userName: user.name, note: input.note, acknowledgedAt: now } });
    await recordActivity(tx, { actor: actorOf(user), entity: "audit_report", entityId: report.id, action: "acknowledge", after: { unit: unit.name }, reason: input.note });
    const [acknowledged, audited] = await Promise.all([tx.auditReportAcknowledgment.count({ where: { reportId: report.id } }), tx.auditUnit.count({ where: { auditId: report.auditId } })]);
    if (acknowledged >= audited) await notify(tx, { ...(await reportAcknowledgedNotice(tx, report.auditId)), actorId: user.id });
  });
}
