import "server-only";
import { mayReadDocument } from "./access";
// Writes of the lending register: a request (written in the agenda pinjam dokumen at once), the
// arsiparis issuing it with a kartu kendali or refusing it, the borrower's receipt and the return.
import { actorOf, recordActivity } from "../activity/record";
import { authorize, can } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Tx } from "../db";
import { conflict, DomainError, forbidden, notFound, ruleBroken, staleRecord } from "../errors";
import { notify } from "../notifications/notify";
import { holdersOfPermission } from "../notifications/recipients";
import { agencyOf } from "../org/agency";
import { localDate } from "../org/time-zones";
import { formatCalendarDate } from "../utils/format";
import { runTransition, versionedWrite, type WorkflowStore } from "../workflow/run";
import type { ArchiveLoanStatus } from "./constants";
import { formatAgendaNumber } from "./loan-rules";
import type { LoanAcknowledgeValues, LoanIssueValues, LoanRequestValues } from "./loan-schema";
import { LOAN_WORKFLOW, type LoanRecord, type LoanTransition } from "./loan-workflow";

export const loanHref = (id: string) => `/documents/loans/${encodeURIComponent(id)}`;
const entityOf = (id: string) => ({ type: "archive_loan", id });

async function nextAgendaNumber(tx: Tx, agency: { id: string; name: string; shortName: string | null }, year: number): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`loan-agenda:${agency.id}:${year}`}))`;
  const prefix = formatAgendaNumber(agency.shortName ?? agency.name, year, 0).replace(/000$/, "");
  let sequence = (await tx.archiveLoan.count({ where: { agencyId: agency.id, agendaNo: { startsWith: prefix } } })) + 1;
  // A number written by hand (or a gap) is skipped, never reused.
  while (await tx.archiveLoan.findUnique({ where: { agencyId_agendaNo: { agencyId: agency.id, agendaNo: formatAgendaNumber(agency.shortName ?? agency.name, year, sequence) } }, select: { id: true } })) sequence++;
  return formatAgendaNumber(agency.shortName ?? agency.name, year, sequence);
}

export async function requestLoan(user: SessionUser, values: LoanRequestValues, now: Date = new Date()): Promise<{ id: string; agendaNo: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    authorize(user, "archive.loan.request", { unitPath: user.unitPath });
    const agency = await agencyOf(tx, user.unitPath);
    const agencyRow = await tx.unit.findUniqueOrThrow({ where: { id: agency.id }, select: { timeZone: true } });
    let archiveTitle = values.archiveTitle;
    if (values.documentId) {
      const doc = await tx.controlledDocument.findUnique({
        where: { id: values.documentId },
        select: {
          code: true, title: true, agencyId: true, status: true, access: true, unit: { select: { path: true } }, agency: { select: { path: true } },
          acknowledgments: { where: { userId: user.id, distribution: { withdrawnAt: null } }, select: { id: true }, take: 1 },
        },
      });
      // One answer for a document of another agency and one the borrower may not read: its existence is not revealed.
      const readable = doc && mayReadDocument(user, { access: doc.access, unitPath: doc.unit.path, agencyPath: doc.agency.path, isRecipient: doc.acknowledgments.length > 0 });
      if (!doc || doc.agencyId !== agency.id || !readable) throw ruleBroken("Dokumen yang dipinjam harus dokumen Perangkat Daerah Anda.");
      if (doc.access === "RAHASIA") throw ruleBroken(`Arsip ${doc.code} berklasifikasi rahasia dan tidak dipinjamkan melalui portal; hubungi arsiparis.`);
      if (doc.status === "DIMUSNAHKAN" || doc.status === "DISERAHKAN") throw ruleBroken(`Arsip ${doc.code} sudah dimusnahkan atau diserahkan ke arsip provinsi.`);
      archiveTitle ??= `${doc.code} ${doc.title}`;
    }
    const agendaNo = await nextAgendaNumber(tx, agency, localDate(now, agencyRow.timeZone).getUTCFullYear());
    const loan = await tx.archiveLoan.create({
      data: {
        agencyId: agency.id, documentId: values.documentId, archiveTitle: archiveTitle as string, agendaNo,
        borrowerId: user.id, borrowerUnitId: user.unitId, purpose: values.purpose, requestedAt: now,
      },
      select: { id: true, agendaNo: true },
    });
    await recordActivity(tx, {
      actor: actorOf(user), entity: "archive_loan", entityId: loan.id, action: "create",
      after: { agendaNo, archiveTitle, documentId: values.documentId, purpose: values.purpose },
    });
    await notify(tx, {
      event: "archive_loan_requested", entity: entityOf(loan.id), href: loanHref(loan.id), actorId: user.id,
      recipientIds: await holdersOfPermission(tx, "archive.loan.manage", agency.path),
      title: `Permintaan peminjaman arsip ${agendaNo}: ${archiveTitle}`,
      body: `Diajukan oleh ${user.name}. Keperluan: ${values.purpose}`,
    });
    return loan;
  });
}

async function lockLoan(tx: Tx, id: string) {
  await tx.$executeRaw`SELECT 1 FROM "ArchiveLoan" WHERE "id" = ${id} FOR UPDATE`;
  const loan = await tx.archiveLoan.findUnique({
    where: { id },
    select: {
      id: true, version: true, status: true, agendaNo: true, archiveTitle: true, borrowerId: true, borrowerAckAt: true, dueDate: true,
      agency: { select: { id: true, path: true, timeZone: true } },
    },
  });
  if (!loan) throw notFound("Peminjaman arsip");
  return loan;
}

/** The arsiparis hands the archive out: kartu kendali, date out and due date. */
export async function issueLoan(user: SessionUser, values: LoanIssueValues, now: Date = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const loan = await lockLoan(tx, values.id);
    authorize(user, "archive.loan.manage", { unitPath: loan.agency.path });
    if (loan.version !== values.version) throw staleRecord();
    if (loan.status !== "DIAJUKAN") throw ruleBroken("Hanya permintaan yang masih diajukan yang dapat dilayani.");
    const outDate = new Date(`${values.outDate}T00:00:00.000Z`);
    const dueDate = new Date(`${values.dueDate}T00:00:00.000Z`);
    if (outDate.getTime() > localDate(now, loan.agency.timeZone).getTime()) {
      throw new DomainError("INVALID", "Tanggal keluar tidak boleh di masa depan.", { outDate: ["Tanggal keluar tidak boleh di masa depan."] });
    }
    const taken = await tx.archiveLoan.findFirst({ where: { agencyId: loan.agency.id, controlCardNo: values.controlCardNo, id: { not: loan.id } }, select: { agendaNo: true } });
    if (taken) throw conflict(`Nomor kartu kendali ${values.controlCardNo} sudah dipakai peminjaman ${taken.agendaNo}.`, "controlCardNo");
    const { count } = await tx.archiveLoan.updateMany({
      where: { id: loan.id, version: values.version, status: "DIAJUKAN" },
      data: { status: "DIPINJAM", controlCardNo: values.controlCardNo, outAt: outDate, dueDate, issuedById: user.id, version: { increment: 1 } },
    });
    if (count === 0) throw staleRecord();
    await recordActivity(tx, {
      actor: actorOf(user), entity: "archive_loan", entityId: loan.id, action: "lend",
      before: { status: "DIAJUKAN" }, after: { status: "DIPINJAM", controlCardNo: values.controlCardNo, outDate: values.outDate, dueDate: values.dueDate },
    });
    await notify(tx, {
      event: "archive_loan_decided", entity: entityOf(loan.id), href: loanHref(loan.id), actorId: user.id, recipientIds: [loan.borrowerId],
      title: `Arsip ${loan.agendaNo} siap diambil: ${loan.archiveTitle}`,
      body: `Kembalikan paling lambat ${formatCalendarDate(dueDate)}. Nyatakan arsip diterima di Portal Mutu setelah Anda menerimanya.`,
    });
  });
}

/** The borrower states having received the archive (the signature in the agenda dokumen keluar). */
export async function acknowledgeLoan(user: SessionUser, values: LoanAcknowledgeValues, now: Date = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const loan = await lockLoan(tx, values.id);
    if (loan.borrowerId !== user.id) throw forbidden("Hanya peminjam yang menyatakan arsip diterima.");
    if (loan.version !== values.version) throw staleRecord();
    if (loan.status !== "DIPINJAM") throw ruleBroken("Hanya arsip yang sudah diserahkan kepada Anda yang dapat dinyatakan diterima.");
    if (loan.borrowerAckAt) throw ruleBroken("Penerimaan arsip ini sudah Anda nyatakan.");
    const { count } = await tx.archiveLoan.updateMany({
      where: { id: loan.id, version: values.version, status: "DIPINJAM", borrowerAckAt: null },
      data: { borrowerAckAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw staleRecord();
    await recordActivity(tx, { actor: actorOf(user), entity: "archive_loan", entityId: loan.id, action: "acknowledge", after: { borrowerAckAt: now } });
  });
}

const loanStore: WorkflowStore<ArchiveLoanStatus, LoanRecord, LoanTransition> = {
  table: "ArchiveLoan",
  async load(tx, id) {
    const loan = await tx.archiveLoan.findUnique({
      where: { id }, select: { id: true, version: true, status: true, agendaNo: true, archiveTitle: true, borrowerId: true, agency: { select: { path: true } } },
    });
    if (!loan) return null;
    const { agency, ...rest } = loan;
    return { ...rest, unitPath: agency.path };
  },
  write: versionedWrite((tx, args) => tx.archiveLoan.updateMany(args as never)),
  notices: {
    async refuse(_tx, { record, note, user }) {
      return {
        event: "archive_loan_decided", entity: entityOf(record.id), href: loanHref(record.id), recipientIds: [record.borrowerId],
        title: `Permintaan peminjaman arsip ${record.agendaNo} ditolak`,
        body: `Alasan dari ${user.name}: ${note ?? "-"}`,
      };
    },
  },
};

export async function transitionLoan(user: SessionUser, input: { id: string; version: number; transition: LoanTransition; note: string | null }): Promise<void> {
  const db = await getDb();
  await db.$transaction((tx) => runTransition(tx, LOAN_WORKFLOW, loanStore, user, input));
}

/** May this user see the loan (its borrower, or the arsiparis of its agency)? */
export function mayReadLoan(user: SessionUser, loan: { borrowerId: string; agencyPath: string }): boolean {
  return loan.borrowerId === user.id || can(user, "archive.loan.manage", { unitPath: loan.agencyPath });
}
