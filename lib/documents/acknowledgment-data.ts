import "server-only";
// The user's own wajib-baca list: rows of revisions still in force, unread first.
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma } from "../db";
import { paginate, type Page } from "../utils/paginate";
import { DOCUMENT_TYPE_LABELS, type DocumentType } from "./constants";

export interface ReadListRow {
  id: string;
  documentId: string;
  code: string;
  title: string;
  type: DocumentType;
  revisionNo: number;
  distributedAt: Date;
  acknowledgedAt: Date | null;
  typeLabel: string;
}

const PAGE_SIZE = 20;

/** Rows still asked for or kept: only revisions in force of documents in use. */
function ownRowsWhere(user: SessionUser): Prisma.DocumentAcknowledgmentWhereInput {
  return { userId: user.id, revision: { status: "BERLAKU" }, document: { status: "AKTIF" } };
}

export async function myReadList(user: SessionUser, query: { status?: "belum" | "sudah"; page: number }): Promise<Page<ReadListRow> & { unreadCount: number }> {
  const db = await getDb();
  const own = ownRowsWhere(user);
  const where: Prisma.DocumentAcknowledgmentWhereInput = {
    ...own,
    ...(query.status === "belum" ? { acknowledgedAt: null } : query.status === "sudah" ? { acknowledgedAt: { not: null } } : {}),
  };
  const [page, unreadCount] = await Promise.all([
    paginate(query.page, PAGE_SIZE, () => db.documentAcknowledgment.count({ where }), (skip, take) =>
      db.documentAcknowledgment.findMany({
        where, skip, take,
        // Unread first (nulls first), then the newest distribution.
        orderBy: [{ acknowledgedAt: { sort: "desc", nulls: "first" } }, { assignedAt: "desc" }, { id: "asc" }],
        select: {
          id: true, documentId: true, acknowledgedAt: true, assignedAt: true,
          document: { select: { code: true, title: true, type: true } }, revision: { select: { revisionNo: true } },
        },
      }),
    ),
    db.documentAcknowledgment.count({ where: { ...own, acknowledgedAt: null } }),
  ]);
  return {
    ...page,
    unreadCount,
    rows: page.rows.map((r) => ({
      id: r.id, documentId: r.documentId, code: r.document.code, title: r.document.title, type: r.document.type,
      typeLabel: DOCUMENT_TYPE_LABELS[r.document.type], revisionNo: r.revision.revisionNo, distributedAt: r.assignedAt, acknowledgedAt: r.acknowledgedAt,
    })),
  };
}

/** The home queue "Dokumen wajib baca": how many wait for the user's confirmation, and the oldest few. */
export async function unreadQueue(user: SessionUser, take = 5): Promise<{ total: number; items: { documentId: string; title: string; unitName: string; at: Date }[] }> {
  const db = await getDb();
  const where = { ...ownRowsWhere(user), acknowledgedAt: null };
  const total = await db.documentAcknowledgment.count({ where });
  if (total === 0) return { total, items: [] };
  const rows = await db.documentAcknowledgment.findMany({
    where, take, orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
    select: { documentId: true, assignedAt: true, revision: { select: { revisionNo: true } }, document: { select: { code: true, title: true, unit: { select: { name: true } } } } },
  });
  return {
    total,
    items: rows.map((r) => ({ documentId: r.documentId, title: `${r.document.code} ${r.document.title} (revisi ${r.revision.revisionNo})`, unitName: r.document.unit.name, at: r.assignedAt })),
  };
}
