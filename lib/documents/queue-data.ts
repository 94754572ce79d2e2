import "server-only";
// Document revisions waiting for this user's check or approval, for the home queues: the workflow's
// own allowedTransitions decides, so the list equals the buttons the user would see.
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import type { QueueItem } from "../dashboards/types";
import { allowedTransitions } from "../workflow";
import { DESTRUCTION_STATUS_LABELS, REVISION_STATUS_LABELS } from "./constants";
import { approvalSettingsOf } from "./data";
import { DESTRUCTION_WORKFLOW } from "./destruction-workflow";
import { DOCUMENT_REVISION_WORKFLOW } from "./workflow";
import { selfApprovalAllowedAt } from "../org/self-approval-data";

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
      checkedById: true, documentId: true, document: { select: { code: true, title: true, agencyId: true, status: true, unit: { select: { name: true, path: true } } } },
    },
  });
  const items: QueueItem[] = [];
  for (const r of rows) {
    const record = { ...r, unitPath: r.document.unit.path, documentStatus: r.document.status, ...(await approvalSettingsOf(db, r.document.unit.path, r.document.agencyId)) };
    if (!allowedTransitions(DOCUMENT_REVISION_WORKFLOW, user, record).some((t) => t.name === transition)) continue;
    items.push({
      kind: "Revisi dokumen", title: `${r.document.code} revisi ${r.revisionNo} · ${r.document.title}`, unitName: r.document.unit.name,
      status: REVISION_STATUS_LABELS[r.status], href: `/documents/${r.documentId}`, at: r.submittedAt,
    });
  }
  return items;
}

/** Berita Acara Pemusnahan waiting for this pimpinan's approval (the buttons the BA page would show). */
export async function destructionApprovalQueue(user: SessionUser): Promise<QueueItem[]> {
  const db = await getDb();
  const scope = unitScope(user, "document.destruction.approve");
  if (scope.kind === "none") return [];
  const rows = await db.documentDestruction.findMany({
    where: { status: "DIAJUKAN", agency: unitPathWhere(scope) },
    orderBy: { submittedAt: "asc" },
    take: 50,
    select: {
      id: true, version: true, status: true, number: true, agencyId: true, submittedAt: true, submittedById: true, lastEditedById: true,
      agency: { select: { name: true, path: true } }, _count: { select: { documents: true } },
    },
  });
  const items: QueueItem[] = [];
  for (const { agency, _count, ...ba } of rows) {
    const selfApprovalAllowed = await selfApprovalAllowedAt(db, agency.path);
    const record = { ...ba, unitPath: agency.path, selfApprovalAllowed };
    if (!allowedTransitions(DESTRUCTION_WORKFLOW, user, record).some((t) => t.name === "approve")) continue;
    items.push({
      kind: "Usulan pemusnahan", title: `${ba.number} · ${_count.documents} dokumen`, unitName: agency.name,
      status: DESTRUCTION_STATUS_LABELS[ba.status], href: `/documents/retention/destructions/${ba.id}`, at: ba.submittedAt,
    });
  }
  return items;
}
