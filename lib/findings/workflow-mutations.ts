import "server-only";
// The response workflow of a temuan through the shared engine (lib/workflow): the store loads the
// finding with its unit and its audit's lead auditors, writes with the version, and records activity.
import type { SessionUser } from "../auth/types";
import { openCorrectiveAction } from "../corrective-actions/open-mutations";
import { getDb, type Tx } from "../db";
import { runTransition, versionedWrite, type WorkflowStore } from "../workflow/run";
import type { FindingStatus } from "./constants";
import { FINDING_NOTICES } from "./notices";
import { FINDING_WORKFLOW, type FindingRecord, type FindingTransition } from "./workflow";

export async function loadFindingRecord(tx: Pick<Tx, "finding">, id: string): Promise<FindingRecord | null> {
  const f = await tx.finding.findUnique({
    where: { id },
    select: {
      id: true, version: true, status: true, category: true, auditId: true, unit: { select: { path: true } },
      audit: { select: { team: { where: { role: "KETUA" }, select: { userId: true } } } },
    },
  });
  if (!f) return null;
  return {
    id: f.id, version: f.version, status: f.status, category: f.category, auditId: f.auditId, unitPath: f.unit.path,
    leadAuditorIds: f.audit?.team.map((t) => t.userId) ?? [],
  };
}

const findingStore: WorkflowStore<FindingStatus, FindingRecord, FindingTransition> = {
  table: "Finding",
  load: loadFindingRecord,
  write: versionedWrite((tx, args) => tx.finding.updateMany(args as never)),
  after: {
    // A KTS accepted by the auditee opens its corrective action (round 1) in the same transaction.
    accept: async (tx, { user, record, now }) => {
      if (record.category !== "OBSERVASI") await openCorrectiveAction(tx, user, record.id, now);
    },
  },
  notices: FINDING_NOTICES,
};

export async function transitionFinding(
  user: SessionUser,
  input: { id: string; version: number; transition: FindingTransition; note: string | null },
  now = new Date(),
): Promise<void> {
  const db = await getDb();
  await db.$transaction((tx) => runTransition(tx, FINDING_WORKFLOW, findingStore, user, input, now));
}
