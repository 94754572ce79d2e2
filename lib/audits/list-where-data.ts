// The audit list's filters as a where-clause, without the reader's access: the one builder behind
// the list (data.ts adds readableAuditWhere) and the figures that link to it (dashboards, the
// management review's input pack). No "server-only": the review pack is compiled by the seeds too.
import type { Prisma, PrismaClient, Tx } from "../db";
import { dateRangeWhere } from "../utils/date-range";
import { HELD_STATUSES } from "./coverage-rules";
import type { AuditListQuery } from "./schema";

/** `agencyId` names an agency or a unit above agencies (a province): the audits of the agencies under it. */
export async function auditFilterWhere(db: Tx | PrismaClient, query: Omit<AuditListQuery, "page">): Promise<Prisma.AuditWhereInput | null> {
  const agency = query.agencyId ? await db.unit.findUnique({ where: { id: query.agencyId }, select: { path: true } }) : null;
  if (query.agencyId && !agency) return null;
  const started = dateRangeWhere(query.from, query.to);
  return {
    AND: [
      query.year ? { startDate: { gte: new Date(`${query.year}-01-01T00:00:00Z`), lt: new Date(`${query.year + 1}-01-01T00:00:00Z`) } } : {},
      started ? { startDate: started } : {},
      query.status ? { status: query.status } : {},
      query.held ? { status: { in: [...HELD_STATUSES] } } : {},
      query.active ? { status: { not: "DIBATALKAN" as const } } : {},
      query.type ? { type: query.type } : {},
      agency ? { agency: { path: { startsWith: agency.path } } } : {},
      query.unitId ? { units: { some: { unitId: query.unitId } } } : {},
      query.q ? { OR: [{ title: { contains: query.q, mode: "insensitive" as const } }, { number: { contains: query.q, mode: "insensitive" as const } }] } : {},
    ],
  };
}
