import "server-only";
// Reads of the lending register: the arsiparis sees the loans of their agencies, everyone else
// their own; "Terlambat" is a lent archive past its due date.
import { can } from "../auth/permissions";
import { unitPathWhere, unitScope } from "../auth/scope";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma } from "../db";
import { agencyOf } from "../org/agency";
import { DEFAULT_TIME_ZONE, localDate } from "../org/time-zones";
import { paginate, type Page } from "../utils/paginate";
import { allowedTransitions, type AllowedTransition } from "../workflow/allowed";
import type { ArchiveLoanStatus } from "./constants";
import { isOverdue } from "./loan-rules";
import { LOANS_PAGE_SIZE, type LoanListQuery } from "./loan-schema";
import { LOAN_WORKFLOW } from "./loan-workflow";

export interface LoanRow {
  id: string;
  agendaNo: string;
  archiveTitle: string;
  documentCode: string | null;
  borrowerName: string;
  borrowerUnitName: string;
  status: ArchiveLoanStatus;
  requestedAt: Date;
  outAt: Date | null;
  dueDate: Date | null;
  returnedAt: Date | null;
  overdue: boolean;
}

export interface LoanDetail extends LoanRow {
  version: number;
  agencyName: string;
  documentId: string | null;
  purpose: string;
  controlCardNo: string | null;
  borrowerId: string;
  borrowerAckAt: Date | null;
  returnCondition: string | null;
  refuseNote: string | null;
  issuedBy: string | null;
  receivedBy: string | null;
  transitions: AllowedTransition[];
  mayIssue: boolean;
  mayAcknowledge: boolean;
}

export function loanToday(now: Date = new Date()): Date {
  return localDate(now, DEFAULT_TIME_ZONE);
}

export function readableLoanWhere(user: SessionUser): Prisma.ArchiveLoanWhereInput {
  const scope = unitScope(user, "archive.loan.manage");
  return scope.kind === "none" ? { borrowerId: user.id } : { OR: [{ borrowerId: user.id }, { agency: unitPathWhere(scope) }] };
}

export async function loanFilterWhere(query: Omit<LoanListQuery, "page">, today: Date): Promise<Prisma.ArchiveLoanWhereInput | null> {
  const db = await getDb();
  const and: Prisma.ArchiveLoanWhereInput[] = [];
  if (query.unitId) {
    const unit = await db.unit.findUnique({ where: { id: query.unitId }, select: { path: true } });
    if (!unit) return null;
    and.push({ borrowerUnit: { path: { startsWith: unit.path } } });
  }
  if (query.status) and.push({ status: query.status });
  if (query.overdue) and.push({ status: "DIPINJAM", dueDate: { lt: today } });
  if (query.q) {
    and.push({ OR: [{ agendaNo: { contains: query.q, mode: "insensitive" } }, { archiveTitle: { contains: query.q, mode: "insensitive" } }, { borrower: { name: { contains: query.q, mode: "insensitive" } } }] });
  }
  return { AND: and };
}

const rowSelect = {
  id: true, agendaNo: true, archiveTitle: true, status: true, requestedAt: true, outAt: true, dueDate: true, returnedAt: true,
  document: { select: { code: true } }, borrower: { select: { name: true } }, borrowerUnit: { select: { name: true } },
} satisfies Prisma.ArchiveLoanSelect;

type RowData = Prisma.ArchiveLoanGetPayload<{ select: typeof rowSelect }>;
const toRow = ({ document, borrower, borrowerUnit, ...l }: RowData, today: Date): LoanRow => ({
  ...l, documentCode: document?.code ?? null, borrowerName: borrower.name, borrowerUnitName: borrowerUnit.name, overdue: isOverdue(l, today),
});

export async function listLoans(user: SessionUser, query: LoanListQuery, now: Date = new Date()): Promise<Page<LoanRow>> {
  const db = await getDb();
  const today = loanToday(now);
  const filter = await loanFilterWhere(query, today);
  if (!filter) return { rows: [], total: 0, page: 1, pageSize: LOANS_PAGE_SIZE, pageCount: 1 };
  const where: Prisma.ArchiveLoanWhereInput = { AND: [readableLoanWhere(user), filter] };
  return paginate(query.page, LOANS_PAGE_SIZE, () => db.archiveLoan.count({ where }), async (skip, take) => {
    const rows = await db.archiveLoan.findMany({ where, orderBy: [{ requestedAt: "desc" }, { agendaNo: "desc" }], skip, take, select: rowSelect });
    return rows.map((r) => toRow(r, today));
  });
}

export async function getLoan(user: SessionUser, id: string, now: Date = new Date()): Promise<LoanDetail | null> {
  const db = await getDb();
  const loan = await db.archiveLoan.findFirst({
    where: { AND: [{ id }, readableLoanWhere(user)] },
    select: {
      ...rowSelect, version: true, documentId: true, purpose: true, controlCardNo: true, borrowerId: true, borrowerAckAt: true,
      returnCondition: true, refuseNote: true, issuedById: true, receivedById: true, agency: { select: { name: true, path: true } },
    },
  });
  if (!loan) return null;
  const people = [loan.issuedById, loan.receivedById].filter((v): v is string => v !== null);
  const names = new Map((await db.user.findMany({ where: { id: { in: people } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const { agency, version, documentId, purpose, controlCardNo, borrowerId, borrowerAckAt, returnCondition, refuseNote, issuedById, receivedById, ...row } = loan;
  const record = { id: loan.id, version, status: loan.status, unitPath: agency.path, agendaNo: loan.agendaNo, archiveTitle: loan.archiveTitle, borrowerId };
  return {
    ...toRow(row, loanToday(now)), version, agencyName: agency.name, documentId, purpose, controlCardNo, borrowerId, borrowerAckAt, returnCondition, refuseNote,
    issuedBy: issuedById ? names.get(issuedById) ?? null : null,
    receivedBy: receivedById ? names.get(receivedById) ?? null : null,
    transitions: allowedTransitions(LOAN_WORKFLOW, user, record),
    mayIssue: loan.status === "DIAJUKAN" && can(user, "archive.loan.manage", { unitPath: agency.path }),
    mayAcknowledge: loan.status === "DIPINJAM" && borrowerId === user.id && borrowerAckAt === null,
  };
}

/** Documents of the user's agency that may be borrowed (still held), for the request form. */
export async function loanableDocuments(user: SessionUser): Promise<{ id: string; label: string }[]> {
  const db = await getDb();
  const agency = await agencyOf(db, user.unitPath);
  const docs = await db.controlledDocument.findMany({
    where: { agencyId: agency.id, status: { in: ["AKTIF", "DITARIK"] }, access: { not: "RAHASIA" } },
    orderBy: { code: "asc" }, take: 500, select: { id: true, code: true, title: true },
  });
  return docs.map((d) => ({ id: d.id, label: `${d.code} – ${d.title}` }));
}

/** Units of the borrowers the user may see (the register's unit filter). */
export async function loanUnitOptions(user: SessionUser): Promise<{ id: string; name: string; path: string }[]> {
  const db = await getDb();
  return db.unit.findMany({ where: { borrowerLoans: { some: readableLoanWhere(user) } }, orderBy: { path: "asc" }, select: { id: true, name: true, path: true } });
}
