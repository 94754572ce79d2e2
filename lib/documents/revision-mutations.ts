import "server-only";
// Revisions of a controlled document (form perubahan dokumen): start one with a file and/or text,
// edit it while DRAF/DIKEMBALIKAN, and move it through the workflow. Approval with an effective
// date today or earlier brings it into force in the same transaction.
import { actorOf, recordActivity } from "../activity/record";
import { checkEvidence, deleteAttachment, storeAttachment, type UploadedFile } from "../attachments/store";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Tx } from "../db";
import { conflict, DomainError, notFound, ruleBroken, staleRecord } from "../errors";
import { localDate } from "../org/time-zones";
import { runTransition, versionedWrite, type WorkflowStore } from "../workflow/run";
import { DOCUMENT_FILE_KINDS, DOCUMENT_FILE_MAX_BYTES, PENDING_REVISION_STATUSES, type DocumentRevisionStatus } from "./constants";
import { approvalSettingsOf } from "./data";
import { makeRevisionEffective } from "./effective-mutations";
import { revisionNotices } from "./notices";
import { nextRevisionNo, takesEffectOn } from "./rules";
import type { RevisionFormValues } from "./schema";
import { DOCUMENT_REVISION_WORKFLOW, type DocumentRevisionRecord, type RevisionTransition } from "./workflow";

const EDITABLE: DocumentRevisionStatus[] = ["DRAF", "DIKEMBALIKAN"];

/** The file checks with the register's words ("berkas dokumen"), on the form's `file` field. */
export function checkDocumentFile(file: UploadedFile): void {
  try {
    checkEvidence(file, DOCUMENT_FILE_MAX_BYTES, DOCUMENT_FILE_KINDS);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const message = error.message.startsWith("Jenis")
      ? "Berkas dokumen harus PDF, DOCX atau XLSX, dan isinya sesuai dengan ekstensinya."
      : error.message.replace("Berkas bukti", "Berkas dokumen");
    throw new DomainError("INVALID", message, { file: [message] });
  }
}

const day = (v: string) => new Date(`${v}T00:00:00Z`);

async function documentOf(tx: Tx, id: string) {
  const doc = await tx.controlledDocument.findUnique({
    where: { id },
    select: { id: true, version: true, status: true, code: true, sopId: true, unit: { select: { path: true } } },
  });
  if (!doc) throw notFound("Dokumen");
  return doc;
}

