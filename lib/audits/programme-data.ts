import "server-only";
// Reads of the audit programme inside the reader's scope: the agency's manajer mutu and pimpinan,
// and province readers (PEMANTAU) of it. Another agency's programme is never read.
import { can } from "../auth/permissions";
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma } from "../db";
import { allowedTransitions } from "../workflow";
import { PROGRAMME_EDITABLE, PROGRAMME_OWNER_TYPES, type ProgrammeStatus } from "./programme-constants";
import type { ProgrammeFormInput } from "./programme-schema";
import type { ProgrammeDetail, ProgrammeFormOptions, ProgrammeRow, UnitRiskRow } from "./programme-types";
import { PROGRAMME_WORKFLOW } from "./programme-workflow";
import { unitRisks } from "./risk-data";
import { agencySettingOf } from "../objectives/mutations";

export function readableProgrammes(user: SessionUser): Prisma.AuditProgrammeWhereInput {
  return { agency: unitPathWhere(unitScope(user, "audit.read")) };
}

export async function listProgrammes(user: SessionUser, query: { year?: number; agencyId?: string }): Promise<ProgrammeRow[]> {
  const db = await getDb();
  const rows = await db.auditProgramme.findMany({
    where: { AND: [readableProgrammes(user), query.year ? { year: query.year } : {}, query.agencyId ? { agencyId: query.agencyId } : {}] },
    orderBy: [{ year: "desc" }, { agency: { name: "asc" } }, { createdAt: "desc" }],
    take: 200,
    select: {
      id: true, year: true, status: true, agency: { select: { name: true } },
      rounds: { orderBy: { roundNo: "asc" }, select: { roundNo: true, name: true, startMonth: true, endMonth: true, _count: { select: { units: true } } } },
      _count: { select: { audits: true } },
    },
  });
  return rows.map((p) => ({
    id: p.id, year: p.year, status: p.status as ProgrammeStatus, agencyName: p.agency.name, audits: p._count.audits,
    rounds: p.rounds.map((r) => ({ roundNo: r.roundNo, name: r.name, startMonth: r.startMonth, endMonth: r.endMonth, units: r._count.units })),
  }));
}

const detailSelect = {
  id: true, version: true, year: true, objectives: true, status: true, returnNote: true, reopenReason: true, approvedAt: true, approvedBy: true,
  submittedById: true, lastEditedById: true, agencyId: true, copiedFromId: true,
  agency: { select: { id: true, name: true, path: true } },
  rounds: {
    orderBy: { roundNo: "asc" },
    select: {
      id: true, roundNo: true, name: true, startMonth: true, endMonth: true, clauses: true, focus: true,
      units: { orderBy: { unit: { path: "asc" } }, select: { unit: { select: { id: true, name: true } } } },
      sops: { orderBy: { sop: { title: "asc" } }, select: { sop: { select: { id: true, number: true, title: true } } } },
      audits: { orderBy: { startDate: "asc" }, select: { id: true, number: true, title: true, status: true, startDate: true } },
    },
  },
} satisfies Prisma.AuditProgrammeSelect;

