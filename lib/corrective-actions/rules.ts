// Pure rules of tindakan perbaikan: the gates between its states, the verifier rule, due dates and
// waiting periods. The workflow (workflow.ts), the mutations and the pages all use these.
import type { RuleOutcome } from "../auth/record-rules";
import type { SessionUser } from "../auth/types";
import { CA_TIME_ZONE, DEFAULT_SETTINGS, FINISHED_STATUSES, type CorrectiveActionStatus, type KtsCategory } from "./constants";

export interface CaSettings {
  dueDaysMayor: number;
  dueDaysMinor: number;
  waitDaysMayor: number;
  waitDaysMinor: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** Today's date in the agency's zone, as a date-only value (midnight UTC), like @db.Date columns. */
export function todayDate(now: Date = new Date()): Date {
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: CA_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return new Date(`${iso}T00:00:00.000Z`);
}

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

export function dueDaysFor(category: KtsCategory, settings: CaSettings = DEFAULT_SETTINGS): number {
  return category === "KTS_MAYOR" ? settings.dueDaysMayor : settings.dueDaysMinor;
}

export function waitDaysFor(category: KtsCategory, settings: CaSettings = DEFAULT_SETTINGS): number {
  return category === "KTS_MAYOR" ? settings.waitDaysMayor : settings.waitDaysMinor;
}

/** The corrective action of a finding accepted today is due after its category's days. */
export function caDueDate(category: KtsCategory, settings: CaSettings, now: Date = new Date()): Date {
  return addDays(todayDate(now), dueDaysFor(category, settings));
}

export const isFinished = (status: CorrectiveActionStatus) => (FINISHED_STATUSES as readonly string[]).includes(status);

/** Overdue: still running and past its own due date, or with an unfinished action past its date. */
export function isOverdue(
  ca: { status: CorrectiveActionStatus; dueDate: Date; items: { status: string; dueDate: Date }[] },
  now: Date = new Date(),
): boolean {
  if (isFinished(ca.status)) return false;
  const today = todayDate(now);
  if (ca.dueDate < today) return true;
  return ca.status !== "DILAKSANAKAN" && ca.status !== "VERIFIKASI" && ca.items.some((i) => i.status !== "SELESAI" && i.dueDate < today);
}

/** What the gate TERBUKA → RENCANA_DIAJUKAN still misses, as sentences; empty when the plan is complete. */
export function planGaps(plan: { correction: string | null; causeCount: number; itemCount: number }): string[] {
  const gaps: string[] = [];
  if (!plan.correction?.trim()) gaps.push("koreksi (tindakan segera) belum diisi");
  if (plan.causeCount === 0) gaps.push("belum ada akar masalah");
  if (plan.itemCount === 0) gaps.push("belum ada tindakan perbaikan");
  return gaps;
}

export function planComplete(_user: SessionUser, record: { correction: string | null; causeCount: number; itemCount: number }): RuleOutcome {
  const gaps = planGaps(record);
  return gaps.length === 0 ? null : { refuse: `Rencana belum lengkap: ${gaps.join(", ")}.` };
}

/** Gate RENCANA_DISETUJUI → DILAKSANAKAN: every action done, each with its evidence. */
export function allItemsDone(_user: SessionUser, record: { itemsOpen: number; itemsWithoutEvidence: number }): RuleOutcome {
  if (record.itemsOpen > 0) return { refuse: `Masih ada ${record.itemsOpen} tindakan yang belum dicatat selesai dengan buktinya.` };
  if (record.itemsWithoutEvidence > 0) return { refuse: "Setiap tindakan harus disertai bukti pelaksanaan." };
  return null;
}

/** Does the user hold `role` on a unit covering `unitPath` (or portal-wide)? */
export function holdsRoleOver(user: SessionUser, role: SessionUser["grants"][number]["role"], unitPath: string): boolean {
  return user.grants.some((g) => g.role === role && (g.unitPath === null || unitPath.startsWith(g.unitPath)));
}

/**
 * Plans are approved by the manajer mutu of the unit, or by the lead auditor (KETUA) of the
 * finding's audit; an AUDITOR who is not that lead auditor may not.
 */
export function mayApprovePlan(user: SessionUser, record: { unitPath: string; leadAuditorIds: readonly string[] }): RuleOutcome {
  if (holdsRoleOver(user, "MANAJER_MUTU", record.unitPath) || record.leadAuditorIds.includes(user.id)) return null;
  return { refuse: "Rencana tindakan perbaikan disetujui oleh manajer mutu atau ketua tim audit temuan ini." };
}

/** ISO 9001 10.2: the verifier is never a person who implemented the actions. */
export function notAnImplementer(user: SessionUser, record: { implementerIds: readonly string[] }): RuleOutcome {
  if (!record.implementerIds.includes(user.id)) return null;
  return { refuse: "Anda ikut melaksanakan tindakan perbaikan ini, sehingga tidak dapat memverifikasinya. Verifikasi dilakukan auditor lain." };
}

/** Gate DILAKSANAKAN → VERIFIKASI: not before the waiting period of the finding's category has passed. */
export function waitingOver(record: { verifiableFrom: Date | null }, now: Date = new Date()): RuleOutcome {
  if (!record.verifiableFrom || todayDate(now) >= record.verifiableFrom) return null;
  const date = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(record.verifiableFrom);
  return { refuse: `Efektivitas baru dapat diverifikasi mulai ${date} (masa tunggu setelah pelaksanaan).` };
}

/** The first day the effect of the implemented actions may be verified. */
export function verifiableFrom(implementedAt: Date | null, waitDays: number): Date | null {
  return implementedAt ? addDays(todayDate(implementedAt), waitDays) : null;
}
