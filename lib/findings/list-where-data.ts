// The register's filters as a where-clause, without the reader's scope: the one builder behind the
// register, its charts and export (data.ts adds the reader's scope) and the figures that link to
// the register (dashboards, the management review's input pack). No "server-only": the review
// pack is compiled by the seeds too.
import type { PrismaClient, Prisma, Tx } from "../db";
import { dateRangeWhere } from "../utils/date-range";
import { OPEN_STATUSES } from "./constants";
import { ageBucketRaisedRange } from "./rules";
import type { FindingListQuery } from "./schema";
import { unitSubtreeFilter } from "../org/unit-filter-data";

type Filter = Omit<FindingListQuery, "page">;

function startOfDayUtc(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** null when the filter names a unit that does not exist (nothing matches). */
export async function findingFilterWhere(db: Tx | PrismaClient, query: Filter, today: Date): Promise<Prisma.FindingWhereInput | null> {
  const unitFilter = await unitSubtreeFilter(db, query);
  if (!unitFilter) return null;
  const raised = dateRangeWhere(query.from, query.to);
  return {
    AND: [
      unitFilter,
      query.auditId ? { auditId: query.auditId } : {},
      query.sopId ? { sopId: query.sopId } : {},
      query.clauseCode ? { clauseCode: query.clauseCode } : {},
      query.category ? { category: query.category } : {},
      query.status ? { status: query.status } : {},
      query.open ? { status: { in: [...OPEN_STATUSES] } } : {},
      query.source ? { source: query.source } : {},
      query.year ? { year: query.year } : {},
      raised ? { raisedAt: raised } : {},
      query.age ? { raisedAt: ageBucketRaisedRange(query.age, today) } : {},
      query.overdue ? { status: { in: [...OPEN_STATUSES] }, dueDate: { lt: startOfDayUtc(today) } } : {},
      query.q
        ? { OR: [{ number: { contains: query.q, mode: "insensitive" } }, { statement: { contains: query.q, mode: "insensitive" } }, { evidence: { contains: query.q, mode: "insensitive" } }] }
        : {},
    ],
  };
}
