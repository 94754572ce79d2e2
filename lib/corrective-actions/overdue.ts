// What "overdue" means for a tindakan perbaikan, shared by the register (data.ts) and the reminder
// job (reminders.ts, run by tsx, hence its own module without "server-only").
import type { Prisma } from "../db";
import { FINISHED_STATUSES } from "./constants";
import { todayDate } from "./rules";

/** Still running and past its due date, or with an unfinished action past its own date. */
export function overdueWhere(now: Date = new Date()): Prisma.CorrectiveActionWhereInput {
  const today = todayDate(now);
  return {
    status: { notIn: [...FINISHED_STATUSES] },
    OR: [
      { dueDate: { lt: today } },
      { status: { in: ["TERBUKA", "RENCANA_DIAJUKAN", "RENCANA_DISETUJUI"] }, items: { some: { status: "BELUM", dueDate: { lt: today } } } },
    ],
  };
}
