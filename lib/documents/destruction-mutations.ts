import "server-only";
// Writes of the Berita Acara Pemusnahan: the proposal (which documents), its approval through the
// engine, and its execution, which purges the listed documents' content in the same transaction:
// every revision's file (the Attachment row, through lib/attachments), text and SOP content go, the
// document and revision rows stay as the record (DIMUSNAHKAN, purgedAt) and their copies are withdrawn.
import { actorOf, recordActivity } from "../activity/record";
import { deleteAttachments } from "../attachments/store";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, Prisma, type Tx } from "../db";
import { conflict, DomainError, notFound, ruleBroken, staleRecord } from "../errors";
import { approvalNotices } from "../notifications/approval-notices";
import { localDate } from "../org/time-zones";
import { formatCalendarDate } from "../utils/format";
import { runTransition, versionedWrite, type WorkflowStore } from "../workflow/run";
import { PENDING_REVISION_STATUSES, type DestructionStatus } from "./constants";
import { withdrawAllCopies } from "./distribution-mutations";
import { EDITABLE_DESTRUCTION_STATUSES, formatDestructionNumber } from "./destruction-rules";
import type { DestructionExecuteValues, DestructionProposalValues, DestructionUpdateValues } from "./destruction-schema";
import { DESTRUCTION_WORKFLOW, type DestructionRecord, type DestructionTransition } from "./destruction-workflow";
import { RETENTION_OPEN_STATUSES } from "./retention-rules";
import { selfApprovalAllowedAt } from "../org/self-approval-data";

export const destructionHref = (id: string) => `/documents/retention/destructions/${encodeURIComponent(id)}`;

async function loadAgency(tx: Tx, agencyId: string) {
  const agency = await tx.unit.findUnique({ where: { id: agencyId }, select: { id: true, path: true, name: true, shortName: true, timeZone: true } });
  if (!agency) throw notFound("Perangkat Daerah");
  return agency;
}

