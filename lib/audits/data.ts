import "server-only";
// Reads of audits, inside the reader's access (team-rules.ts): the agency's readers by scope, the
// team (a cross-agency auditor only while the audit runs), and the auditee units.
import { authorize, can } from "../auth/permissions";
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma } from "../db";
import { paginate, type Page } from "../utils/paginate";
import { allowedTransitions } from "../workflow";
import { AUDITS_PAGE_SIZE, FINAL_AUDIT_STATUSES, MEETING_STATUSES, PLAN_EDITABLE_STATUSES } from "./constants";
import { slotDay } from "./rules";
import type { AuditListQuery } from "./schema";
import { auditAccess, isLeadAuditor } from "./team-rules";
import type { AuditDetail, AuditRow, MyAuditRow, ScheduleItemView } from "./types";
import { AUDIT_WORKFLOW } from "./workflow";

/** The where-clause of every audit a user may read (the same decision as auditAccess). */
export function readableAuditWhere(user: SessionUser): Prisma.AuditWhereInput {
  const scope = unitScope(user, "audit.read");
  return {
    OR: [
      ...(scope.kind === "none"
        ? []
        : [{ agency: unitPathWhere(scope) }, { units: { some: { unit: unitPathWhere(scope) } }, status: { not: "DIRENCANAKAN" as const } }]),
      { team: { some: { userId: user.id, crossAgency: false } } },
      { team: { some: { userId: user.id, crossAgency: true } }, status: { notIn: [...FINAL_AUDIT_STATUSES] } },
    ],
  };
}

const rowSelect = {
  id: true, number: true, title: true, type: true, status: true, startDate: true, endDate: true,
  agency: { select: { name: true } },
  units: { select: { unit: { select: { name: true } } }, orderBy: { unit: { name: "asc" } } },
  team: { where: { role: "KETUA" }, select: { user: { select: { name: true } } } },
} as const satisfies Prisma.AuditSelect;
type RowPayload = Prisma.AuditGetPayload<{ select: typeof rowSelect }>;

const toRow = (a: RowPayload): AuditRow => ({
  id: a.id, number: a.number, title: a.title, type: a.type, status: a.status, startDate: a.startDate, endDate: a.endDate,
  agencyName: a.agency.name, unitNames: a.units.map((u) => u.unit.name), leadName: a.team[0]?.user.name ?? null,
});

const ORDER: Prisma.AuditOrderByWithRelationInput[] = [{ startDate: "desc" }, { number: "desc" }];

export async function listAudits(user: SessionUser, query: AuditListQuery): Promise<Page<AuditRow>> {
  authorize(user, "audit.read");
  const db = await getDb();
  const where: Prisma.AuditWhereInput = {
    AND: [
      readableAuditWhere(user),
      query.year ? { startDate: { gte: new Date(`${query.year}-01-01T00:00:00Z`), lt: new Date(`${query.year + 1}-01-01T00:00:00Z`) } } : {},
      query.status ? { status: query.status } : {},
      query.type ? { type: query.type } : {},
      query.unitId ? { units: { some: { unitId: query.unitId } } } : {},
      query.q ? { OR: [{ title: { contains: query.q, mode: "insensitive" } }, { number: { contains: query.q, mode: "insensitive" } }] } : {},
    ],
  };
  return paginate(
    query.page,
    AUDITS_PAGE_SIZE,
    () => db.audit.count({ where }),
    async (skip, take) => (await db.audit.findMany({ where, orderBy: ORDER, skip, take, select: rowSelect })).map(toRow),
  );
}

const scheduleSelect = {
  id: true, kind: true, unitId: true, startsAt: true, endsAt: true, place: true, note: true,
  unit: { select: { name: true } }, auditors: { select: { user: { select: { id: true, name: true } } } },
} as const satisfies Prisma.AuditScheduleItemSelect;
const toSchedule = (s: Prisma.AuditScheduleItemGetPayload<{ select: typeof scheduleSelect }>): ScheduleItemView => ({
  id: s.id, kind: s.kind, unitId: s.unitId, unitName: s.unit?.name ?? null, startsAt: s.startsAt, endsAt: s.endsAt, place: s.place, note: s.note,
  auditors: s.auditors.map((a) => a.user).sort((x, y) => x.name.localeCompare(y.name)),
});

