// Sections (c2) ketercapaian sasaran mutu and (c5) hasil pemantauan dan pengukuran: the agency's
// objectives in force for each year of the period, judged by the objectives list's own rules
// (periodStates / summarise), so each figure equals the list or overview it links to.
// No "server-only": the pack is compiled by the seeds too.
import type { PrismaClient, Tx } from "../../db";
import { ACHIEVEMENTS, ACHIEVEMENT_LABELS, type Achievement } from "../../objectives/constants";
import { measuredSelect, objectiveFilterWhere, periodStates, summarise, type MeasuredObjective } from "../../objectives/list-where-data";
import { describeTarget, type TargetSpec } from "../../objectives/rules";
import { listHref } from "../../utils/href";
import { formatDecimal } from "../../utils/number";
import type { InputContext, PackChart, PackFigure, PackTable, SectionCompiler, SectionData } from "../input-types";

/** The calendar years an inclusive period touches. */
export function periodYears(ctx: InputContext): number[] {
  const years: number[] = [];
  for (let y = ctx.period.from.getUTCFullYear(); y <= ctx.period.to.getUTCFullYear(); y++) years.push(y);
  return years;
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

interface ObjectiveFacts {
  id: string;
  code: string;
  statement: string;
  unitId: string;
  unitName: string;
  targetText: string;
  achievement: Achievement;
  measured: number;
  achieved: number;
  late: number;
}

/** The objectives in force (DISETUJUI) of the agency for one year, as the list judges them today. */
async function objectivesInForce(db: Tx | PrismaClient, ctx: InputContext, year: number, today: Date): Promise<ObjectiveFacts[]> {
  const where = await objectiveFilterWhere(db, { agencyId: ctx.agencyId, year, status: "DISETUJUI" });
  if (!where) return [];
  const rows = await db.qualityObjective.findMany({
    where,
    orderBy: [{ unit: { name: "asc" } }, { code: "asc" }],
    select: {
      id: true, code: true, statement: true, direction: true, target: true, targetLow: true, targetHigh: true, measureUnit: true,
      unit: { select: { id: true, name: true } }, ...measuredSelect,
    },
  });
  return rows.map((o) => ({
    id: o.id, code: o.code, statement: o.statement, unitId: o.unit.id, unitName: o.unit.name,
    targetText: describeTarget(o as TargetSpec, o.measureUnit, formatDecimal),
    ...summarise(periodStates(o as unknown as MeasuredObjective, today)),
  }));
}

const listOf = (ctx: InputContext, year: number, achievement?: Achievement) =>
  listHref("/objectives", { agencyId: ctx.agencyId, year, status: "DISETUJUI", achievement });
const overviewOf = (ctx: InputContext, year: number) => listHref("/objectives/overview", { year, unitId: ctx.agencyId });

async function compileYears(db: Tx | PrismaClient, ctx: InputContext) {
  const today = new Date();
  return Promise.all(periodYears(ctx).map(async (year) => ({ year, objectives: await objectivesInForce(db, ctx, year, today) })));
}

/** (c2) Ketercapaian sasaran mutu: measured periods achieved, objectives by their latest state, per unit. */
export const compileObjectiveAchievement: SectionCompiler = async (db, ctx): Promise<SectionData> => {
  const years = await compileYears(db, ctx);
  const figures: PackFigure[] = [];
  const tables: PackTable[] = [];
  const charts: PackChart[] = [];
  for (const { year, objectives } of years) {
    const measured = objectives.reduce((n, o) => n + o.measured, 0);
    const achieved = objectives.reduce((n, o) => n + o.achieved, 0);
    figures.push({ label: `Sasaran mutu berlaku ${year}`, value: objectives.length, href: listOf(ctx, year) });
    figures.push({ label: `Periode terukur yang tercapai ${year}`, value: percent(achieved, measured), unit: "%", href: overviewOf(ctx, year) });
    for (const a of ACHIEVEMENTS) {
      figures.push({ label: `Sasaran ${ACHIEVEMENT_LABELS[a].toLowerCase()} (periode terakhir) ${year}`, value: objectives.filter((o) => o.achievement === a).length, href: listOf(ctx, year, a) });
    }
    const units = new Map<string, { name: string; objectives: number; measured: number; achieved: number }>();
    for (const o of objectives) {
      const u = units.get(o.unitId) ?? { name: o.unitName, objectives: 0, measured: 0, achieved: 0 };
      u.objectives += 1;
      u.measured += o.measured;
      u.achieved += o.achieved;
      units.set(o.unitId, u);
    }
    const byUnit = [...units.values()];
    tables.push({
      caption: `Ketercapaian sasaran mutu per unit ${year}`,
      columns: ["Unit", "Sasaran", "Periode terukur", "Periode tercapai", "Tercapai (%)"],
      rows: byUnit.map((u) => [u.name, u.objectives, u.measured, u.achieved, percent(u.achieved, u.measured)]),
    });
    charts.push({
      kind: "bar",
      caption: `Persentase periode tercapai per unit ${year}`,
      series: [{ name: "Tercapai (%)", points: byUnit.map((u) => ({ label: u.name, value: percent(u.achieved, u.measured) })) }],
    });
  }
  return { figures, tables, charts, note: years.every((y) => y.objectives.length === 0) ? "Belum ada sasaran mutu yang berlaku pada periode ini." : undefined };
};

/** (c5) Hasil pemantauan dan pengukuran: every objective in force with its measurements and late periods. */
export const compileMeasurementResults: SectionCompiler = async (db, ctx): Promise<SectionData> => {
  const years = await compileYears(db, ctx);
  const figures: PackFigure[] = [];
  const tables: PackTable[] = [];
  for (const { year, objectives } of years) {
    figures.push({ label: `Periode yang sudah diukur ${year}`, value: objectives.reduce((n, o) => n + o.measured, 0), href: overviewOf(ctx, year) });
    figures.push({ label: `Pengukuran terlambat ${year}`, value: objectives.reduce((n, o) => n + o.late, 0), href: `${overviewOf(ctx, year)}#terlambat` });
    tables.push({
      caption: `Hasil pengukuran sasaran mutu ${year}`,
      columns: ["Kode", "Sasaran", "Unit", "Target", "Periode terukur", "Tercapai", "Terlambat", "Status terakhir"],
      rows: objectives.map((o) => [o.code, o.statement, o.unitName, o.targetText, o.measured, o.achieved, o.late, ACHIEVEMENT_LABELS[o.achievement]]),
    });
  }
  return { figures, tables, charts: [] };
};