async function nextDestructionNumber(tx: Tx, agency: { id: string; name: string; shortName: string | null }, year: number): Promise<string> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`destruction-number:${agency.id}:${year}`}))`;
  const prefix = formatDestructionNumber(agency.shortName ?? agency.name, year, 0).replace(/00$/, "");
  let sequence = (await tx.documentDestruction.count({ where: { agencyId: agency.id, number: { startsWith: prefix } } })) + 1;
  while (await tx.documentDestruction.findUnique({ where: { agencyId_number: { agencyId: agency.id, number: formatDestructionNumber(agency.shortName ?? agency.name, year, sequence) } }, select: { id: true } })) sequence++;
  return formatDestructionNumber(agency.shortName ?? agency.name, year, sequence);
}

/**
 * Every listed document may be destroyed under this BA: of its agency, still waiting for its final
 * disposition, disposition MUSNAH, retention ended by `today`, and in no other open BA.
 */
async function checkDocuments(tx: Tx, agencyId: string, ids: string[], destructionId: string | null, today: Date) {
  const docs = await tx.controlledDocument.findMany({
    where: { id: { in: ids } },
    select: { id: true, code: true, agencyId: true, status: true, finalDisposition: true, retentionEndsAt: true, destructionId: true },
  });
  if (docs.length !== ids.length || docs.some((d) => d.agencyId !== agencyId)) {
    throw ruleBroken("Usulan pemusnahan hanya memuat dokumen Perangkat Daerah ini.");
  }
  for (const d of docs) {
    if (!(RETENTION_OPEN_STATUSES as readonly string[]).includes(d.status)) throw ruleBroken(`Dokumen ${d.code} sudah dimusnahkan atau diserahkan.`);
    if (d.finalDisposition !== "MUSNAH") throw ruleBroken(`Dokumen ${d.code} berketerangan akhir permanen: diserahkan ke arsip provinsi, tidak dimusnahkan.`);
    if (!d.retentionEndsAt || d.retentionEndsAt.getTime() > today.getTime()) {
      const when = d.retentionEndsAt ? `berakhir ${formatCalendarDate(d.retentionEndsAt)}` : "belum berjalan";
      throw ruleBroken(`Masa retensi dokumen ${d.code} belum berakhir (${when}), sehingga belum dapat diusulkan musnah.`);
    }
    if (d.destructionId && d.destructionId !== destructionId) throw conflict(`Dokumen ${d.code} sudah masuk usulan pemusnahan lain.`);
  }
  await refuseLentDocuments(tx, ids, "dimusnahkan");
  return docs;
}

/** An archive that is requested or out on loan is not in the archive: it can be neither destroyed nor handed over. */
export async function refuseLentDocuments(tx: Tx, documentIds: string[], act: string): Promise<void> {
  const lent = await tx.archiveLoan.findFirst({
    where: { documentId: { in: documentIds }, status: { in: ["DIAJUKAN", "DIPINJAM"] } },
    select: { agendaNo: true, status: true, document: { select: { code: true } } },
  });
  if (lent) {
    const state = lent.status === "DIPINJAM" ? "sedang dipinjam" : "sedang diajukan untuk dipinjam";
    throw ruleBroken(`Arsip dokumen ${lent.document?.code ?? ""} ${state} (${lent.agendaNo}), sehingga belum dapat ${act}.`);
  }
}

/** Links the documents to the BA; one already taken by another BA meanwhile is a conflict. */
async function linkDocuments(tx: Tx, destructionId: string, ids: string[]) {
  await tx.controlledDocument.updateMany({ where: { id: { in: ids }, destructionId: null }, data: { destructionId } });
  const linked = await tx.controlledDocument.count({ where: { id: { in: ids }, destructionId } });
  if (linked !== ids.length) throw conflict("Sebagian dokumen sudah masuk usulan pemusnahan lain. Muat ulang halaman.");
}

export async function proposeDestruction(user: SessionUser, values: DestructionProposalValues, now: Date = new Date()): Promise<{ id: string; number: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const agency = await loadAgency(tx, values.agencyId);
    authorize(user, "document.manage", { unitPath: agency.path });
    const ids = [...new Set(values.documentIds)];
    const today = localDate(now, agency.timeZone);
    const docs = await checkDocuments(tx, agency.id, ids, null, today);
    const number = await nextDestructionNumber(tx, agency, today.getUTCFullYear());
    const created = await tx.documentDestruction.create({
      data: { agencyId: agency.id, number, note: values.note, createdById: user.id, lastEditedById: user.id },
      select: { id: true, number: true },
    });
    await linkDocuments(tx, created.id, ids);
    await recordActivity(tx, {
      actor: actorOf(user), entity: "document_destruction", entityId: created.id, action: "create",
      after: { number, documents: docs.map((d) => d.code).sort(), note: values.note },
    });
    return created;
  });
}

export async function updateDestruction(user: SessionUser, values: DestructionUpdateValues, now: Date = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "DocumentDestruction" WHERE "id" = ${values.id} FOR UPDATE`;
    const ba = await tx.documentDestruction.findUnique({
      where: { id: values.id },
      select: { id: true, version: true, status: true, agencyId: true, note: true, documents: { select: { id: true, code: true } } },
    });
    if (!ba) throw notFound("Berita acara pemusnahan");
    const agency = await loadAgency(tx, ba.agencyId);
    authorize(user, "document.manage", { unitPath: agency.path });
    if (ba.version !== values.version) throw staleRecord();
    if (!(EDITABLE_DESTRUCTION_STATUSES as readonly string[]).includes(ba.status)) throw ruleBroken("Daftar dokumen hanya dapat diubah selama usulan masih draf atau dikembalikan.");
    const ids = [...new Set(values.documentIds)];
    const docs = await checkDocuments(tx, agency.id, ids, ba.id, localDate(now, agency.timeZone));
    const { count } = await tx.documentDestruction.updateMany({
      where: { id: ba.id, version: values.version, status: ba.status },
      data: { note: values.note, lastEditedById: user.id, version: { increment: 1 } },
    });
    if (count === 0) throw staleRecord();
    await tx.controlledDocument.updateMany({ where: { destructionId: ba.id, id: { notIn: ids } }, data: { destructionId: null } });
    await linkDocuments(tx, ba.id, ids);
    await recordActivity(tx, {
      actor: actorOf(user), entity: "document_destruction", entityId: ba.id, action: "update",
      before: { documents: ba.documents.map((d) => d.code).sort(), note: ba.note },
      after: { documents: docs.map((d) => d.code).sort(), note: values.note },
    });
  });
}

async function loadRecord(tx: Tx, id: string): Promise<DestructionRecord | null> {
  const ba = await tx.documentDestruction.findUnique({
    where: { id },
    select: { id: true, version: true, status: true, number: true, agencyId: true, submittedById: true, lastEditedById: true, agency: { select: { path: true } } },
  });
  if (!ba) return null;
  const { agency, ...rest } = ba;
  const selfApprovalAllowed = await selfApprovalAllowedAt(tx, agency.path);
  return { ...rest, unitPath: agency.path, selfApprovalAllowed };
}

const notices = approvalNotices<DestructionRecord>({
  events: { submit: "document_destruction_submitted", approve: "document_destruction_decided", return: "document_destruction_decided" },
  approvePermission: "document.destruction.approve",
  subject: async (_tx, record) => ({
    entity: { type: "document_destruction", id: record.id },
    href: destructionHref(record.id),
    name: `Usulan pemusnahan ${record.number}`,
  }),
});

const destructionStore: WorkflowStore<DestructionStatus, DestructionRecord, DestructionTransition> = {
  table: "DocumentDestruction",
  load: loadRecord,
  write: versionedWrite((tx, args) => tx.documentDestruction.updateMany(args as never)),
  notices,
  after: {
    // A discarded proposal lets its documents go back to the "usul musnah" list.
    async discard(tx, { record }) {
      await tx.controlledDocument.updateMany({ where: { destructionId: record.id }, data: { destructionId: null } });
    },
  },
};

export async function transitionDestruction(
  user: SessionUser,
  input: { id: string; version: number; transition: DestructionTransition; note: string | null },
): Promise<void> {
  const db = await getDb();
  await db.$transaction((tx) => runTransition(tx, DESTRUCTION_WORKFLOW, destructionStore, user, input));
}

