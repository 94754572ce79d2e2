import "server-only";
// The year's coverage of one agency: unit x clause 4-10 and the calendar, from the programme's
// rounds (planned) and the Audit rows (held or scheduled), inside the reader's scope.
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { calendarMonths, coverageMatrix, type AuditScope, type PlannedScope } from "./coverage-rules";
import { PROGRAMME_OWNER_TYPES, type ProgrammeStatus } from "./programme-constants";
import type { CoverageView } from "./programme-types";

/** Agencies whose coverage the user may read. */
export async function coverageAgencies(user: SessionUser): Promise<{ id: string; name: string }[]> {
  const db = await getDb();
  return db.unit.findMany({
    where: { AND: [{ OR: [{ type: "PERANGKAT_DAERAH" }, { auditProgrammes: { some: {} } }] }, unitPathWhere(unitScope(user, "audit.read"))] },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

export async function getCoverage(user: SessionUser, agencyId: string, year: number): Promise<CoverageView | null> {
  const db = await getDb();
  const agency = await db.unit.findFirst({
    where: { id: agencyId, type: { in: [...PROGRAMME_OWNER_TYPES] }, ...unitPathWhere(unitScope(user, "audit.read")) },
    select: { id: true, name: true, path: true },
  });
  if (!agency) return null;
  const units = await db.unit.findMany({
    where: { path: { startsWith: agency.path }, id: { not: agency.id }, active: true },
    orderBy: { path: "asc" },
    select: { id: true, name: true },
  });
  const programme = await db.auditProgramme.findFirst({
    where: { agencyId: agency.id, year, status: { not: "DIBATALKAN" } },
    select: {
      id: true, status: true,
      rounds: { orderBy: { roundNo: "asc" }, select: { name: true, startMonth: true, endMonth: true, clauses: true, units: { select: { unitId: true } } } },
    },
  });
  const rounds: (PlannedScope & { name: string })[] = (programme?.rounds ?? []).map((r) => ({
    name: r.name, startMonth: r.startMonth, endMonth: r.endMonth, clauses: r.clauses, unitIds: r.units.map((u) => u.unitId),
  }));
  const yearStart = new Date(Date.UTC(year, 0, 1));
  const nextYear = new Date(Date.UTC(year + 1, 0, 1));
  const audits: AuditScope[] = (
    await db.audit.findMany({
      where: { agencyId: agency.id, startDate: { gte: yearStart, lt: nextYear } },
      select: { status: true, startDate: true, clauses: true, units: { select: { unitId: true } } },
    })
  ).map((a) => ({ status: a.status, startDate: a.startDate, clauses: a.clauses, unitIds: a.units.map((u) => u.unitId) }));

  return {
    agency: { id: agency.id, name: agency.name },
    year,
    programme: programme ? { id: programme.id, status: programme.status as ProgrammeStatus } : null,
    units,
    matrix: coverageMatrix(units.map((u) => u.id), rounds, audits),
    months: calendarMonths(rounds, audits, null),
    byUnit: Object.fromEntries(units.map((u) => [u.id, calendarMonths(rounds, audits, u.id)])),
  };
}
