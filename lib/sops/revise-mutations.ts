// Editing an SOP: an edit no longer changes the catalogue at once. It becomes the pending revision
// of the SOP's PROSEDUR document (DRAF, the edited content in sopContent), which goes through the
// register's check and approval; when it takes effect, apply-revision-mutations.ts writes the new
// SopRevision. Until then the catalogue shows the content in force.
import "server-only";
import { actorOf, recordActivity } from "../activity/record";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma } from "../db";
import { PENDING_REVISION_STATUSES, REVISION_STATUS_LABELS } from "../documents/constants";
import { DomainError, notFound, ruleBroken, staleRecord } from "../errors";
import { assertNoTwin } from "./apply-revision-mutations";
import type { SopContent } from "./content";
import { ensureSopDocument } from "./document-link-mutations";
import { hashContent } from "./import-plan";
import { diffSopContents } from "./revision-diff";
import type { SopAssignActorsValues, SopReviseValues } from "./schema";
import { stepNumbers } from "./step-numbers";

/** Pending revisions whose content the SOP's editors may still change. */
export const EDITABLE_PENDING_STATUSES = ["DRAF", "DIKEMBALIKAN"] as const;

export interface SopProposal {
  documentId: string;
  revisionNo: number;
  /** The pending revision's content was replaced (not a new revision). */
  replaced: boolean;
}

/** "Nama SOP; Langkah 3 diubah; …": the parts changed, for the change request. */
function changedPartsOf(before: SopContent, after: SopContent): string | null {
  const parts = diffSopContents(before, after).map((c) => c.summary);
  return parts.length ? parts.join("; ").slice(0, 1000) : null;
}

export async function reviseSop(user: SessionUser, input: SopReviseValues): Promise<SopProposal> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const sop = await tx.sop.findUnique({
      where: { id: input.id },
      select: { id: true, unitId: true, version: true, currentRevisionNo: true, unit: { select: { path: true } } },
    });
    if (!sop) throw notFound("SOP");
    authorize(user, "sop.manage", { unitPath: sop.unit.path });
    if (sop.version !== input.version) throw staleRecord();
    const current = await tx.sopRevision.findUniqueOrThrow({
      where: { sopId_revisionNo: { sopId: sop.id, revisionNo: sop.currentRevisionNo } },
      select: { contentHash: true, content: true },
    });
    const content = input.content;
    if (hashContent(content) === current.contentHash) throw ruleBroken("Tidak ada perubahan dibandingkan revisi saat ini.");
    await assertNoTwin(tx, sop, content);
    const actor = actorOf(user);
    const { documentId } = await ensureSopDocument(tx, sop.id, actor);
    const document = await tx.controlledDocument.findUniqueOrThrow({
      where: { id: documentId },
      select: {
        id: true, version: true,
        revisions: { orderBy: { revisionNo: "desc" }, select: { id: true, revisionNo: true, status: true, version: true } },
      },
    });
    const pending = document.revisions.find((r) => (PENDING_REVISION_STATUSES as readonly string[]).includes(r.status));
    const changedParts = changedPartsOf(current.content as unknown as SopContent, content);
    if (input.pendingRevisionId) {
      // Editing the pending revision itself (the form opened on it): only while it is a draft or
      // returned, and only the version the user saw.
      if (!pending || pending.id !== input.pendingRevisionId) throw staleRecord();
      if (!(EDITABLE_PENDING_STATUSES as readonly string[]).includes(pending.status)) {
        throw ruleBroken(`Revisi ${pending.revisionNo} sudah ${REVISION_STATUS_LABELS[pending.status].toLowerCase()}; isinya tidak dapat diubah lagi.`);
      }
      const { count } = await tx.documentRevision.updateMany({
        where: { id: pending.id, version: input.pendingVersion ?? -1, status: pending.status },
        data: {
          sopContent: content as Prisma.InputJsonValue, changeReason: input.reason, changedParts,
          lastEditedById: user.id, version: { increment: 1 },
        },
      });
      if (count === 0) throw staleRecord();
      await recordActivity(tx, {
        actor, entity: "document_revision", entityId: pending.id, action: "update",
        after: { sopId: sop.id, revisionNo: pending.revisionNo, title: content.nama }, reason: input.reason,
      });
      return { documentId, revisionNo: pending.revisionNo, replaced: true };
    }
    if (pending) {
      throw ruleBroken(
        `Masih ada revisi yang belum berlaku (Revisi ${pending.revisionNo}: ${REVISION_STATUS_LABELS[pending.status].toLowerCase()}). Lanjutkan revisi itu di register dokumen.`,
      );
    }
    // The document's version in the where-clause: of two edits started at once, the second finds
    // the document changed and is refused before it writes (a partial unique index backs this up).
    const { count } = await tx.controlledDocument.updateMany({ where: { id: documentId, version: document.version }, data: { version: { increment: 1 } } });
    if (count === 0) throw staleRecord();
    // Holding the document, the SOP must still be the one the user edited (a re-import between the
    // first read and here brought another revision into force).
    if ((await tx.sop.count({ where: { id: sop.id, version: input.version } })) === 0) throw staleRecord();
    const revisionNo = (document.revisions[0]?.revisionNo ?? 0) + 1;
    const revision = await tx.documentRevision.create({
      data: {
        documentId, revisionNo, status: "DRAF", sopContent: content as Prisma.InputJsonValue, changeReason: input.reason,
        changedParts, requestedById: user.id, requestedBy: user.name, createdById: user.id, lastEditedById: user.id,
      },
      select: { id: true },
    });
    await recordActivity(tx, {
      actor, entity: "document_revision", entityId: revision.id, action: "create",
      after: { documentId, sopId: sop.id, revisionNo, status: "DRAF", title: content.nama }, reason: input.reason,
    });
    return { documentId, revisionNo, replaced: false };
  });
}

