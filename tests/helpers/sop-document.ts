// Approves a pending SOP revision without walking the register's check and approval (tests of the
// catalogue, where who checks is beside the point), then brings it into force through the register's
// real effective step (makeRevisionEffective), which calls the catalogue's applySopRevision.
// tests/integration/sops/document-link.test.ts walks the whole workflow once.
import type { PrismaClient } from "../../lib/db";
import { makeRevisionEffective } from "../../lib/documents/effective-mutations";

export async function approveSopRevision(db: PrismaClient, revisionId: string, approver: { id: string; name: string }, at = new Date()) {
  return db.$transaction(async (tx) => {
    const revision = await tx.documentRevision.update({
      where: { id: revisionId },
      data: { status: "DISAHKAN", approvedAt: at, approvedById: approver.id, approvedBy: approver.name, version: { increment: 1 } },
      select: { revisionNo: true },
    });
    const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
    const applied = await makeRevisionEffective(tx, { revisionId, actor: { id: approver.id, label: approver.name }, now: at, effectiveDay: day });
    if (!applied) throw new Error(`Revision ${revisionId} did not take effect`);
    return { revisionNo: revision.revisionNo };
  });
}