/** Starts the next revision (revisionNo null) or edits the pending draft. */
export async function saveRevision(
  user: SessionUser,
  values: RevisionFormValues,
  file: UploadedFile | null,
): Promise<{ revisionNo: number }> {
  // Checked before the transaction: a refused file writes nothing.
  if (file) checkDocumentFile(file);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const doc = await documentOf(tx, values.documentId);
    authorize(user, "document.manage", { unitPath: doc.unit.path });
    if (doc.status !== "AKTIF") throw ruleBroken("Dokumen yang sudah ditarik, dimusnahkan atau diserahkan tidak dapat direvisi.");
    await tx.$executeRaw`SELECT 1 FROM "ControlledDocument" WHERE "id" = ${doc.id} FOR UPDATE`;
    const content = {
      changeReason: values.changeReason, changedParts: values.changedParts, text: values.text,
      effectiveDate: values.effectiveDate ? day(values.effectiveDate) : null,
    };
    let revisionNo: number;
    if (values.revisionNo === null) {
      if (doc.version !== values.version) throw staleRecord();
      const pending = await tx.documentRevision.findFirst({ where: { documentId: doc.id, status: { in: [...PENDING_REVISION_STATUSES] } }, select: { revisionNo: true } });
      if (pending) throw conflict(`Dokumen ini sudah memiliki revisi ${pending.revisionNo} yang belum berlaku. Lanjutkan revisi itu.`);
      // The content of an SOP AP lives in the catalogue: its revisions start from the SOP's edit form.
      if (doc.sopId) throw ruleBroken("Revisi SOP AP disusun dari halaman SOP di katalog (Ubah SOP), lalu diperiksa dan disahkan di sini.");
      if (!file && !values.text) throw new DomainError("INVALID", "Unggah berkas dokumen atau tuliskan isinya.", { file: ["Unggah berkas dokumen atau tuliskan isinya."] });
      const last = await tx.documentRevision.aggregate({ where: { documentId: doc.id }, _max: { revisionNo: true } });
      revisionNo = nextRevisionNo(last._max.revisionNo);
      const fileId = file ? await storeAttachment(tx, file, user.id, DOCUMENT_FILE_KINDS) : null;
      await tx.documentRevision.create({
        data: {
          documentId: doc.id, revisionNo, status: "DRAF", ...content, fileId,
          requestedById: user.id, requestedBy: user.name, createdById: user.id, lastEditedById: user.id,
        },
      });
      // The document's version moves too: a second "new revision" form opened before is stale.
      await tx.controlledDocument.update({ where: { id: doc.id }, data: { version: { increment: 1 } } });
    } else {
      const revision = await tx.documentRevision.findUnique({
        where: { documentId_revisionNo: { documentId: doc.id, revisionNo: values.revisionNo } },
        select: { id: true, status: true, version: true, fileId: true, text: true, sopContent: true },
      });
      if (!revision) throw notFound("Revisi dokumen");
      if (!EDITABLE.includes(revision.status)) throw ruleBroken("Revisi yang sudah diajukan atau selesai tidak dapat diubah.");
      if (revision.version !== values.version) throw staleRecord();
      if (!file && !values.text && !revision.fileId && revision.sopContent === null) throw new DomainError("INVALID", "Unggah berkas dokumen atau tuliskan isinya.", { file: ["Unggah berkas dokumen atau tuliskan isinya."] });
      const fileId = file ? await storeAttachment(tx, file, user.id, DOCUMENT_FILE_KINDS) : revision.fileId;
      const { count } = await tx.documentRevision.updateMany({
        where: { id: revision.id, version: values.version, status: { in: EDITABLE } },
        data: { ...content, fileId, lastEditedById: user.id, version: { increment: 1 } },
      });
      if (count === 0) throw staleRecord();
      // The replaced file is not part of any revision any more: it goes (a destruction could not reach it).
      if (file && revision.fileId) await deleteAttachment(tx, revision.fileId);
      revisionNo = values.revisionNo;
    }
    await recordActivity(tx, {
      actor: actorOf(user), entity: "document", entityId: doc.id, action: "revise", reason: values.changeReason,
      after: { revisionNo, changedParts: values.changedParts, effectiveDate: values.effectiveDate, file: file?.name ?? undefined },
    });
    return { revisionNo };
  });
}

async function loadRevisionRecord(tx: Tx, id: string): Promise<DocumentRevisionRecord | null> {
  const r = await tx.documentRevision.findUnique({
    where: { id },
    select: {
      id: true, version: true, status: true, documentId: true, revisionNo: true, effectiveDate: true,
      createdById: true, lastEditedById: true, submittedById: true, checkedById: true,
      document: { select: { agencyId: true, status: true, unit: { select: { path: true } } } },
    },
  });
  if (!r) return null;
  const { document, ...rest } = r;
  return { ...rest, unitPath: document.unit.path, documentStatus: document.status, ...(await approvalSettingsOf(tx, document.unit.path, document.agencyId)) };
}

const revisionStore: WorkflowStore<DocumentRevisionStatus, DocumentRevisionRecord, RevisionTransition> = {
  table: "DocumentRevision",
  load: loadRevisionRecord,
  write: versionedWrite((tx, args) => tx.documentRevision.updateMany(args as never)),
  activityOf: (record) => ({ entity: "document", entityId: record.documentId, detail: { revisionNo: record.revisionNo } }),
  notices: revisionNotices,
};

/** The agency's calendar date now (documents take effect by the owner agency's day). */
async function agencyToday(tx: Tx, documentId: string, now: Date): Promise<Date> {
  const doc = await tx.controlledDocument.findUniqueOrThrow({ where: { id: documentId }, select: { agency: { select: { timeZone: true } } } });
  return localDate(now, doc.agency.timeZone);
}

export async function transitionRevision(
  user: SessionUser,
  input: { id: string; version: number; transition: RevisionTransition; note: string | null },
  now = new Date(),
): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const record = await runTransition(tx, DOCUMENT_REVISION_WORKFLOW, revisionStore, user, input, now);
    if (input.transition !== "approve") return;
    const today = await agencyToday(tx, record.documentId, now);
    if (takesEffectOn(record.effectiveDate, today)) {
      await makeRevisionEffective(tx, { revisionId: record.id, actor: actorOf(user), now, effectiveDay: today });
    }
  });
}
