// Section (a) of the input pack (ISO 9001:2015 9.3.2 a): the status of the RTL items of the
// agency's previous reviews, and the open-RTL figure of the leadership dashboard. Counts go through
// the RTL list's own where-builder, so each figure equals the list behind its link.
// No "server-only": compileInputPack runs in seeds and scripts too.
import type { UnitScope } from "../../auth/scope";
import { unitPathWhere } from "../../auth/scope";
import { todayDate } from "../../corrective-actions/rules";
import type { PrismaClient, Tx } from "../../db";
import { formatCalendarDate } from "../../utils/format";
import { ACTION_STATUS_LABELS } from "../constants";
import { actionFilterWhere, actionListHref } from "../action-where";
import type { SectionCompiler, SectionData } from "../input-types";

const TABLE_LIMIT = 50;

export const compileRtlStatus: SectionCompiler = async (db, ctx): Promise<SectionData> => {
  const today = todayDate();
  const base = { agencyId: ctx.agencyId, exceptReviewId: ctx.reviewId };
  const [total, done, open, overdue, rows] = await Promise.all([
    db.managementReviewAction.count({ where: actionFilterWhere(base, today) }),
    db.managementReviewAction.count({ where: actionFilterWhere({ ...base, status: "done" }, today) }),
    db.managementReviewAction.count({ where: actionFilterWhere({ ...base, status: "open" }, today) }),
    db.managementReviewAction.count({ where: actionFilterWhere({ ...base, status: "overdue" }, today) }),
    db.managementReviewAction.findMany({
      where: actionFilterWhere(base, today),
      orderBy: [{ status: "asc" }, { dueDate: "asc" }, { id: "asc" }],
      take: TABLE_LIMIT,
      select: { description: true, status: true, dueDate: true, doneNote: true, review: { select: { number: true } }, pic: { select: { name: true } } },
    }),
  ]);
  const agencyId = ctx.agencyId;
  return {
    figures: [
      { label: "RTL tinjauan sebelumnya", value: total, href: actionListHref({ agencyId }) },
      { label: "Selesai", value: done, href: actionListHref({ agencyId, status: "done" }) },
      { label: "Masih terbuka", value: open, href: actionListHref({ agencyId, status: "open" }) },
      { label: "Terlambat", value: overdue, href: actionListHref({ agencyId, status: "overdue" }) },
      { label: "Tingkat penyelesaian", value: total === 0 ? null : Math.round((done / total) * 1000) / 10, unit: "%" },
    ],
    tables: [
      {
        caption: total > TABLE_LIMIT ? `RTL tinjauan sebelumnya (${TABLE_LIMIT} pertama dari ${total})` : "RTL tinjauan sebelumnya",
        columns: ["Rapat", "Tindak lanjut", "PIC", "Tenggat", "Status", "Hasil"],
        rows: rows.map((r) => [
          r.review.number, r.description, r.pic.name, formatCalendarDate(r.dueDate),
          r.status === "TERBUKA" && r.dueDate < today ? "Terlambat" : ACTION_STATUS_LABELS[r.status], r.doneNote,
        ]),
      },
    ],
    charts: [],
    note: total === 0 ? "Belum ada RTL dari tinjauan manajemen sebelumnya yang diterbitkan." : undefined,
  };
};

/** Open RTL items of published reviews whose PIC's unit lies in the scope (the dashboard tile). */
export async function openRtlCount(db: Tx | PrismaClient, scope: UnitScope, today: Date = todayDate()): Promise<{ count: number; overdue: number; href: string }> {
  const inScope = { unit: unitPathWhere(scope) };
  const [count, overdue] = await Promise.all([
    db.managementReviewAction.count({ where: { AND: [actionFilterWhere({ status: "open" }, today), inScope] } }),
    db.managementReviewAction.count({ where: { AND: [actionFilterWhere({ status: "overdue" }, today), inScope] } }),
  ]);
  return { count, overdue, href: actionListHref({ status: "open" }) };
}
