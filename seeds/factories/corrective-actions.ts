// Builders of findings with corrective actions, shared by the seeds and the tests: an accepted KTS
// finding (raised through raiseFinding, accepted the way the findings module will accept it) with
// its first round opened through openCorrectiveAction.
import type { SessionUser } from "../../lib/auth/types";
import type { PrismaClient, Tx } from "../../lib/db";
import type { FindingSource } from "../../lib/db/generated/enums";
import { openCorrectiveAction } from "../../lib/corrective-actions/open-mutations";
import { raiseFinding } from "../../lib/findings/raise-mutations";

export interface AcceptedFindingSpec {
  unitId: string;
  category: "KTS_MAYOR" | "KTS_MINOR";
  statement: string;
  evidence: string;
  source?: FindingSource;
  clauseCode?: string | null;
  sopId?: string | null;
  auditId?: string | null;
}

export async function acceptedFindingWithAction(
  db: PrismaClient | Tx,
  raisedBy: SessionUser,
  spec: AcceptedFindingSpec,
  now: Date = new Date(),
): Promise<{ findingId: string; findingNumber: string; correctiveActionId: string }> {
  const run = async (tx: Tx) => {
    const finding = await raiseFinding(tx, raisedBy, { source: spec.source ?? "MANDIRI", ...spec }, now);
    await tx.finding.update({ where: { id: finding.id }, data: { status: "DITERIMA", version: { increment: 1 } } });
    const ca = await openCorrectiveAction(tx, raisedBy, finding.id, now);
    return { findingId: finding.id, findingNumber: finding.number, correctiveActionId: ca.id };
  };
  return "$transaction" in db ? (db as PrismaClient).$transaction(run) : run(db as Tx);
}