/** The reason recorded for an assignment: "Penetapan pelaksana: langkah 3, 5 → Kepala Biro". */
function assignmentReason(content: SopContent, indexes: number[], actor: string): string {
  const { numbers } = stepNumbers(content.steps);
  const list = indexes.map((i) => numbers[i].label).join(", ");
  return `Penetapan pelaksana: langkah ${list} → ${actor}`.slice(0, 1000);
}

/**
 * Assigns one Pelaksana (one of the SOP's actors) to several steps of the content in force: a
 * proposed revision through `reviseSop`, so it is authorized, version-checked, refused while another
 * revision is pending, and recorded like any edit. The content is read after the permission check
 * and must be the one the user saw (same version).
 */
export async function assignStepActors(user: SessionUser, input: SopAssignActorsValues): Promise<SopProposal> {
  const db = await getDb();
  const sop = await db.sop.findUnique({
    where: { id: input.id },
    select: { id: true, version: true, currentRevisionNo: true, unit: { select: { path: true } } },
  });
  if (!sop) throw notFound("SOP");
  authorize(user, "sop.manage", { unitPath: sop.unit.path });
  if (sop.version !== input.version) throw staleRecord();
  const revision = await db.sopRevision.findUniqueOrThrow({
    where: { sopId_revisionNo: { sopId: sop.id, revisionNo: sop.currentRevisionNo } },
    select: { content: true },
  });
  const content = revision.content as unknown as SopContent;
  if (!content.actors.includes(input.actor)) {
    throw new DomainError("INVALID", "Pilih salah satu pelaksana SOP ini.", { actor: ["Pilih salah satu pelaksana SOP ini."] });
  }
  const indexes = [...new Set(input.stepIndexes)].sort((a, b) => a - b);
  if (indexes.some((i) => i >= content.steps.length)) throw staleRecord();
  const steps = content.steps.map((step, i) =>
    indexes.includes(i) ? { ...step, actor: input.actor, actor_confidence: "certain" as const } : step,
  );
  return reviseSop(user, {
    id: sop.id,
    version: input.version,
    reason: assignmentReason(content, indexes, input.actor),
    content: { ...content, steps },
  });
}
