// Stands in for the document register's workflow (lib/documents, built beside the catalogue): a
// pending SOP revision is approved and takes effect in one transaction, as makeRevisionEffective
// does, calling the catalogue's applySopRevision.
import type { PrismaClient } from "../../lib/db";
import { applySopRevision } from "../../lib/sops/apply-revision-mutations";
import type { SopContent } from "../../lib/sops/content";

export async function approveSopRevision(db: PrismaClient, revisionId: string, approver: { id: string; name: string }, at = new Date()) {
  return db.$transaction(async (tx) => {
    const revision = await tx.documentRevision.update({
      where: { id: revisionId },
      data: { status: "DISAHKAN", approvedAt: at, approvedById: approver.id, approvedBy: approver.name },
      select: { documentId: true, revisionNo: true, sopContent: true, changeReason: true, document: { select: { sopId: true } } },
    });
    await tx.documentRevision.updateMany({ where: { documentId: revision.documentId, status: "BERLAKU" }, data: { status: "KADALUARSA", obsoleteAt: at } });
    await tx.documentRevision.update({ where: { id: revisionId }, data: { status: "BERLAKU", effectiveAt: at } });
    await tx.controlledDocument.update({ where: { id: revision.documentId }, data: { currentRevisionNo: revision.revisionNo, version: { increment: 1 } } });
    return applySopRevision(tx, {
      sopId: revision.document.sopId!,
      content: revision.sopContent as unknown as SopContent,
      reason: revision.changeReason,
      actor: approver,
    });
  });
}
