import "server-only";
// Document revisions waiting for this user's check or approval, for the home queues: the workflow's
// own allowedTransitions decides, so the list equals the buttons the user would see.
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import type { QueueItem } from "../dashboards/types";
import { allowedTransitions } from "../workflow";
import { REVISION_STATUS_LABELS } from "./constants";
import { approvalSettingsOf } from "./data";
import { DOCUMENT_REVISION_WORKFLOW } from "./workflow";

export async function documentRevisionQueue(user: SessionUser, transition: "check" | "approve"): Promise<QueueItem[]> {
  const db = await getDb();
  const scope = unitScope(user, transition === "check" ? "document.check" : "document.approve");
  if (scope.kind === "none") return [];
  const rows = await db.documentRevision.findMany({
    where: { status: transition === "check" ? "DIAJUKAN" : "DIPERIKSA", document: { unit: unitPathWhere(scope) } },
    orderBy: { submittedAt: "asc" },
    take: 50,
    select: {
      id: true, revisionNo: true, status: true, version: true, effectiveDate: true, submittedAt: true, submittedById: true, createdById: true, lastEditedById: true,
      documentId: true, document: { select: { code: true, title: true, agencyId: true, unit: { select: { name: true, path: true } } } },
    },
  });
  const items: QueueItem[] = [];
  for (const r of rows) {
    const record = { ...r, unitPath: r.document.unit.path, ...(await approvalSettingsOf(db, r.document.unit.path, r.document.agencyId)) };
    if (!allowedTransitions(DOCUMENT_REVISION_WORKFLOW, user, record).some((t) => t.name === transition)) continue;
    items.push({
      kind: "Revisi dokumen", title: `${r.document.code} revisi ${r.revisionNo} · ${r.document.title}`, unitName: r.document.unit.name,
      status: REVISION_STATUS_LABELS[r.status], href: `/documents/${r.documentId}`, at: r.submittedAt,
    });
  }
  return items;
}
