import "server-only";
// Reads of the register: the list (access classes ANDed into every query), a document's detail,
// a revision and its file. A document the user may not read is "not found", never "forbidden".
import { ATTACHMENT_FILE_SELECT } from "../attachments/download";
import { can } from "../auth/permissions";
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma, type PrismaClient, type Tx } from "../db";
import { unitSubtreeFilter } from "../org/unit-filter-data";
import { paginate, type Page } from "../utils/paginate";
import { allowedTransitions } from "../workflow";
import { keepsDocument, mayReadDocument } from "./access";
import { readableDocumentWhere } from "./access-where";
import { PENDING_REVISION_STATUSES } from "./constants";
import type { DocumentListQuery } from "./schema";
import type { DocumentDetail, DocumentRow, RevisionView } from "./types";
import { DOCUMENT_REVISION_WORKFLOW, type DocumentRevisionRecord } from "./workflow";
import { selfApprovalAllowedAt } from "../org/self-approval-data";

export const PAGE_SIZE = 25;
const EDITABLE = ["DRAF", "DIKEMBALIKAN"] as const;

export async function documentListWhere(
  db: Tx | PrismaClient,
  user: SessionUser,
  query: Omit<DocumentListQuery, "page">,
): Promise<Prisma.ControlledDocumentWhereInput | null> {
  const unit = await unitSubtreeFilter(db, query);
  if (!unit) return null;
  const and: Prisma.ControlledDocumentWhereInput[] = [readableDocumentWhere(user), unit];
  if (query.q) and.push({ OR: [{ code: { contains: query.q, mode: "insensitive" } }, { title: { contains: query.q, mode: "insensitive" } }] });
  if (query.type) and.push({ type: query.type });
  if (query.status) and.push({ status: query.status });
  if (query.access) and.push({ access: query.access });
  return { AND: and };
}

export async function listDocuments(user: SessionUser, query: DocumentListQuery): Promise<Page<DocumentRow>> {
  const db = await getDb();
  const where = await documentListWhere(db, user, query);
  if (!where) return { rows: [], total: 0, page: 1, pageSize: PAGE_SIZE, pageCount: 1 };
  return paginate(query.page, PAGE_SIZE, () => db.controlledDocument.count({ where }), async (skip, take) => {
    const rows = await db.controlledDocument.findMany({
      where, skip, take, orderBy: [{ code: "asc" }, { id: "asc" }],
      select: {
        id: true, code: true, title: true, type: true, access: true, status: true, currentRevisionNo: true,
        unit: { select: { name: true, path: true } }, agency: { select: { name: true } },
        revisions: {
          where: { status: { in: ["BERLAKU", ...PENDING_REVISION_STATUSES] } },
          select: { status: true, effectiveAt: true },
        },
      },
    });
    return rows.map((d) => {
      const inForce = d.revisions.find((r) => r.status === "BERLAKU");
      const pending = keepsDocument(user, d.unit.path) ? d.revisions.find((r) => r.status !== "BERLAKU") : undefined;
      return {
        id: d.id, code: d.code, title: d.title, type: d.type, access: d.access, status: d.status, unitName: d.unit.name,
        agencyName: d.agency.name, currentRevisionNo: d.currentRevisionNo, effectiveAt: inForce?.effectiveAt ?? null,
        pendingStatus: pending?.status ?? null,
      };
    });
  });
}

/** Agencies and units of the documents the user may read, for the list's filters. */
export async function listDocumentFilterOptions(user: SessionUser) {
  const db = await getDb();
  const docs = await db.controlledDocument.findMany({
    where: readableDocumentWhere(user),
    distinct: ["unitId"],
    select: { agency: { select: { id: true, name: true, path: true } }, unit: { select: { id: true, name: true, path: true } } },
  });
  const agencies = [...new Map(docs.map((d) => [d.agency.id, d.agency])).values()].sort((a, b) => a.name.localeCompare(b.name, "id"));
  const units = [...new Map(docs.flatMap((d) => [[d.agency.id, d.agency], [d.unit.id, d.unit]] as const)).values()];
  return { agencies, units };
}

const revisionSelect = {
  id: true, revisionNo: true, status: true, version: true, changeReason: true, changedParts: true, requestedBy: true,
  effectiveDate: true, text: true, sopContent: true, returnNote: true, submittedAt: true, submittedById: true, checkedBy: true,
  checkedAt: true, approvedBy: true, approvedAt: true, effectiveAt: true, obsoleteAt: true, createdById: true, lastEditedById: true,
  checkedById: true, purgedAt: true, file: { select: { fileName: true, size: true } },
} satisfies Prisma.DocumentRevisionSelect;
type RevisionRow = Prisma.DocumentRevisionGetPayload<{ select: typeof revisionSelect }>;

function revisionView(r: RevisionRow): RevisionView {
  return {
    id: r.id, revisionNo: r.revisionNo, status: r.status, version: r.version, changeReason: r.changeReason, changedParts: r.changedParts,
    requestedBy: r.requestedBy, effectiveDate: r.effectiveDate, text: r.text, file: r.file ? { name: r.file.fileName, size: r.file.size } : null,
    hasSopContent: r.sopContent !== null, returnNote: r.returnNote, submittedAt: r.submittedAt, checkedBy: r.checkedBy,
    checkedAt: r.checkedAt, approvedBy: r.approvedBy, approvedAt: r.approvedAt, effectiveAt: r.effectiveAt, obsoleteAt: r.obsoleteAt,
    createdById: r.createdById, purged: r.purgedAt !== null,
  };
}

