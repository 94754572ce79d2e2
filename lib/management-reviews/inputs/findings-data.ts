// Sections (c4) ketidaksesuaian dan tindakan perbaikan and (f) peluang peningkatan: counted with
// the registers' own filter builders (findingFilterWhere, caFilterWhere), so each figure equals the
// register it links to. No "server-only": the pack is compiled by the seeds too.
import { caFilterWhere } from "../../corrective-actions/list-where-data";
import type { CaListQuery } from "../../corrective-actions/schema";
import type { PrismaClient, Tx } from "../../db";
import { FINDING_CATEGORIES, FINDING_CATEGORY_LABELS, FINDING_STATUS_LABELS } from "../../findings/constants";
import { findingFilterWhere } from "../../findings/list-where-data";
import type { FindingListQuery } from "../../findings/schema";
import { isoDay } from "../../utils/date-range";
import { listHref } from "../../utils/href";
import type { InputContext, PackFigure, SectionCompiler, SectionData } from "../input-types";

type FindingFilter = Omit<FindingListQuery, "page">;
type CaFilter = Omit<CaListQuery, "page">;

const findingsHref = (f: FindingFilter) => listHref("/findings", { ...f });
const caHref = (f: CaFilter) => listHref("/corrective-actions", { ...f });

export async function countFindings(db: Tx | PrismaClient, filter: FindingFilter, today: Date): Promise<number> {
  const where = await findingFilterWhere(db, filter, today);
  return where ? db.finding.count({ where }) : 0;
}

export async function countCorrectiveActions(db: Tx | PrismaClient, filter: CaFilter, now: Date): Promise<number> {
  const where = await caFilterWhere(db, filter, now);
  return where ? db.correctiveAction.count({ where }) : 0;
}

const inPeriod = (ctx: InputContext) => ({ agencyId: ctx.agencyId, from: isoDay(ctx.period.from), to: isoDay(ctx.period.to) });

async function figure(db: Tx | PrismaClient, label: string, filter: FindingFilter, today: Date): Promise<PackFigure> {
  return { label, value: await countFindings(db, filter, today), href: findingsHref(filter) };
}

async function caFigure(db: Tx | PrismaClient, label: string, filter: CaFilter, now: Date): Promise<PackFigure> {
  return { label, value: await countCorrectiveActions(db, filter, now), href: caHref(filter) };
}

/** Findings raised per month of the period, by category (one aggregate query). */
async function monthlyTrend(db: Tx | PrismaClient, ctx: InputContext) {
  const to = new Date(ctx.period.to.getTime() + 86_400_000);
  const rows = await db.$queryRaw<{ month: string; category: string; n: bigint }[]>`
    SELECT to_char(date_trunc('month', f."raisedAt"), 'YYYY-MM') AS month, f.category::text AS category, count(*) AS n
    FROM "Finding" f JOIN "Unit" u ON u.id = f."unitId"
    WHERE u.path LIKE ${`${ctx.agencyPath}%`} AND f."raisedAt" >= ${ctx.period.from} AND f."raisedAt" < ${to}
    GROUP BY 1, 2 ORDER BY 1`;
  const months: string[] = [];
  for (let d = new Date(Date.UTC(ctx.period.from.getUTCFullYear(), ctx.period.from.getUTCMonth(), 1)); d <= ctx.period.to; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) {
    months.push(d.toISOString().slice(0, 7));
  }
  return FINDING_CATEGORIES.map((c) => ({
    name: FINDING_CATEGORY_LABELS[c],
    points: months.map((m) => ({ label: m, value: Number(rows.find((r) => r.month === m && r.category === c)?.n ?? 0) })),
  }));
}

/** (c4) Ketidaksesuaian dan tindakan perbaikan. */
export const compileNonconformities: SectionCompiler = async (db, ctx): Promise<SectionData> => {
  const now = new Date();
  const period = inPeriod(ctx);
  const agency = { agencyId: ctx.agencyId };
  const figures = await Promise.all([
    figure(db, "Temuan pada periode", period, now),
    ...FINDING_CATEGORIES.map((category) => figure(db, `${FINDING_CATEGORY_LABELS[category]} pada periode`, { ...period, category }, now)),
    figure(db, "Temuan masih terbuka (saat ini)", { ...agency, open: "1" }, now),
    figure(db, "Temuan melewati batas tanggapan/penyelesaian", { ...agency, overdue: "1" }, now),
    caFigure(db, "Tindakan perbaikan dibuka pada periode", period, now),
    caFigure(db, "Tindakan perbaikan masih berjalan (saat ini)", { ...agency, open: "1" }, now),
    caFigure(db, "Tindakan perbaikan terlambat (saat ini)", { ...agency, overdue: "1" }, now),
    caFigure(db, "Tindakan perbaikan tidak efektif", { ...period, status: "TIDAK_EFEKTIF" }, now),
  ]);
  const byStatus = await db.finding.groupBy({
    by: ["category", "status"],
    where: (await findingFilterWhere(db, period, now)) ?? { id: { in: [] } },
    _count: { _all: true },
  });
  const statuses = [...new Set(byStatus.map((g) => g.status))];
  return {
    figures,
    tables: [{
      caption: "Temuan pada periode menurut kategori dan status",
      columns: ["Kategori", ...statuses.map((s) => FINDING_STATUS_LABELS[s])],
      rows: FINDING_CATEGORIES.map((c) => [FINDING_CATEGORY_LABELS[c], ...statuses.map((s) => byStatus.find((g) => g.category === c && g.status === s)?._count._all ?? 0)]),
    }],
    charts: [{ kind: "line", caption: "Tren temuan per bulan menurut kategori", series: await monthlyTrend(db, ctx) }],
  };
};

/** (f) Peluang peningkatan: the observations of the period (OFI), open and decided. */
export const compileImprovementOpportunities: SectionCompiler = async (db, ctx): Promise<SectionData> => {
  const now = new Date();
  const filter: FindingFilter = { ...inPeriod(ctx), category: "OBSERVASI" };
  const where = (await findingFilterWhere(db, filter, now)) ?? { id: { in: [] } };
  const [total, open, rows] = await Promise.all([
    db.finding.count({ where }),
    countFindings(db, { ...filter, open: "1" }, now),
    db.finding.findMany({
      where,
      orderBy: [{ raisedAt: "desc" }, { number: "desc" }],
      take: 50,
      select: { number: true, statement: true, status: true, clauseCode: true, unit: { select: { name: true } } },
    }),
  ]);
  return {
    figures: [
      { label: "Observasi (peluang peningkatan) pada periode", value: total, href: findingsHref(filter) },
      { label: "Observasi yang belum diputuskan", value: open, href: findingsHref({ ...filter, open: "1" }) },
    ],
    tables: [{
      caption: total > rows.length ? `Observasi pada periode (${rows.length} terbaru dari ${total})` : "Observasi pada periode",
      columns: ["Nomor", "Unit", "Klausul", "Uraian", "Status"],
      rows: rows.map((r) => [r.number, r.unit.name, r.clauseCode, r.statement, FINDING_STATUS_LABELS[r.status]]),
    }],
    charts: [],
    note: "Peluang peningkatan lain (usulan pegawai, hasil benchmarking) dituliskan pada narasi.",
  };
};