export async function getProgramme(user: SessionUser, id: string): Promise<ProgrammeDetail | null> {
  const db = await getDb();
  const p = await db.auditProgramme.findFirst({ where: { AND: [{ id }, readableProgrammes(user)] }, select: detailSelect });
  if (!p) return null;
  const status = p.status as ProgrammeStatus;
  const record = {
    id: p.id, version: p.version, status, agencyId: p.agencyId, year: p.year, unitPath: p.agency.path,
    submittedById: p.submittedById, lastEditedById: p.lastEditedById, selfApprovalAllowed: await agencySettingOf(db, p.agency.path),
  };
  const copiedFrom = p.copiedFromId ? await db.auditProgramme.findUnique({ where: { id: p.copiedFromId }, select: { id: true, year: true } }) : null;
  const mayManage = can(user, "audit_programme.manage", { unitPath: p.agency.path });
  return {
    id: p.id, version: p.version, year: p.year, objectives: p.objectives, status, returnNote: p.returnNote, reopenReason: p.reopenReason,
    approvedAt: p.approvedAt, approvedBy: p.approvedBy, agency: p.agency, copiedFrom,
    rounds: p.rounds.map((r) => ({
      id: r.id, roundNo: r.roundNo, name: r.name, startMonth: r.startMonth, endMonth: r.endMonth, clauses: r.clauses, focus: r.focus,
      units: r.units.map((u) => u.unit), sops: r.sops.map((s) => s.sop), audits: r.audits,
    })),
    transitions: allowedTransitions(PROGRAMME_WORKFLOW, user, record),
    mayEdit: mayManage && PROGRAMME_EDITABLE.includes(status),
    mayCopy: mayManage,
  };
}

/** The form's values of an editable programme, or null when it is not one the user may edit. */
export async function getProgrammeForEdit(user: SessionUser, id: string): Promise<{ id: string; version: number; values: ProgrammeFormInput } | null> {
  const detail = await getProgramme(user, id);
  if (!detail || !detail.mayEdit) return null;
  return {
    id: detail.id, version: detail.version,
    values: {
      agencyId: detail.agency.id, year: detail.year, objectives: detail.objectives,
      rounds: detail.rounds.map((r) => ({
        name: r.name, startMonth: r.startMonth, endMonth: r.endMonth, clauses: r.clauses, focus: r.focus ?? "",
        unitIds: r.units.map((u) => u.id), sopIds: r.sops.map((s) => s.id),
      })),
    },
  };
}

/** Agencies where the user may draft a programme, with their units and active SOPs. */
export async function programmeFormOptions(user: SessionUser): Promise<ProgrammeFormOptions> {
  const db = await getDb();
  const scope = unitScope(user, "audit_programme.manage");
  // A Perangkat Daerah in scope, or the unit a manajer mutu's grant sits on when it owns its own QMS (a UPTD).
  const grantUnits = user.grants.filter((g) => g.role === "MANAJER_MUTU" && g.unitId).map((g) => g.unitId as string);
  const agencies = await db.unit.findMany({
    where: { active: true, OR: [{ type: "PERANGKAT_DAERAH", ...unitPathWhere(scope) }, { id: { in: grantUnits }, type: { in: [...PROGRAMME_OWNER_TYPES] } }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, path: true },
  });
  const units: ProgrammeFormOptions["units"] = [];
  const sops: ProgrammeFormOptions["sops"] = [];
  for (const agency of agencies) {
    const below = await db.unit.findMany({ where: { path: { startsWith: agency.path }, id: { not: agency.id }, active: true }, orderBy: { path: "asc" }, select: { id: true, name: true, path: true } });
    units.push(...below.map((u) => ({ ...u, agencyId: agency.id })));
    const agencySops = await db.sop.findMany({
      where: { active: true, unit: { path: { startsWith: agency.path } } },
      orderBy: [{ title: "asc" }],
      select: { id: true, number: true, title: true, unitId: true },
    });
    sops.push(...agencySops.map((s) => ({ id: s.id, unitId: s.unitId, agencyId: agency.id, label: s.number ? `${s.number} · ${s.title}` : s.title })));
  }
  return { agencies: agencies.map(({ id, name }) => ({ id, name })), units, sops };
}

/** The risk-based priorities shown beside each unit when planning (ISO 9001:2015 9.2.2 a). */
export async function programmeRisks(user: SessionUser, agencyId: string, today = new Date()): Promise<UnitRiskRow[]> {
  const db = await getDb();
  const agency = await db.unit.findFirst({ where: { id: agencyId, ...unitPathWhere(unitScope(user, "audit.read")) }, select: { id: true, path: true } });
  if (!agency) return [];
  return unitRisks(db, agency, today);
}
