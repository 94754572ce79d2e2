import "server-only";
// The periodic review's reads: the due list of a keeper's scope and the review section of a document.
import { can } from "../auth/permissions";
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma } from "../db";
import { localDate } from "../org/time-zones";
import { DEFAULT_TIME_ZONE } from "../org/time-zones";
import { unitTreeOptions, type UnitTreeOption } from "../org/unit-tree-options";
import { paginate, type Page } from "../utils/paginate";
import { DOCUMENT_TYPE_LABELS, type DocumentReviewOutcome } from "./constants";
import { daysUntilReview, reviewDueLimit, reviewDueState, revisionRequestHref, type ReviewDueState } from "./review-rules";

export interface DueReviewRow {
  id: string;
  code: string;
  title: string;
  typeLabel: string;
  unitName: string;
  revisionNo: number | null;
  lastReviewedAt: Date | null;
  nextReviewAt: Date;
  days: number;
  state: ReviewDueState;
}

const PAGE_SIZE = 25;

/** The where-clause of the due list on `today`, without the reader's scope. */
export function dueReviewWhere(today: Date, unitPath?: string): Prisma.ControlledDocumentWhereInput {
  return {
    status: "AKTIF",
    revisions: { some: { status: "BERLAKU" } },
    nextReviewAt: { not: null, lte: reviewDueLimit(today) },
    ...(unitPath ? { unit: { path: { startsWith: unitPath } } } : {}),
  };
}

export async function dueReviews(user: SessionUser, query: { q?: string; unitId?: string; page: number }, now: Date = new Date()): Promise<Page<DueReviewRow> & { units: UnitTreeOption[] }> {
  const db = await getDb();
  const scope = unitPathWhere(unitScope(user, "document.manage"));
  const units = await db.unit.findMany({ where: { ...scope, active: true }, select: { id: true, name: true, path: true } });
  const filterUnit = query.unitId ? units.find((u) => u.id === query.unitId) : undefined;
  const today = localDate(now, DEFAULT_TIME_ZONE);
  const search: Prisma.ControlledDocumentWhereInput = query.q
    ? { OR: [{ code: { contains: query.q, mode: "insensitive" } }, { title: { contains: query.q, mode: "insensitive" } }] }
    : {};
  const where: Prisma.ControlledDocumentWhereInput = { AND: [dueReviewWhere(today, filterUnit?.path), { unit: scope }, search] };
  const page = await paginate(query.page, PAGE_SIZE, () => db.controlledDocument.count({ where }), (skip, take) =>
    db.controlledDocument.findMany({
      where, skip, take,
      orderBy: [{ nextReviewAt: "asc" }, { code: "asc" }],
      select: { id: true, code: true, title: true, type: true, currentRevisionNo: true, lastReviewedAt: true, nextReviewAt: true, unit: { select: { name: true } } },
    }),
  );
  return {
    ...page,
    units: unitTreeOptions(units),
    rows: page.rows.map((d) => {
      const next = d.nextReviewAt as Date;
      return {
        id: d.id, code: d.code, title: d.title, typeLabel: DOCUMENT_TYPE_LABELS[d.type], unitName: d.unit.name, revisionNo: d.currentRevisionNo,
        lastReviewedAt: d.lastReviewedAt, nextReviewAt: next, days: daysUntilReview(next, today), state: reviewDueState(next, today),
      };
    }),
  };
}

export interface ReviewHistoryRow {
  id: string;
  reviewedOn: Date;
  reviewer: string;
  outcome: DocumentReviewOutcome;
  note: string;
  revisionNo: number | null;
}

export interface ReviewSectionData {
  documentId: string;
  version: number;
  status: string;
  keeper: boolean;
  inForceRevisionNo: number | null;
  reviewIntervalMonths: number;
  lastReviewedAt: Date | null;
  nextReviewAt: Date | null;
  dueState: ReviewDueState;
  history: ReviewHistoryRow[];
  /** The latest review asked for a revision and none is pending yet: the link to start it. */
  revisionHref: string | null;
}

export async function reviewSection(user: SessionUser, documentId: string, now: Date = new Date()): Promise<ReviewSectionData | null> {
  const db = await getDb();
  const doc = await db.controlledDocument.findUnique({
    where: { id: documentId },
    select: {
      id: true, version: true, status: true, reviewIntervalMonths: true, lastReviewedAt: true, nextReviewAt: true,
      unit: { select: { path: true } }, agency: { select: { timeZone: true } },
      revisions: { where: { status: { in: ["BERLAKU", "DRAF", "DIAJUKAN", "DIPERIKSA", "DIKEMBALIKAN", "DISAHKAN"] } }, select: { revisionNo: true, status: true } },
      reviews: { orderBy: [{ reviewedOn: "desc" }, { createdAt: "desc" }], take: 20, select: { id: true, reviewedOn: true, reviewer: true, outcome: true, note: true, revisionNo: true } },
    },
  });
  if (!doc) return null;
  const keeper = can(user, "document.manage", { unitPath: doc.unit.path });
  const inForce = doc.revisions.find((r) => r.status === "BERLAKU") ?? null;
  const pending = doc.revisions.some((r) => r.status !== "BERLAKU");
  const latest = doc.reviews[0];
  const today = localDate(now, doc.agency.timeZone);
  return {
    documentId: doc.id, version: doc.version, status: doc.status, keeper, inForceRevisionNo: inForce?.revisionNo ?? null,
    reviewIntervalMonths: doc.reviewIntervalMonths, lastReviewedAt: doc.lastReviewedAt, nextReviewAt: doc.nextReviewAt,
    dueState: doc.status === "AKTIF" && inForce ? reviewDueState(doc.nextReviewAt, today) : "later",
    history: doc.reviews,
    revisionHref: keeper && doc.status === "AKTIF" && latest?.outcome === "REVISI" && !pending ? revisionRequestHref(doc.id, latest.note) : null,
  };
}
