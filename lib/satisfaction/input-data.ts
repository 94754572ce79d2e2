// Section c1 of the management review's input pack (ISO 9001:2015 9.3.2 c 1, customer
// satisfaction and feedback): the IKM of the agency's service units whose survey period ends in
// the review period, their category (Permenpan RB 14/2017), complaints received and resolved, the
// weakest elements, and the yearly IKM trend. Every figure links to the SKM list with the same
// filter (same where-builder), whose summary shows the same count, mean and complaint totals.
// No "server-only": the compiler takes the database as a parameter.
import type { UnitScope } from "../auth/scope";
import type { PackFigure, PackTable, SectionCompiler, SectionData } from "../management-reviews/input-types";
import { IKM_CATEGORIES, IKM_CATEGORY_LABELS, SKM_ELEMENTS, type IkmCategory, type PeriodType } from "./constants";
import { isoDay, surveyListHref } from "./href";
import { surveyWhere } from "./list-where";
import { categoryText, ikmCategory, periodLabel, resolvedShare } from "./rules";
import { ikmTrend, roundIkm } from "./summary-data";

/** Years shown in the trend chart, ending with the year the review period ends in. */
export const TREND_YEARS = 3;

export const compileSatisfaction: SectionCompiler = async (db, ctx) => {
  const scope: UnitScope = { kind: "paths", paths: [ctx.agencyPath] };
  const where = surveyWhere(scope, { from: ctx.period.from, to: ctx.period.to });
  const base = { agencyId: ctx.agencyId, from: isoDay(ctx.period.from), to: isoDay(ctx.period.to) };
  const listHref = surveyListHref(base);

  const [surveys, totals, byCategory, elements] = await Promise.all([
    db.satisfactionSurvey.findMany({
      where,
      orderBy: [{ unit: { path: "asc" } }, { periodEnd: "asc" }],
      select: {
        year: true, periodType: true, periodNo: true, respondents: true, ikm: true, category: true,
        complaintsReceived: true, complaintsResolved: true, unit: { select: { name: true } },
      },
    }),
    db.satisfactionSurvey.aggregate({ where, _count: { _all: true }, _avg: { ikm: true }, _sum: { respondents: true, complaintsReceived: true, complaintsResolved: true } }),
    db.satisfactionSurvey.groupBy({ by: ["category"], where, _count: { _all: true } }),
    db.satisfactionElement.groupBy({ by: ["element"], where: { survey: where }, _avg: { nrr: true }, orderBy: { element: "asc" } }),
  ]);

  const count = totals._count._all;
  const meanIkm = totals._avg.ikm === null ? null : roundIkm(totals._avg.ikm);
  const received = totals._sum.complaintsReceived ?? 0;
  const resolved = totals._sum.complaintsResolved ?? 0;
  const share = resolvedShare(received, resolved);

  const figures: PackFigure[] = [
    { label: "Survei kepuasan (SKM) dalam periode", value: count, href: listHref },
    { label: "Rata-rata IKM", value: meanIkm, href: listHref },
    { label: "Mutu pelayanan rata-rata", value: meanIkm === null ? null : categoryText(ikmCategory(meanIkm)), href: listHref },
    ...IKM_CATEGORIES.map((c: IkmCategory) => ({
      label: `Survei bermutu ${c} (${IKM_CATEGORY_LABELS[c]})`,
      value: byCategory.find((g) => g.category === c)?._count._all ?? 0,
      href: surveyListHref({ ...base, category: c }),
    })),
    { label: "Jumlah responden", value: totals._sum.respondents ?? 0, href: listHref },
    { label: "Pengaduan diterima", value: received, href: listHref },
    { label: "Pengaduan selesai ditangani", value: resolved, href: listHref },
    { label: "Persentase pengaduan selesai ditangani", value: share, unit: "%", href: listHref },
  ];

  const tables: PackTable[] = [];
  if (count > 0) {
    tables.push({
      caption: "IKM per unit pelayanan",
      columns: ["Unit", "Periode", "Responden", "IKM", "Mutu pelayanan", "Pengaduan diterima", "Pengaduan selesai"],
      rows: surveys.map((s) => [
        s.unit.name, periodLabel(s.year, s.periodType as PeriodType, s.periodNo), s.respondents, Number(s.ikm),
        categoryText(s.category as IkmCategory), s.complaintsReceived, s.complaintsResolved,
      ]),
    });
    tables.push({
      caption: "Rata-rata NRR per unsur (1–4)",
      columns: ["Unsur", "Uraian", "NRR rata-rata"],
      rows: SKM_ELEMENTS.map((el) => {
        const avg = elements.find((e) => e.element === el.no)?._avg.nrr;
        return [el.code, el.label, avg === null || avg === undefined ? null : Math.round(Number(avg) * 1000) / 1000];
      }),
    });
  }

  const endYear = ctx.period.to.getUTCFullYear();
  const years = Array.from({ length: TREND_YEARS }, (_, i) => endYear - TREND_YEARS + 1 + i);
  const trend = await ikmTrend(db, scope, years, { agencyId: ctx.agencyId });

  const data: SectionData = {
    figures,
    tables,
    charts: [
      {
        kind: "line",
        caption: "Tren IKM per tahun (rata-rata seluruh survei)",
        series: [{ name: "IKM", points: trend.map((p) => ({ label: String(p.year), value: p.ikm })) }],
      },
    ],
  };
  if (count === 0) data.note = "Belum ada hasil SKM yang periodenya berakhir dalam periode tinjauan ini.";
  return data;
};
