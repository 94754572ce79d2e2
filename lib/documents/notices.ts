// Who hears of the revision workflow: the checkers of the unit when a revision is submitted, the
// approvers (pimpinan over the unit and the delegated approver) when it is checked, the author
// when it is returned or approved. In the transition's transaction (lib/workflow/run.ts).
import type { Tx } from "../db";
import type { NoticeOf } from "../notifications/approval-notices";
import { holdersOfPermission, holdersOfRolesAt } from "../notifications/recipients";
import type { RevisionTransition } from "./workflow";
import type { DocumentRevisionRecord } from "./workflow";

async function subject(tx: Tx, record: DocumentRevisionRecord) {
  const doc = await tx.controlledDocument.findUniqueOrThrow({ where: { id: record.documentId }, select: { id: true, code: true, title: true } });
  return { entity: { type: "document", id: doc.id }, href: `/documents/${doc.id}`, name: `Revisi ${record.revisionNo} dokumen ${doc.code} ${doc.title}` };
}

const authorOf = (record: DocumentRevisionRecord) => [record.createdById ?? "", record.submittedById ?? ""];

export const revisionNotices: Partial<Record<RevisionTransition, NoticeOf<DocumentRevisionRecord>>> = {
  async submit(tx, { user, record }) {
    const s = await subject(tx, record);
    return {
      event: "document_submitted", entity: s.entity, href: s.href,
      recipientIds: await holdersOfPermission(tx, "document.check", record.unitPath),
      title: `${s.name} menunggu pemeriksaan Anda`, body: `Diajukan oleh ${user.name}.`,
    };
  },
  async check(tx, { user, record }) {
    const s = await subject(tx, record);
    const leaders = await holdersOfRolesAt(tx, ["PIMPINAN"], record.unitPath);
    return {
      event: "document_checked", entity: s.entity, href: s.href,
      recipientIds: [...leaders, record.delegateApproverId ?? ""],
      title: `${s.name} menunggu pengesahan Anda`, body: `Diperiksa oleh ${user.name}.`,
    };
  },
  async return_check(tx, { user, record, note }) {
    const s = await subject(tx, record);
    return {
      event: "document_returned", entity: s.entity, href: s.href, recipientIds: authorOf(record),
      title: `${s.name} dikembalikan untuk diperbaiki`, body: note ? `Catatan ${user.name}: ${note}` : null,
    };
  },
  async return(tx, { user, record, note }) {
    const s = await subject(tx, record);
    return {
      event: "document_returned", entity: s.entity, href: s.href, recipientIds: authorOf(record),
      title: `${s.name} dikembalikan untuk diperbaiki`, body: note ? `Catatan ${user.name}: ${note}` : null,
    };
  },
  async approve(tx, { user, record }) {
    const s = await subject(tx, record);
    return {
      event: "document_approved", entity: s.entity, href: s.href, recipientIds: authorOf(record),
      title: `${s.name} disahkan`, body: `Disahkan oleh ${user.name}.`,
    };
  },
};