/** "Laksanakan pemusnahan": records the execution and purges every listed document, in one transaction. */
export async function executeDestruction(user: SessionUser, values: DestructionExecuteValues, now: Date = new Date()): Promise<{ purged: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "DocumentDestruction" WHERE "id" = ${values.id} FOR UPDATE`;
    const ba = await tx.documentDestruction.findUnique({
      where: { id: values.id },
      select: { id: true, version: true, status: true, number: true, agencyId: true, documents: { select: { id: true, code: true, status: true, version: true } } },
    });
    if (!ba) throw notFound("Berita acara pemusnahan");
    const agency = await loadAgency(tx, ba.agencyId);
    authorize(user, "document.manage", { unitPath: agency.path });
    if (ba.version !== values.version) throw staleRecord();
    if (ba.status !== "DISETUJUI") throw ruleBroken("Pemusnahan hanya dilaksanakan setelah usulannya disetujui pimpinan.");
    const destroyedOn = new Date(`${values.destroyedOn}T00:00:00.000Z`);
    if (destroyedOn.getTime() > localDate(now, agency.timeZone).getTime()) {
      throw new DomainError("INVALID", "Tanggal pemusnahan tidak boleh di masa depan.", { destroyedOn: ["Tanggal pemusnahan tidak boleh di masa depan."] });
    }
    if (ba.documents.length === 0) throw ruleBroken("Berita acara ini tidak memuat dokumen.");
    if (ba.documents.some((d) => !(RETENTION_OPEN_STATUSES as readonly string[]).includes(d.status))) {
      throw ruleBroken("Sebagian dokumen dalam daftar sudah dimusnahkan atau diserahkan.");
    }
    // Checked again at the execution: retention ended, disposition musnah, nothing out on loan.
    await checkDocuments(tx, ba.agencyId, ba.documents.map((d) => d.id), ba.id, localDate(now, agency.timeZone));
    const witnesses = values.witnesses.map((w) => ({ name: w.name, nip: w.nip, position: w.position }));
    const { count } = await tx.documentDestruction.updateMany({
      where: { id: ba.id, version: values.version, status: "DISETUJUI" },
      data: {
        status: "DILAKSANAKAN", destroyedOn, method: values.method, place: values.place, witnesses,
        executedAt: now, executedById: user.id, version: { increment: 1 },
      },
    });
    if (count === 0) throw staleRecord();

    const ids = ba.documents.map((d) => d.id);
    const revisions = await tx.documentRevision.findMany({ where: { documentId: { in: ids } }, select: { id: true, documentId: true, revisionNo: true, fileId: true } });
    const fileIds = revisions.flatMap((r) => (r.fileId ? [r.fileId] : []));
    // A file another document's revision still uses (never expected) stays.
    const shared = fileIds.length === 0 ? [] : await tx.documentRevision.findMany({
      where: { fileId: { in: fileIds }, documentId: { notIn: ids } }, select: { fileId: true },
    });
    const keep = new Set(shared.map((s) => s.fileId));
    // Nothing of a destroyed document stays in force or pending (a record is destroyed while in use).
    await tx.documentRevision.updateMany({ where: { documentId: { in: ids }, status: "BERLAKU" }, data: { status: "KADALUARSA", obsoleteAt: now } });
    await tx.documentRevision.updateMany({ where: { documentId: { in: ids }, status: { in: [...PENDING_REVISION_STATUSES] } }, data: { status: "DIBATALKAN" } });
    await tx.documentRevision.updateMany({
      where: { documentId: { in: ids } },
      data: { fileId: null, text: null, sopContent: Prisma.DbNull, purgedAt: now, version: { increment: 1 } },
    });
    await deleteAttachments(tx, fileIds.filter((id) => !keep.has(id)));
    const actor = { id: user.id, name: user.name };
    for (const doc of ba.documents) {
      const { count: changed } = await tx.controlledDocument.updateMany({
        where: { id: doc.id, destructionId: ba.id, status: { in: [...RETENTION_OPEN_STATUSES] } },
        data: { status: "DIMUSNAHKAN", version: { increment: 1 } },
      });
      if (changed === 0) throw staleRecord();
      await withdrawAllCopies(tx, { documentId: doc.id, note: `Dimusnahkan dengan ${ba.number}.`, actor, now });
      const revisionNos = revisions.filter((r) => r.documentId === doc.id).map((r) => r.revisionNo).sort((a, b) => a - b);
      await recordActivity(tx, {
        actor: actorOf(user), entity: "document", entityId: doc.id, action: "purge",
        before: { status: doc.status }, after: { status: "DIMUSNAHKAN", destruction: ba.number, revisionsPurged: revisionNos },
      });
    }
    await recordActivity(tx, {
      actor: actorOf(user), entity: "document_destruction", entityId: ba.id, action: "destroy",
      before: { status: "DISETUJUI" },
      after: { status: "DILAKSANAKAN", destroyedOn: values.destroyedOn, method: values.method, place: values.place, witnesses, documents: ba.documents.map((d) => d.code).sort() },
    });
    return { purged: ba.documents.length };
  });
}
