// The register's filters as a where-clause, without the reader's scope: the one builder behind the
// register and its export (data.ts adds the reader's scope) and the figures that link to the
// register (dashboards, the management review's input pack). No "server-only": the review pack is
// compiled by the seeds too.
import type { PrismaClient, Prisma, Tx } from "../db";
import { dateRangeWhere } from "../utils/date-range";
import { FINISHED_STATUSES } from "./constants";
import { overdueWhere } from "./overdue";
import type { CaListQuery } from "./schema";
import { unitSubtreeFilter } from "../org/unit-filter-data";

/** null when the filter names a unit that does not exist (nothing matches). */
export async function caFilterWhere(db: Tx | PrismaClient, query: Omit<CaListQuery, "page">, now: Date): Promise<Prisma.CorrectiveActionWhereInput | null> {
  const unitFilter = await unitSubtreeFilter(db, query);
  if (!unitFilter) return null;
  const finding: Prisma.FindingWhereInput = {
    ...(query.auditId ? { auditId: query.auditId } : {}),
    ...(query.sopId ? { sopId: query.sopId } : {}),
    ...(query.clauseCode ? { clauseCode: { startsWith: query.clauseCode } } : {}),
    ...(query.category ? { category: query.category } : {}),
    ...(query.findingId ? { id: query.findingId } : {}),
    ...(query.q ? { OR: [{ number: { contains: query.q, mode: "insensitive" } }, { statement: { contains: query.q, mode: "insensitive" } }] } : {}),
  };
  const opened = dateRangeWhere(query.from, query.to);
  return {
    AND: [
      unitFilter,
      query.status ? { status: query.status } : {},
      query.open ? { status: { notIn: [...FINISHED_STATUSES] } } : {},
      opened ? { createdAt: opened } : {},
      query.overdue ? overdueWhere(now) : {},
      Object.keys(finding).length > 0 ? { finding } : {},
    ],
  };
}