export async function getAudit(user: SessionUser, id: string): Promise<AuditDetail | null> {
  authorize(user, "audit.read");
  const db = await getDb();
  const a = await db.audit.findFirst({
    where: { id, ...readableAuditWhere(user) },
    select: {
      id: true, number: true, type: true, title: true, objectives: true, criteria: true, clauses: true, startDate: true, endDate: true, place: true,
      status: true, cancelReason: true, publishedAt: true, reportLockedAt: true, version: true,
      agency: { select: { id: true, name: true, path: true } },
      units: { select: { representative: true, unit: { select: { id: true, name: true, path: true } } }, orderBy: { unit: { path: "asc" } } },
      sops: { select: { sop: { select: { id: true, number: true, title: true } } }, orderBy: { sop: { title: "asc" } } },
      team: { select: { userId: true, role: true, crossAgency: true, user: { select: { name: true, unit: { select: { name: true } } } } }, orderBy: [{ role: "desc" }, { createdAt: "asc" }] },
      schedule: { select: scheduleSelect, orderBy: { startsAt: "asc" } },
      meetings: { select: { kind: true, heldAt: true, notes: true, agreedDeadlines: true, divergingOpinions: true, version: true, attendees: { select: { name: true, position: true }, orderBy: { sortOrder: "asc" } } } },
    },
  });
  if (!a) return null;
  const access = auditAccess(user, {
    agencyPath: a.agency.path, status: a.status, unitPaths: a.units.map((u) => u.unit.path),
    team: a.team.map((m) => ({ userId: m.userId, crossAgency: m.crossAgency })),
  });
  if (!access) return null;
  const manage = can(user, "audit.manage", { unitPath: a.agency.path });
  const lead = await isLeadAuditor(db, a.id, user.id);
  return {
    id: a.id, number: a.number, type: a.type, title: a.title, objectives: a.objectives, criteria: a.criteria, clauses: a.clauses,
    startDate: a.startDate, endDate: a.endDate, place: a.place, status: a.status, cancelReason: a.cancelReason, publishedAt: a.publishedAt,
    reportLockedAt: a.reportLockedAt, version: a.version, agency: { id: a.agency.id, name: a.agency.name },
    units: a.units.map((u) => ({ id: u.unit.id, name: u.unit.name, representative: u.representative })),
    sops: a.sops.map((s) => s.sop),
    team: a.team.map((m) => ({ userId: m.userId, name: m.user.name, unitName: m.user.unit.name, role: m.role, crossAgency: m.crossAgency })),
    schedule: a.schedule.map(toSchedule),
    meetings: a.meetings,
    access,
    transitions: allowedTransitions(AUDIT_WORKFLOW, user, {
      id: a.id, version: a.version, status: a.status, unitPath: a.agency.path, agencyId: a.agency.id, reportLockedAt: a.reportLockedAt,
      teamSize: a.team.length, hasLead: a.team.some((m) => m.role === "KETUA"),
    }),
    allowed: {
      edit: manage && PLAN_EDITABLE_STATUSES.includes(a.status),
      schedule: manage && PLAN_EDITABLE_STATUSES.includes(a.status),
      meetings: (manage || lead) && MEETING_STATUSES.includes(a.status),
      copy: manage,
    },
  };
}

/** "Audit saya": the audits the user is on the team of, with the user's sessions of `today` (WITA). */
export async function listMyAudits(user: SessionUser, today: Date = new Date()): Promise<MyAuditRow[]> {
  authorize(user, "audit.read");
  const db = await getDb();
  const rows = await db.audit.findMany({
    where: { AND: [readableAuditWhere(user), { team: { some: { userId: user.id } } }, { status: { not: "DIBATALKAN" } }] },
    orderBy: ORDER,
    take: 50,
    select: {
      ...rowSelect,
      team: { select: { role: true, userId: true, user: { select: { name: true } } } },
      schedule: { where: { auditors: { some: { userId: user.id } } }, select: scheduleSelect, orderBy: { startsAt: "asc" } },
    },
  });
  const day = slotDay(today);
  return rows.map((a) => ({
    ...toRow({ ...a, team: a.team.filter((m) => m.role === "KETUA") }),
    myRole: a.team.find((m) => m.userId === user.id)?.role ?? "ANGGOTA",
    todaySessions: a.schedule.filter((s) => slotDay(s.startsAt) === day).map(toSchedule),
  }));
}

/** The audits of the units the user heads (AUDITEE grants), newest first. */
export async function listAuditeeAudits(user: SessionUser): Promise<AuditRow[]> {
  authorize(user, "audit.read");
  const paths = user.grants.filter((g) => g.role === "AUDITEE" && g.unitPath).map((g) => g.unitPath as string);
  if (paths.length === 0) return [];
  const db = await getDb();
  const rows = await db.audit.findMany({
    where: { units: { some: { unit: { OR: paths.map((p) => ({ path: { startsWith: p } })) } } }, status: { not: "DIRENCANAKAN" } },
    orderBy: ORDER,
    take: 50,
    select: rowSelect,
  });
  return rows.map(toRow);
}

/** Audits that covered an SOP, for the SOP page, with their findings on it. */
export async function listAuditsForSop(user: SessionUser, sopId: string) {
  if (!can(user, "audit.read")) return [];
  const db = await getDb();
  const rows = await db.audit.findMany({
    where: { AND: [readableAuditWhere(user), { sops: { some: { sopId } } }] },
    orderBy: ORDER,
    select: { id: true, number: true, title: true, status: true, startDate: true, endDate: true, findings: { where: { sopId }, select: { category: true } } },
  });
  return rows.map(({ findings, ...a }) => ({
    ...a,
    findingCounts: { KTS_MAYOR: 0, KTS_MINOR: 0, OBSERVASI: 0, ...Object.fromEntries(["KTS_MAYOR", "KTS_MINOR", "OBSERVASI"].map((c) => [c, findings.filter((f) => f.category === c).length])) },
  }));
}
