import "server-only";
// The workflow of a tindakan perbaikan through the shared engine. Closing as effective also
// closes the finding; judging it not effective ends the round and opens the next one.
import { actorOf, recordActivity } from "../activity/record";
import type { SessionUser } from "../auth/types";
import { getDb, type Tx } from "../db";
import { staleRecord } from "../errors";
import { agencyOf } from "../org/agency";
import { runTransition, versionedWrite, type WorkflowStore } from "../workflow/run";
import type { CorrectiveActionStatus, KtsCategory } from "./constants";
import { CA_NOTICES } from "./notices";
import { openRound } from "./open-mutations";
import { verifiableFrom, waitDaysFor } from "./rules";
import { settingsOf } from "./settings-mutations";
import { CA_WORKFLOW, type CaRecord, type CaTransition } from "./workflow";

export const caRecordSelect = {
  id: true, version: true, status: true, findingId: true, round: true, correction: true, implementedById: true, implementedAt: true,
  unit: { select: { id: true, path: true } },
  finding: { select: { category: true, audit: { select: { team: { where: { role: "KETUA" }, select: { userId: true } } } } } },
  _count: { select: { causes: true } },
  items: { select: { status: true, picId: true, doneById: true, _count: { select: { evidence: true } } } },
} as const;

type CaRecordRow = NonNullable<Awaited<ReturnType<typeof loadRow>>>;
const loadRow = (tx: Tx, id: string) => tx.correctiveAction.findUnique({ where: { id }, select: caRecordSelect });

/** The record the workflow rules read; `waitDays` comes from the agency's settings. */
export function toCaRecord(row: CaRecordRow, waitDays: number): CaRecord {
  const implementers = new Set<string>();
  for (const item of row.items) {
    implementers.add(item.picId);
    if (item.doneById) implementers.add(item.doneById);
  }
  if (row.implementedById) implementers.add(row.implementedById);
  return {
    id: row.id, version: row.version, status: row.status as CorrectiveActionStatus, unitPath: row.unit.path,
    findingId: row.findingId, round: row.round, correction: row.correction, causeCount: row._count.causes,
    itemCount: row.items.length,
    itemsOpen: row.items.filter((i) => i.status !== "SELESAI").length,
    itemsWithoutEvidence: row.items.filter((i) => i._count.evidence === 0).length,
    leadAuditorIds: row.finding.audit?.team.map((m) => m.userId) ?? [],
    implementerIds: [...implementers],
    verifiableFrom: verifiableFrom(row.implementedAt, waitDays),
  };
}

export async function loadCaRecord(tx: Tx, id: string): Promise<CaRecord | null> {
  const row = await loadRow(tx, id);
  if (!row) return null;
  const agency = await agencyOf(tx, row.unit.path);
  return toCaRecord(row, waitDaysFor(row.finding.category as KtsCategory, await settingsOf(tx, agency.id)));
}

const caStore: WorkflowStore<CorrectiveActionStatus, CaRecord, CaTransition> = {
  table: "CorrectiveAction",
  load: loadCaRecord,
  write: versionedWrite((tx, args) => tx.correctiveAction.updateMany(args as never)),
  after: {
    async verify_effective(tx, { user, record, note }) {
      const finding = await tx.finding.findUniqueOrThrow({ where: { id: record.findingId }, select: { status: true, version: true } });
      const { count } = await tx.finding.updateMany({
        where: { id: record.findingId, version: finding.version },
        data: { status: "DITUTUP", lastEditedById: user.id, version: { increment: 1 } },
      });
      if (count === 0) throw staleRecord();
      await recordActivity(tx, {
        actor: actorOf(user), entity: "finding", entityId: record.findingId, action: "close",
        before: { status: finding.status }, after: { status: "DITUTUP", correctiveActionId: record.id, round: record.round }, reason: note,
      });
    },
    async verify_not_effective(tx, { user, record, now }) {
      const finding = await tx.finding.findUniqueOrThrow({
        where: { id: record.findingId },
        select: { id: true, category: true, unitId: true, unit: { select: { path: true } } },
      });
      await openRound(tx, user, { id: finding.id, category: finding.category as KtsCategory, unitId: finding.unitId, unitPath: finding.unit.path }, record.round + 1, now);
    },
  },
  notices: CA_NOTICES,
};

export async function transitionCorrectiveAction(
  user: SessionUser,
  input: { id: string; version: number; transition: CaTransition; note: string | null },
): Promise<void> {
  const db = await getDb();
  await db.$transaction((tx) => runTransition(tx, CA_WORKFLOW, caStore, user, input));
}
