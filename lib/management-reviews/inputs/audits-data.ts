// Sections (c3) kinerja proses (SOP conformity from the audits' checklist answers) and (c6) hasil
// audit (audits held vs planned, programme progress, findings per audit). Audits are counted with
// the audit list's own filter builder (auditFilterWhere), findings with the register's.
// No "server-only": the pack is compiled by the seeds too.
import { CHECKLIST_ANSWER_LABELS } from "../../audits/checklist-constants";
import { auditFilterWhere } from "../../audits/list-where-data";
import { programmeProgress } from "../../audits/programme-progress-data";
import { PROGRAMME_STATUS_LABELS } from "../../audits/programme-constants";
import type { AuditListQuery } from "../../audits/schema";
import type { PrismaClient, Tx } from "../../db";
import { FINDING_CATEGORIES, FINDING_CATEGORY_LABELS } from "../../findings/constants";
import { isoDay } from "../../utils/date-range";
import { listHref } from "../../utils/href";
import type { InputContext, PackFigure, SectionCompiler, SectionData } from "../input-types";
import { periodYears } from "./objectives-data";

type AuditFilter = Omit<AuditListQuery, "page">;
const inPeriod = (ctx: InputContext): AuditFilter => ({ agencyId: ctx.agencyId, from: isoDay(ctx.period.from), to: isoDay(ctx.period.to) });
const auditsHref = (f: AuditFilter) => listHref("/audits", { ...f });

