// Answers not yet confirmed by the server, kept in localStorage per audit so that a reload or a
// dropped connection loses nothing: each is sent again until the server accepts or refuses it.
import type { AnswerInput } from "@/lib/audits/checklist-schema";

export type PendingAnswers = Record<string, AnswerInput>;

export const queueKey = (auditId: string) => `portal-mutu:daftar-periksa:${auditId}`;

export function readQueue(storage: Pick<Storage, "getItem">, auditId: string): PendingAnswers {
  try {
    const raw = storage.getItem(queueKey(auditId));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as PendingAnswers) : {};
  } catch {
    return {};
  }
}

export function writeQueue(storage: Pick<Storage, "setItem" | "removeItem">, auditId: string, queue: PendingAnswers): void {
  if (Object.keys(queue).length === 0) storage.removeItem(queueKey(auditId));
  else storage.setItem(queueKey(auditId), JSON.stringify(queue));
}

/**
 * After the server saved `sent`: drop it, unless the auditor changed the answer again meanwhile;
 * then the newer answer goes next, on the version the server just gave.
 */
export function afterSaved(queue: PendingAnswers, sent: AnswerInput, newVersion: number): PendingAnswers {
  const { [sent.id]: current, ...rest } = queue;
  if (!current || JSON.stringify(current) === JSON.stringify(sent)) return rest;
  return { ...rest, [sent.id]: { ...current, version: newVersion } };
}
