import "server-only";
// Reads of the retention page and of a document's retention section: documents whose retention
// ended (by final disposition), what comes due within 12 months, and the Berita Acara list.
import { can } from "../auth/permissions";
import { scopeCovers, unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma } from "../db";
import { agencyOf } from "../org/agency";
import { unitSubtreeFilter } from "../org/unit-filter-data";
import { DEFAULT_TIME_ZONE, localDate } from "../org/time-zones";
import { paginate, type Page } from "../utils/paginate";
import type { DestructionStatus, DocumentStatus, DocumentType, FinalDisposition } from "./constants";
import { RETENTION_OPEN_STATUSES, RETENTION_UPCOMING_MONTHS, addMonths, retentionPhase, type RetentionPhase } from "./retention-rules";
import { readableDocumentWhere } from "./access-where";
import { RETENTION_PAGE_SIZE, type RetentionQuery } from "./retention-schema";

export interface RetentionRow {
  id: string;
  version: number;
  code: string;
  title: string;
  type: DocumentType;
  unitName: string;
  agencyId: string;
  agencyName: string;
  status: DocumentStatus;
  finalDisposition: FinalDisposition;
  retentionActiveYears: number;
  retentionInactiveYears: number;
  retentionEndsAt: Date | null;
  destruction: { id: string; number: string; status: DestructionStatus } | null;
}

export interface DestructionRow {
  id: string;
  number: string;
  agencyName: string;
  status: DestructionStatus;
  documentCount: number;
  createdAt: Date;
  destroyedOn: Date | null;
}

/** "Today" of the retention lists (the portal's dates are kept in WITA). */
export function retentionToday(now: Date = new Date()): Date {
  return localDate(now, DEFAULT_TIME_ZONE);
}

function keeperWhere(user: SessionUser): Prisma.ControlledDocumentWhereInput {
  return { unit: unitPathWhere(unitScope(user, "document.manage")) };
}

export function retentionListWhere(tab: Exclude<RetentionQuery["tab"], "berita-acara">, today: Date): Prisma.ControlledDocumentWhereInput {
  const open = { status: { in: [...RETENTION_OPEN_STATUSES] } };
  if (tab === "mendatang") return { ...open, retentionEndsAt: { gt: today, lte: addMonths(today, RETENTION_UPCOMING_MONTHS) } };
  return { ...open, finalDisposition: tab === "musnah" ? "MUSNAH" : "PERMANEN", retentionEndsAt: { lte: today } };
}

const rowSelect = {
  id: true, version: true, code: true, title: true, type: true, status: true, finalDisposition: true, agencyId: true,
  retentionActiveYears: true, retentionInactiveYears: true, retentionEndsAt: true,
  unit: { select: { name: true } }, agency: { select: { name: true } },
  destruction: { select: { id: true, number: true, status: true } },
} satisfies Prisma.ControlledDocumentSelect;

export async function listRetention(user: SessionUser, query: RetentionQuery, now: Date = new Date()): Promise<Page<RetentionRow>> {
  const db = await getDb();
  const unitFilter = await unitSubtreeFilter(db, { unitId: query.unitId });
  if (!unitFilter || query.tab === "berita-acara") return { rows: [], total: 0, page: 1, pageSize: RETENTION_PAGE_SIZE, pageCount: 1 };
  const where: Prisma.ControlledDocumentWhereInput = { AND: [keeperWhere(user), unitFilter, retentionListWhere(query.tab, retentionToday(now))] };
  return paginate(query.page, RETENTION_PAGE_SIZE, () => db.controlledDocument.count({ where }), async (skip, take) => {
    const rows = await db.controlledDocument.findMany({ where, orderBy: [{ retentionEndsAt: "asc" }, { code: "asc" }], skip, take, select: rowSelect });
    return rows.map(({ unit, agency, ...r }) => ({ ...r, unitName: unit.name, agencyName: agency.name }));
  });
}

/** How many documents each list holds (the tabs' counts). */
export async function retentionCounts(user: SessionUser, unitId: string | undefined, now: Date = new Date()): Promise<Record<"musnah" | "permanen" | "mendatang", number>> {
  const db = await getDb();
  const unitFilter = await unitSubtreeFilter(db, { unitId });
  if (!unitFilter) return { musnah: 0, permanen: 0, mendatang: 0 };
  const today = retentionToday(now);
  const count = (tab: "musnah" | "permanen" | "mendatang") => db.controlledDocument.count({ where: { AND: [keeperWhere(user), unitFilter, retentionListWhere(tab, today)] } });
  const [musnah, permanen, mendatang] = await Promise.all([count("musnah"), count("permanen"), count("mendatang")]);
  return { musnah, permanen, mendatang };
}

/** The Berita Acara the user keeps or approves. */
export function destructionReadWhere(user: SessionUser): Prisma.DocumentDestructionWhereInput {
  const or: Prisma.DocumentDestructionWhereInput[] = [];
  for (const permission of ["document.manage", "document.destruction.approve"] as const) {
    const scope = unitScope(user, permission);
    if (scope.kind !== "none") or.push({ agency: unitPathWhere(scope) });
  }
  return or.length ? { OR: or } : { id: { in: [] } };
}

