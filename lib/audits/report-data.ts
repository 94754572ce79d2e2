// Reads of the Laporan Audit Internal: the audit's plan facts, the summary counted from the
// checklist, the findings by category and what people wrote; plus what this reader may do on it.
import "server-only";
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { allowedTransitions, type AllowedTransition } from "../workflow";
import { loadAuditForReading } from "./checklist-data";
import type { AuditReportView } from "./checklist-types";
import { reportStore } from "./report-mutations";
import { summarise } from "./report-summary";
import { REPORT_WORKFLOW } from "./report-workflow";
import { actingOnAudit, auditAccessSubject, onActiveTeam } from "./team-rules";

const CATEGORY_ORDER = { KTS_MAYOR: 0, KTS_MINOR: 1, OBSERVASI: 2 } as const;

export interface ReportPage {
  view: AuditReportView;
  transitions: AllowedTransition[];
  /** Audited units this reader may acknowledge the report for now. */
  acknowledgeUnits: { id: string; name: string }[];
  canEditText: boolean;
}

export async function getAuditReportView(user: SessionUser, auditId: string): Promise<AuditReportView | null> {
  const loaded = await loadAuditForReading(user, auditId);
  if (!loaded) return null;
  const { header, access } = loaded;
  const db = await getDb();
  const audit = await db.audit.findUniqueOrThrow({
    where: { id: auditId },
    select: {
      objectives: true, criteria: true, place: true, clauses: true,
      units: { orderBy: { unit: { path: "asc" } }, select: { unitId: true, representative: true, unit: { select: { name: true, path: true } } } },
      sops: { orderBy: { sop: { title: "asc" } }, select: { sop: { select: { id: true, title: true, number: true } } } },
      team: { orderBy: [{ role: "desc" }, { createdAt: "asc" }], select: { userId: true, role: true, crossAgency: true, user: { select: { name: true } } } },
      checklist: { select: { unitId: true, clauseCode: true, answer: true } },
      findings: { select: { id: true, number: true, category: true, status: true, statement: true, clauseCode: true, unitId: true, unit: { select: { name: true } } } },
      report: {
        select: {
          id: true, version: true, status: true, summary: true, strengths: true, conclusion: true, approvedById: true, approvedAt: true, receivedById: true, receivedAt: true,
          acknowledgments: { orderBy: { acknowledgedAt: "asc" }, select: { unitId: true, userName: true, acknowledgedAt: true, note: true } },
        },
      },
    },
  });
  const visibleUnit = (unitId: string | null) => access.kind === "all" || (unitId !== null && access.unitIds.includes(unitId));
  const units = audit.units.map((u) => ({ id: u.unitId, name: u.unit.name, representative: u.representative, path: u.unit.path }));
  const names = async (ids: (string | null | undefined)[]) => {
    const wanted = ids.filter((id): id is string => !!id);
    if (wanted.length === 0) return new Map<string, string>();
    const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
    return new Map(users.map((u) => [u.id, u.name]));
  };
  const report = audit.report;
  const people = await names([report?.approvedById, report?.receivedById]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const aboveIds = header.agencyPath.split("/").filter(Boolean).slice(0, -1);
  const above = await db.unit.findMany({ where: { id: { in: aboveIds } }, select: { id: true, name: true } });
  const headerLines = aboveIds.map((id) => above.find((u) => u.id === id)?.name ?? "").filter(Boolean).map((n) => n.toUpperCase());
  return {
    headerLines,
    audit: { ...header, objectives: audit.objectives, criteria: audit.criteria, place: audit.place, clauses: audit.clauses },
    units,
    sops: audit.sops.map((s) => s.sop),
    team: audit.team.map((t) => ({ userId: t.userId, name: t.user.name, role: t.role, crossAgency: t.crossAgency })),
    summary: summarise(units.filter((u) => visibleUnit(u.id)), audit.checklist),
    findings: audit.findings
      .filter((f) => visibleUnit(f.unitId))
      .sort((a, b) => CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category] || a.number.localeCompare(b.number))
      .map((f) => ({ id: f.id, number: f.number, category: f.category, status: f.status, statement: f.statement, clauseCode: f.clauseCode, unitName: f.unit.name })),
    report: {
      id: report?.id ?? null, version: report?.version ?? 0, status: report?.status ?? "DRAF", summary: report?.summary ?? null,
      strengths: report?.strengths ?? null, conclusion: report?.conclusion ?? null,
      approvedBy: report?.approvedById ? (people.get(report.approvedById) ?? null) : null, approvedAt: report?.approvedAt ?? null,
      receivedBy: report?.receivedById ? (people.get(report.receivedById) ?? null) : null, receivedAt: report?.receivedAt ?? null,
    },
    acknowledgments: (report?.acknowledgments ?? []).map((a) => ({ ...a, unitName: unitName.get(a.unitId) ?? "-" })),
  };
}

export async function getReportPage(user: SessionUser, auditId: string): Promise<ReportPage | null> {
  const view = await getAuditReportView(user, auditId);
  if (!view) return null;
  const db = await getDb();
  const record = view.report.id ? await db.$transaction((tx) => reportStore.load(tx, view.report.id as string)) : null;
  const subject = await auditAccessSubject(db, auditId);
  const transitions = record && subject ? allowedTransitions(REPORT_WORKFLOW, actingOnAudit(user, subject), record) : [];
  const acknowledged = new Set(view.acknowledgments.map((a) => a.unitId));
  const acknowledgeUnits =
    view.report.status === "DISETUJUI" && !view.audit.reportLockedAt
      ? view.units.filter((u) => !acknowledged.has(u.id) && can(user, "audit.report.acknowledge", { unitPath: u.path })).map((u) => ({ id: u.id, name: u.name }))
      : [];
  const onTeam = onActiveTeam(user.id, view.team, view.audit.status);
  const canEditText = onTeam && !view.audit.reportLockedAt && view.report.status === "DRAF" && (view.audit.status === "PELAKSANAAN" || view.audit.status === "PELAPORAN");
  return { view, transitions, acknowledgeUnits, canEditText };
}
