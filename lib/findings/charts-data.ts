import "server-only";
// The register's charts, aggregated on the server over the same filters and scope as the list:
// Pareto by clause and by SOP, ageing of open findings, opened vs closed per month.
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { AGE_BUCKETS, AGE_BUCKET_LABELS } from "./constants";
import { findingListWhere } from "./data";
import { ageBucket, ageInDays, isOpen } from "./rules";
import type { FindingListQuery } from "./schema";
import type { CountRow, FindingCharts } from "./types";

function pareto(counts: Map<string, { label: string; count: number }>, limit = 10): CountRow[] {
  return [...counts.entries()]
    .map(([key, v]) => ({ key, ...v }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, limit);
}

const monthKey = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;

export async function getFindingCharts(user: SessionUser, query: FindingListQuery, today: Date = new Date()): Promise<FindingCharts> {
  authorize(user, "finding.read");
  const where = await findingListWhere(user, query, today);
  const empty: FindingCharts = { byClause: [], bySop: [], ageing: AGE_BUCKETS.map((bucket) => ({ bucket, label: AGE_BUCKET_LABELS[bucket], count: 0 })), perMonth: [] };
  if (!where) return empty;
  const db = await getDb();
  // Clauses and SOPs are counted in the database; the rows carry only the dates the ageing and the
  // months need (no SOP joined per row), and the SOP titles are read for the ten shown.
  const [rows, clauseGroups, sopGroups] = await Promise.all([
    db.finding.findMany({ where, select: { status: true, raisedAt: true, closedAt: true } }),
    db.finding.groupBy({ by: ["clauseCode"], where: { AND: [where, { clauseCode: { not: null } }] }, _count: { _all: true } }),
    db.finding.groupBy({ by: ["sopId"], where: { AND: [where, { sopId: { not: null } }] }, _count: { _all: true } }),
  ]);
  const byClause = new Map<string, { label: string; count: number }>();
  const bySop = new Map<string, { label: string; count: number }>();
  const months = new Map<string, { opened: number; closed: number }>();
  const bump = (key: string) => months.get(key) ?? months.set(key, { opened: 0, closed: 0 }).get(key)!;
  for (const g of clauseGroups) byClause.set(g.clauseCode!, { label: `Klausul ${g.clauseCode}`, count: g._count._all });
  for (const g of sopGroups) bySop.set(g.sopId!, { label: "", count: g._count._all });
  const topSops = pareto(bySop);
  const titles = topSops.length === 0 ? [] : await db.sop.findMany({ where: { id: { in: topSops.map((s) => s.key) } }, select: { id: true, title: true } });
  for (const s of topSops) s.label = titles.find((t) => t.id === s.key)?.title ?? "";
  for (const r of rows) {
    if (isOpen(r.status)) {
      const bucket = empty.ageing.find((a) => a.bucket === ageBucket(ageInDays(r.raisedAt, today)))!;
      bucket.count += 1;
    }
    bump(monthKey(r.raisedAt)).opened += 1;
    if (r.closedAt) bump(monthKey(r.closedAt)).closed += 1;
  }
  const perMonth = [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).slice(-12).map(([month, v]) => ({ month, ...v }));
  return { byClause: pareto(byClause), bySop: topSops, ageing: empty.ageing, perMonth };
}