/** The agency's one-person-office setting and delegated approver, as the workflow rules read them. */
export async function approvalSettingsOf(db: Pick<Tx, "unit" | "documentSetting">, unitPath: string, agencyId: string) {
  const [selfApprovalAllowed, setting] = await Promise.all([
    selfApprovalAllowedAt(db, unitPath),
    db.documentSetting.findUnique({ where: { agencyId }, select: { delegateApproverId: true } }),
  ]);
  return { selfApprovalAllowed, delegateApproverId: setting?.delegateApproverId ?? null };
}

async function loadReadable(db: Tx | PrismaClient, user: SessionUser, id: string) {
  const doc = await db.controlledDocument.findUnique({
    where: { id },
    select: {
      id: true, version: true, code: true, title: true, description: true, type: true, access: true, status: true, sopId: true,
      retentionActiveYears: true, retentionInactiveYears: true, finalDisposition: true, reviewIntervalMonths: true,
      currentRevisionNo: true, firstEffectiveAt: true, nextReviewAt: true, retentionEndsAt: true,
      unit: { select: { id: true, name: true, path: true } }, agency: { select: { id: true, name: true, path: true } },
      acknowledgments: { where: { userId: user.id, distribution: { withdrawnAt: null } }, select: { id: true }, take: 1 },
    },
  });
  if (!doc) return null;
  const subject = { access: doc.access, unitPath: doc.unit.path, agencyPath: doc.agency.path, isRecipient: doc.acknowledgments.length > 0 };
  if (!mayReadDocument(user, subject)) return null;
  return { doc, keeps: keepsDocument(user, doc.unit.path) };
}

export async function getDocument(user: SessionUser, id: string): Promise<DocumentDetail | null> {
  const db = await getDb();
  const found = await loadReadable(db, user, id);
  if (!found) return null;
  const { doc, keeps } = found;
  const rows = await db.documentRevision.findMany({
    where: { documentId: doc.id, ...(keeps ? {} : { status: "BERLAKU" }) },
    orderBy: { revisionNo: "desc" },
    select: revisionSelect,
  });
  const inForceRow = rows.find((r) => r.status === "BERLAKU") ?? null;
  const pendingRow = keeps ? rows.find((r) => (PENDING_REVISION_STATUSES as readonly string[]).includes(r.status)) ?? null : null;
  let pending: DocumentDetail["pending"] = null;
  if (pendingRow) {
    const settings = await approvalSettingsOf(db, doc.unit.path, doc.agency.id);
    const record: DocumentRevisionRecord = {
      id: pendingRow.id, version: pendingRow.version, status: pendingRow.status, unitPath: doc.unit.path, documentId: doc.id,
      revisionNo: pendingRow.revisionNo, effectiveDate: pendingRow.effectiveDate, createdById: pendingRow.createdById,
      lastEditedById: pendingRow.lastEditedById, submittedById: pendingRow.submittedById, checkedById: pendingRow.checkedById,
      documentStatus: doc.status, ...settings,
    };
    pending = {
      ...revisionView(pendingRow),
      transitions: allowedTransitions(DOCUMENT_REVISION_WORKFLOW, user, record),
      editable: (EDITABLE as readonly string[]).includes(pendingRow.status) && can(user, "document.manage", { unitPath: doc.unit.path }),
    };
  }
  const { acknowledgments: _ack, ...rest } = doc;
  const manage = doc.status === "AKTIF" && can(user, "document.manage", { unitPath: doc.unit.path });
  return {
    ...rest, keeps,
    inForce: inForceRow ? revisionView(inForceRow) : null,
    pending,
    revisions: keeps ? rows.map(revisionView) : inForceRow ? [revisionView(inForceRow)] : [],
    // An SOP AP is revised from its page in the catalogue (its content lives there).
    allowed: { edit: manage, revise: manage && !pendingRow && !doc.sopId },
  };
}

/** One revision of a readable document: keepers see any, others only the one in force. */
export async function getRevision(user: SessionUser, documentId: string, revisionNo: number) {
  const db = await getDb();
  const found = await loadReadable(db, user, documentId);
  if (!found) return null;
  const row = await db.documentRevision.findUnique({ where: { documentId_revisionNo: { documentId, revisionNo } }, select: revisionSelect });
  if (!row || (!found.keeps && row.status !== "BERLAKU")) return null;
  return { document: found.doc, keeps: found.keeps, revision: revisionView(row) };
}

/** The file of a revision, for the download route; null when missing or not readable. */
export async function getRevisionFile(user: SessionUser, documentId: string, revisionNo: number) {
  const db = await getDb();
  const found = await loadReadable(db, user, documentId);
  if (!found) return null;
  const row = await db.documentRevision.findUnique({
    where: { documentId_revisionNo: { documentId, revisionNo } },
    select: { status: true, file: { select: ATTACHMENT_FILE_SELECT } },
  });
  if (!row || !row.file || (!found.keeps && row.status !== "BERLAKU")) return null;
  return row.file;
}

/** Units where the user may register documents (document.manage), in tree order by the caller. */
export async function documentFormOptions(user: SessionUser) {
  const db = await getDb();
  const scope = unitScope(user, "document.manage");
  if (scope.kind === "none") return { units: [] };
  const units = await db.unit.findMany({
    where: { active: true, ...unitPathWhere(scope) },
    orderBy: { path: "asc" },
    select: { id: true, name: true, path: true },
  });
  return { units };
}