export async function listDestructions(user: SessionUser, query: RetentionQuery): Promise<Page<DestructionRow>> {
  const db = await getDb();
  const unitFilter = await unitSubtreeFilter(db, { unitId: query.unitId });
  if (!unitFilter) return { rows: [], total: 0, page: 1, pageSize: RETENTION_PAGE_SIZE, pageCount: 1 };
  const where: Prisma.DocumentDestructionWhereInput = {
    AND: [destructionReadWhere(user), unitFilter.unit ? { documents: { some: { unit: unitFilter.unit } } } : {}],
  };
  return paginate(query.page, RETENTION_PAGE_SIZE, () => db.documentDestruction.count({ where }), async (skip, take) => {
    const rows = await db.documentDestruction.findMany({
      where, orderBy: { createdAt: "desc" }, skip, take,
      select: { id: true, number: true, status: true, createdAt: true, destroyedOn: true, agency: { select: { name: true } }, _count: { select: { documents: true } } },
    });
    return rows.map(({ agency, _count, ...r }) => ({ ...r, agencyName: agency.name, documentCount: _count.documents }));
  });
}

/** Units of the keeper's scope that own documents (the retention page's unit filter). */
export async function retentionUnitOptions(user: SessionUser): Promise<{ id: string; name: string; path: string }[]> {
  const db = await getDb();
  return db.unit.findMany({ where: { documents: { some: keeperWhere(user) } }, orderBy: { path: "asc" }, select: { id: true, name: true, path: true } });
}

export interface RetentionSection {
  documentId: string;
  type: DocumentType;
  activeYears: number;
  inactiveYears: number;
  finalDisposition: FinalDisposition;
  status: DocumentStatus;
  firstEffectiveAt: Date | null;
  withdrawnAt: Date | null;
  retentionEndsAt: Date | null;
  handedOverAt: Date | null;
  phase: RetentionPhase;
  destruction: { id: string; number: string; status: DestructionStatus; destroyedOn: Date | null; readable: boolean } | null;
  loans: { id: string; agendaNo: string; borrowerName: string; status: string; outAt: Date | null; dueDate: Date | null; returnedAt: Date | null }[];
  /** May record loans of this archive (the arsiparis). */
  mayManageLoans: boolean;
  /** May ask to borrow it (held, not rahasia, and the user may request loans). */
  mayRequestLoan: boolean;
}

export async function getRetentionSection(user: SessionUser, documentId: string, now: Date = new Date()): Promise<RetentionSection | null> {
  const db = await getDb();
  const doc = await db.controlledDocument.findFirst({
    where: { AND: [{ id: documentId }, readableDocumentWhere(user)] },
    select: {
      id: true, type: true, status: true, access: true, agencyId: true, retentionActiveYears: true, retentionInactiveYears: true, finalDisposition: true,
      firstEffectiveAt: true, withdrawnAt: true, retentionEndsAt: true, handedOverAt: true,
      agency: { select: { path: true } },
      destruction: { select: { id: true, number: true, status: true, destroyedOn: true } },
    },
  });
  if (!doc) return null;
  const mayManageLoans = can(user, "archive.loan.manage", { unitPath: doc.agency.path });
  const loans = await db.archiveLoan.findMany({
    where: { documentId: doc.id, ...(mayManageLoans ? {} : { borrowerId: user.id }) },
    orderBy: { requestedAt: "desc" }, take: 20,
    select: { id: true, agendaNo: true, status: true, outAt: true, dueDate: true, returnedAt: true, borrower: { select: { name: true } } },
  });
  const destructionReadable = scopeCovers(unitScope(user, "document.manage"), doc.agency.path) || scopeCovers(unitScope(user, "document.destruction.approve"), doc.agency.path);
  return {
    documentId: doc.id, type: doc.type, activeYears: doc.retentionActiveYears, inactiveYears: doc.retentionInactiveYears,
    finalDisposition: doc.finalDisposition, status: doc.status, firstEffectiveAt: doc.firstEffectiveAt, withdrawnAt: doc.withdrawnAt,
    retentionEndsAt: doc.retentionEndsAt, handedOverAt: doc.handedOverAt,
    phase: retentionPhase({
      type: doc.type, status: doc.status, firstEffectiveAt: doc.firstEffectiveAt, withdrawnAt: doc.withdrawnAt,
      retentionActiveYears: doc.retentionActiveYears, retentionInactiveYears: doc.retentionInactiveYears,
    }, retentionToday(now)),
    destruction: doc.destruction ? { ...doc.destruction, readable: destructionReadable } : null,
    loans: loans.map(({ borrower, ...l }) => ({ ...l, borrowerName: borrower.name })),
    mayManageLoans,
    mayRequestLoan: can(user, "archive.loan.request", { unitPath: user.unitPath }) && doc.access !== "RAHASIA"
      && (RETENTION_OPEN_STATUSES as readonly string[]).includes(doc.status) && (await agencyOf(db, user.unitPath)).id === doc.agencyId,
  };
}
