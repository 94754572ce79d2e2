// The catalogue's filters (active SOPs, unit subtree, due for review) as a where-clause: the one
// builder behind the catalogue (data.ts adds the full-text search) and the figures that link to it
// (dashboards). No "server-only": the review pack is compiled by the seeds too.
import type { Prisma, PrismaClient, Tx } from "../db";
import type { SopListQuery } from "./schema";
import { unitSubtreeFilter } from "../org/unit-filter-data";

/** Due for review: the SOP's PROSEDUR document has reached its next review date (kaji ulang). */
export function sopReviewDueWhere(today: Date): Prisma.SopWhereInput {
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  return { document: { is: { nextReviewAt: { lte: day } } } };
}

/** null when the filter names a unit that does not exist (nothing matches). */
export async function sopFilterWhere(db: Tx | PrismaClient, query: Pick<SopListQuery, "agencyId" | "unitId" | "reviewDue">, today: Date): Promise<Prisma.SopWhereInput | null> {
  const unitFilter = await unitSubtreeFilter(db, query);
  if (!unitFilter) return null;
  return {
    active: true,
    ...unitFilter,
    ...(query.reviewDue ? sopReviewDueWhere(today) : {}),
  };
}