export async function countAudits(db: Tx | PrismaClient, filter: AuditFilter): Promise<number> {
  const where = await auditFilterWhere(db, filter);
  return where ? db.audit.count({ where }) : 0;
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/** (c3) Kinerja proses: answers of the SOP-step and record items of the audits held in the period, per SOP. */
export const compileProcessPerformance: SectionCompiler = async (db, ctx): Promise<SectionData> => {
  const heldFilter: AuditFilter = { ...inPeriod(ctx), held: "1" };
  const held = (await auditFilterWhere(db, heldFilter)) ?? { id: { in: [] } };
  const [auditsHeld, groups] = await Promise.all([
    db.audit.count({ where: held }),
    db.checklistItem.groupBy({
      by: ["sopId", "answer"],
      where: { audit: held, sopId: { not: null }, answer: { not: null }, kind: { in: ["LANGKAH_SOP", "PENCATATAN"] } },
      _count: { _all: true },
    }),
  ]);
  const sopIds = [...new Set(groups.map((g) => g.sopId as string))];
  const sops = sopIds.length === 0 ? [] : await db.sop.findMany({ where: { id: { in: sopIds } }, select: { id: true, title: true, number: true, unit: { select: { name: true } } } });
  const countOf = (sopId: string | null, answer?: string) => groups.filter((g) => (sopId === null || g.sopId === sopId) && (!answer || g.answer === answer)).reduce((n, g) => n + g._count._all, 0);
  const judged = (sopId: string | null) => countOf(sopId) - countOf(sopId, "TIDAK_BERLAKU");
  const rows = sops
    .map((s) => ({ s, judged: judged(s.id), sesuai: countOf(s.id, "SESUAI") }))
    .sort((a, b) => (percent(a.sesuai, a.judged) ?? 101) - (percent(b.sesuai, b.judged) ?? 101) || a.s.title.localeCompare(b.s.title));
  const figures: PackFigure[] = [
    { label: "Audit terlaksana pada periode", value: auditsHeld, href: auditsHref(heldFilter) },
    { label: "SOP yang diperiksa langkahnya", value: sops.length },
    { label: "Kesesuaian langkah SOP", value: percent(countOf(null, "SESUAI"), judged(null)), unit: "%" },
  ];
  return {
    figures,
    tables: [{
      caption: "Kesesuaian pelaksanaan SOP menurut jawaban daftar periksa audit",
      columns: ["SOP", "Unit", "Butir dinilai", CHECKLIST_ANSWER_LABELS.SESUAI, CHECKLIST_ANSWER_LABELS.KTS_MAYOR, CHECKLIST_ANSWER_LABELS.KTS_MINOR, CHECKLIST_ANSWER_LABELS.OBSERVASI, "Sesuai (%)"],
      rows: rows.map(({ s, judged: n, sesuai }) => [
        s.number ? `${s.number} ${s.title}` : s.title, s.unit.name, n, sesuai,
        countOf(s.id, "KTS_MAYOR"), countOf(s.id, "KTS_MINOR"), countOf(s.id, "OBSERVASI"), percent(sesuai, n),
      ]),
    }],
    charts: [],
    note:
      "Kepatuhan Mutu Baku (waktu) dinilai auditor pada butir langkah SOP yang memuat waktu baku; waktu nyata per layanan belum dicatat di portal, sehingga belum dapat dihitung terpisah.",
  };
};

/** (c6) Hasil audit: audits planned and held in the period, programme progress, findings per audit. */
export const compileAuditResults: SectionCompiler = async (db, ctx): Promise<SectionData> => {
  const base = inPeriod(ctx);
  const planned: AuditFilter = { ...base, active: "1" };
  const held: AuditFilter = { ...base, held: "1" };
  const heldWhere = (await auditFilterWhere(db, held)) ?? { id: { in: [] } };
  const [plannedCount, heldCount, finished, programmes, audits] = await Promise.all([
    countAudits(db, planned),
    countAudits(db, held),
    countAudits(db, { ...base, status: "SELESAI" }),
    programmeProgress(db, { agencyId: ctx.agencyId, year: { in: periodYears(ctx) } }),
    db.audit.findMany({ where: heldWhere, orderBy: [{ startDate: "asc" }, { number: "asc" }], select: { id: true, number: true, title: true, startDate: true, status: true } }),
  ]);
  const perAudit = audits.length === 0 ? [] : await db.finding.groupBy({ by: ["auditId", "category"], where: { auditId: { in: audits.map((a) => a.id) } }, _count: { _all: true } });
  const figures: PackFigure[] = [
    { label: "Audit direncanakan pada periode (tidak dibatalkan)", value: plannedCount, href: auditsHref(planned) },
    { label: "Audit terlaksana", value: heldCount, href: auditsHref(held) },
    { label: "Audit selesai", value: finished, href: auditsHref({ ...base, status: "SELESAI" }) },
    ...programmes.map((p) => ({
      label: `Putaran program audit ${p.year} yang terlaksana (${p.roundsHeld} dari ${p.rounds})`,
      value: p.percent,
      unit: "%",
      href: `/audits/programme/${p.id}`,
    })),
  ];
  return {
    figures,
    tables: [
      {
        caption: "Program audit",
        columns: ["Tahun", "Status", "Putaran", "Putaran terlaksana", "Audit terkait", "Audit terlaksana"],
        rows: programmes.map((p) => [p.year, PROGRAMME_STATUS_LABELS[p.status], p.rounds, p.roundsHeld, p.audits, p.auditsHeld]),
      },
      {
        caption: "Temuan per audit terlaksana",
        columns: ["Audit", "Tanggal mulai", ...FINDING_CATEGORIES.map((c) => FINDING_CATEGORY_LABELS[c])],
        rows: audits.map((a) => [
          `${a.number} ${a.title}`, isoDay(a.startDate),
          ...FINDING_CATEGORIES.map((c) => perAudit.find((g) => g.auditId === a.id && g.category === c)?._count._all ?? 0),
        ]),
      },
    ],
    charts: [{
      kind: "bar",
      caption: "Temuan per audit",
      series: FINDING_CATEGORIES.map((c) => ({
        name: FINDING_CATEGORY_LABELS[c],
        points: audits.map((a) => ({ label: a.number, value: perAudit.find((g) => g.auditId === a.id && g.category === c)?._count._all ?? 0 })),
      })),
    }],
    note: programmes.length === 0 ? "Belum ada program audit untuk tahun pada periode ini." : undefined,
  };
};

