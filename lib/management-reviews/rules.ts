// Pure rules of tinjauan manajemen: the number, the record rules of the approval chain (seed 001
// SOP 18: the Sekretaris initials or returns, the Kepala Dinas signs or returns), overdue RTL and
// the comparison of two drafts of the minutes ("what changed" after a return).
import type { RuleOutcome } from "../auth/record-rules";
import type { SessionUser } from "../auth/types";

export function formatReviewNumber(agencyShortName: string, year: number, sequence: number): string {
  const code = agencyShortName.toUpperCase().replace(/[^A-Z0-9]+/g, "-").replace(/^-|-$/g, "") || "PD";
  return `RTM/${code}/${year}/${String(sequence).padStart(2, "0")}`;
}

/** An open RTL item is overdue the day after its due date (dates are whole days). */
export function actionOverdue(action: { status: string; dueDate: Date }, today: Date): boolean {
  return action.status === "TERBUKA" && action.dueDate.getTime() < today.getTime();
}

export function isInitialer(user: SessionUser, record: { initialerId: string }): RuleOutcome {
  return user.id === record.initialerId ? null : { refuse: "Notulen diparaf oleh pemaraf yang ditunjuk untuk rapat ini." };
}

export function isChair(user: SessionUser, record: { chairId: string }): RuleOutcome {
  return user.id === record.chairId ? null : { refuse: "Notulen ditandatangani oleh pimpinan rapat ini." };
}

/** Nothing is signed over a pack that was never frozen (the meeting never started). */
export function packFrozen(_user: SessionUser, record: { frozenAt: Date | null }): RuleOutcome {
  return record.frozenAt ? null : { refuse: "Bahan masukan rapat belum dibekukan: rapat belum dimulai." };
}

export function minutesReady(_user: SessionUser, record: { agendaWithoutMinutes: number; decisionCount: number }): RuleOutcome {
  if (record.agendaWithoutMinutes > 0) return { refuse: `Masih ada ${record.agendaWithoutMinutes} agenda yang belum bernotulen.` };
  if (record.decisionCount === 0) return { refuse: "Catat paling sedikit satu keputusan (keluaran 9.3.3) sebelum notulen diajukan." };
  return null;
}

/** The minutes and RTL as one draft holds them (ManagementReviewDraft.content). */
export interface DraftContent {
  agenda: { title: string; minutes: string | null }[];
  decisions: { type: string; text: string; agenda: string | null }[];
  actions: { description: string; pic: string; dueDate: string; reference: string | null }[];
}

export interface DraftChange {
  part: "Agenda" | "Keputusan" | "RTL";
  kind: "ditambah" | "dihapus" | "diubah";
  text: string;
}

const keyOf = {
  decision: (d: DraftContent["decisions"][number]) => `${d.type}|${d.text}|${d.agenda ?? ""}`,
  action: (a: DraftContent["actions"][number]) => `${a.description}|${a.pic}|${a.dueDate}|${a.reference ?? ""}`,
};

/** What changed from one draft to the next: agenda minutes by title, decisions and RTL by content. */
export function diffDrafts(before: DraftContent, after: DraftContent): DraftChange[] {
  const changes: DraftChange[] = [];
  for (const item of after.agenda) {
    const old = before.agenda.find((a) => a.title === item.title);
    if (!old) changes.push({ part: "Agenda", kind: "ditambah", text: item.title });
    else if ((old.minutes ?? "") !== (item.minutes ?? "")) changes.push({ part: "Agenda", kind: "diubah", text: `Notulen "${item.title}"` });
  }
  for (const old of before.agenda) if (!after.agenda.some((a) => a.title === old.title)) changes.push({ part: "Agenda", kind: "dihapus", text: old.title });
  const set = <T,>(list: T[], key: (v: T) => string) => new Set(list.map(key));
  const beforeD = set(before.decisions, keyOf.decision);
  const afterD = set(after.decisions, keyOf.decision);
  for (const d of after.decisions) if (!beforeD.has(keyOf.decision(d))) changes.push({ part: "Keputusan", kind: "ditambah", text: d.text });
  for (const d of before.decisions) if (!afterD.has(keyOf.decision(d))) changes.push({ part: "Keputusan", kind: "dihapus", text: d.text });
  const beforeA = set(before.actions, keyOf.action);
  const afterA = set(after.actions, keyOf.action);
  for (const a of after.actions) if (!beforeA.has(keyOf.action(a))) changes.push({ part: "RTL", kind: "ditambah", text: `${a.description} (${a.pic}, ${a.dueDate})` });
  for (const a of before.actions) if (!afterA.has(keyOf.action(a))) changes.push({ part: "RTL", kind: "dihapus", text: `${a.description} (${a.pic}, ${a.dueDate})` });
  return changes;
}
