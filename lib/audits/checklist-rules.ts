// Who may work on an audit's checklist and when (ISO 9001 9.2.2: only the audit's own team; answers
// only while the audit is held). Team membership is decided by lib/audits/team-rules.ts alone.
import type { AuditStatus } from "../db/generated/enums";
import type { Tx } from "../db";
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { forbidden, ruleBroken } from "../errors";
import { isAssignedAuditor } from "./team-rules";

export interface ChecklistAudit {
  status: AuditStatus;
  reportLockedAt: Date | null;
}

export const LOCKED_MESSAGE = "Laporan audit sudah dikunci; daftar periksa dan laporan tidak dapat diubah lagi.";

/** Answers: only while the audit is PELAKSANAAN and its report is not locked. */
export function answerRefusal(audit: ChecklistAudit): string | null {
  if (audit.reportLockedAt) return LOCKED_MESSAGE;
  if (audit.status !== "PELAKSANAAN") return "Daftar periksa hanya dapat dijawab selama audit berstatus Pelaksanaan.";
  return null;
}

/** Items are prepared, added, edited and reordered during PERSIAPAN and PELAKSANAAN. */
export function editRefusal(audit: ChecklistAudit): string | null {
  if (audit.reportLockedAt) return LOCKED_MESSAGE;
  if (audit.status !== "PERSIAPAN" && audit.status !== "PELAKSANAAN") {
    return "Daftar periksa hanya dapat disusun selama audit berstatus Persiapan atau Pelaksanaan.";
  }
  return null;
}

/**
 * The AUDITOR role (in any agency: a cross-agency member holds it at home) plus membership of this
 * audit's team with a grant still running (team-rules isAssignedAuditor).
 */
export async function authorizeChecklist(tx: Pick<Tx, "auditTeamMember">, user: SessionUser, auditId: string): Promise<void> {
  if (!can(user, "audit.checklist")) throw forbidden();
  if (!(await isAssignedAuditor(tx, auditId, user.id))) throw forbidden("Hanya auditor yang ditugaskan pada audit ini yang dapat mengisi daftar periksanya.");
}

export function refuseWhen(message: string | null): void {
  if (message) throw ruleBroken(message);
}
