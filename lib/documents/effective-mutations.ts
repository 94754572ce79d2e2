// A revision takes effect (ISO 9001:2015 7.5.3.2 c: control of changes; d: prevent the unintended
// use of obsolete information), in the caller's transaction: the revision in force becomes
// KADALUARSA first (the partial unique index allows one BERLAKU per document), then the approved
// one BERLAKU, the document's dates follow, distribution is carried over, an SOP content is applied
// to the catalogue, both revisions get a history row and the keepers are told. No `server-only`:
// the job runner and the seeds load it.
import { recordActivity, type Actor } from "../activity/record";
import type { Tx } from "../db";
import { notify } from "../notifications/notify";
import { holdersOfPermission } from "../notifications/recipients";
import type { SopContent } from "../sops/content";
import { applySopRevision } from "../sops/apply-revision-mutations";
import { carryDistribution } from "./distribution-mutations";
import { retentionEnd } from "./retention-rules";
import { addMonths } from "./rules";

export interface EffectiveInput {
  revisionId: string;
  /** The person whose approval brought it into force, or null for the scheduled job. */
  actor: Actor | null;
  now: Date;
  /** The day it takes effect (the agency's today, or the planned date when that has passed). */
  effectiveDay: Date;
}

/** Brings an approved (DISAHKAN) revision into force. Returns false when it is no longer DISAHKAN (idempotent). */
export async function makeRevisionEffective(tx: Tx, input: EffectiveInput): Promise<boolean> {
  const { now } = input;
  const target = await tx.documentRevision.findUnique({ where: { id: input.revisionId }, select: { documentId: true } });
  if (!target) return false;
  // One document at a time: its row is locked before its revisions are read.
  await tx.$executeRaw`SELECT 1 FROM "ControlledDocument" WHERE "id" = ${target.documentId} FOR UPDATE`;
  const revision = await tx.documentRevision.findUnique({
    where: { id: input.revisionId },
    select: { id: true, revisionNo: true, status: true, effectiveDate: true, sopContent: true, changeReason: true, createdById: true, submittedById: true },
  });
  if (!revision || revision.status !== "DISAHKAN") return false;
  const doc = await tx.controlledDocument.findUniqueOrThrow({
    where: { id: target.documentId },
    select: {
      id: true, code: true, title: true, type: true, status: true, sopId: true, firstEffectiveAt: true, withdrawnAt: true, reviewIntervalMonths: true,
      retentionActiveYears: true, retentionInactiveYears: true, unit: { select: { path: true } },
    },
  });
  // A document no longer in use takes nothing into force (its pending revisions are cancelled when it leaves).
  if (doc.status !== "AKTIF") return false;
  const effectiveDay = input.effectiveDay;
  const previous = await tx.documentRevision.findFirst({ where: { documentId: doc.id, status: "BERLAKU" }, select: { id: true, revisionNo: true } });
  if (previous) {
    await tx.documentRevision.update({ where: { id: previous.id }, data: { status: "KADALUARSA", obsoleteAt: now, version: { increment: 1 } } });
  }
  const { count } = await tx.documentRevision.updateMany({
    where: { id: revision.id, status: "DISAHKAN" },
    data: { status: "BERLAKU", effectiveAt: now, effectiveDate: revision.effectiveDate ?? effectiveDay, version: { increment: 1 } },
  });
  if (count === 0) return false;
  const firstEffectiveAt = doc.firstEffectiveAt ?? effectiveDay;
  const retentionEndsAt = retentionEnd({
    type: doc.type, firstEffectiveAt, withdrawnAt: doc.withdrawnAt,
    retentionActiveYears: doc.retentionActiveYears, retentionInactiveYears: doc.retentionInactiveYears,
  });
  const nextReviewAt = addMonths(effectiveDay, doc.reviewIntervalMonths);
  await tx.controlledDocument.update({
    where: { id: doc.id },
    data: { currentRevisionNo: revision.revisionNo, firstEffectiveAt, nextReviewAt, retentionEndsAt, version: { increment: 1 } },
  });
  const actorName = input.actor?.label ?? "Sistem";
  await carryDistribution(tx, {
    documentId: doc.id, fromRevisionId: previous?.id ?? null, toRevisionId: revision.id,
    actor: { id: input.actor?.id ?? "", name: actorName }, now,
  });
  if (revision.sopContent !== null && doc.sopId) {
    await applySopRevision(tx, {
      sopId: doc.sopId, content: revision.sopContent as unknown as SopContent, reason: revision.changeReason,
      actor: { id: input.actor?.id ?? null, name: actorName },
    });
  }
  if (previous) {
    await recordActivity(tx, {
      actor: input.actor, entity: "document", entityId: doc.id, action: "obsolete",
      before: { revisionNo: previous.revisionNo, status: "BERLAKU" }, after: { revisionNo: previous.revisionNo, status: "KADALUARSA" },
      reason: `Digantikan revisi ${revision.revisionNo}.`,
    });
  }
  await recordActivity(tx, {
    actor: input.actor, entity: "document", entityId: doc.id, action: "effective",
    before: { revisionNo: revision.revisionNo, status: "DISAHKAN" },
    after: { revisionNo: revision.revisionNo, status: "BERLAKU", effectiveDate: effectiveDay.toISOString().slice(0, 10) },
  });
  const keepers = await holdersOfPermission(tx, "document.manage", doc.unit.path);
  await notify(tx, {
    event: "document_effective", entity: { type: "document", id: doc.id }, href: `/documents/${doc.id}`,
    recipientIds: [...keepers, revision.createdById ?? "", revision.submittedById ?? ""],
    title: `Revisi ${revision.revisionNo} dokumen ${doc.code} ${doc.title} mulai berlaku`,
    body: previous ? `Revisi ${previous.revisionNo} kini kadaluarsa.` : undefined,
    actorId: input.actor?.id,
    dedupeKey: `document-effective:${revision.id}`,
  });
  return true;
}

/**
 * A document leaves use (withdrawn, handed over): its pending revision is cancelled and, unless the
 * caller already ended it, its revision in force becomes KADALUARSA, so nothing can take effect later.
 * Returns how many revisions were ended.
 */
export async function endDocumentRevisions(tx: Tx, input: { documentId: string; now: Date; reason: string }): Promise<number> {
  const pending = await tx.documentRevision.updateMany({
    where: { documentId: input.documentId, status: { in: ["DRAF", "DIAJUKAN", "DIPERIKSA", "DIKEMBALIKAN", "DISAHKAN"] } },
    data: { status: "DIBATALKAN", returnNote: input.reason, version: { increment: 1 } },
  });
  const inForce = await tx.documentRevision.updateMany({
    where: { documentId: input.documentId, status: "BERLAKU" },
    data: { status: "KADALUARSA", obsoleteAt: input.now, version: { increment: 1 } },
  });
  return pending.count + inForce.count;
}
