// The register's filter choices and charts are counted in the database (groupBy, one page of SOP
// titles); they must equal what the matching findings themselves give, read here row by row.
import { describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import { getFindingCharts } from "../../../lib/findings/charts-data";
import { findingListWhere } from "../../../lib/findings/data";
import { listFindingFilterOptions } from "../../../lib/findings/options-data";
import { findingListQuerySchema } from "../../../lib/findings/schema";
import { demoUsers, useDemoDatabase } from "../../helpers/demo-database";

const { db, as } = useDemoDatabase(demoUsers("manajer", "biro", "bpsmb"), { sops: true, findings: true }, 300_000);
const TODAY = new Date();

async function matching(user: SessionUser, params: Record<string, string>) {
  const where = (await findingListWhere(user, findingListQuerySchema.parse(params), TODAY))!;
  return db().finding.findMany({
    where,
    select: { clauseCode: true, agency: { select: { id: true, name: true } }, sop: { select: { id: true, title: true } } },
  });
}

/** Count per key, most first, then by key; the ten first (the charts' Pareto). */
function pareto(keys: { key: string; label: string }[]) {
  const counts = new Map<string, { label: string; count: number }>();
  for (const k of keys) counts.set(k.key, { label: k.label, count: (counts.get(k.key)?.count ?? 0) + 1 });
  return [...counts.entries()]
    .map(([key, v]) => ({ key, ...v }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, 10);
}

describe("the findings register's choices and charts", () => {
  it("offers the agencies and clauses of the findings the reader may see", async () => {
    for (const user of [as.manajer, as.biro, as.bpsmb]) {
      const rows = await matching(user, {});
      const options = await listFindingFilterOptions(user);
      const agencies = [...new Map(rows.map((r) => [r.agency.id, r.agency])).values()].sort((a, b) => a.name.localeCompare(b.name));
      expect(options.agencies).toEqual(agencies);
      const clauses = [...new Set(rows.flatMap((r) => (r.clauseCode ? [r.clauseCode] : [])))].sort();
      expect(options.clauses).toEqual(clauses.map((c) => ({ id: c, name: c })));
    }
  });

  it("counts the Pareto of clauses and SOPs over the filtered findings", async () => {
    let some = false;
    for (const [user, params] of [[as.manajer, {}], [as.biro, {}], [as.manajer, { status: "TERBUKA" }], [as.bpsmb, {}]] as const) {
      const rows = await matching(user, params);
      const charts = await getFindingCharts(user, findingListQuerySchema.parse(params), TODAY);
      expect(charts.byClause).toEqual(pareto(rows.flatMap((r) => (r.clauseCode ? [{ key: r.clauseCode, label: `Klausul ${r.clauseCode}` }] : []))));
      expect(charts.bySop).toEqual(pareto(rows.flatMap((r) => (r.sop ? [{ key: r.sop.id, label: r.sop.title }] : []))));
      some ||= charts.bySop.length > 0 && charts.byClause.length > 0;
    }
    expect(some).toBe(true);
  });
});
