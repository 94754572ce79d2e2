// Who is told about a tindakan perbaikan (lib/notifications): a submitted plan → its approvers
// (the unit's manajer mutu and the audit's lead auditor); approved or returned → the unit's
// auditees; reported done → the verifiers (manajer mutu, lead auditor) who did not implement it; verified → the auditees and
// whoever raised the finding. The actor is never told (notify drops them).
import type { Tx } from "../db";
import { FINDING_CATEGORY_LABELS } from "../findings/constants";
import { auditeesOf } from "../findings/notices";
import type { Notice, NoticeOf } from "../notifications/approval-notices";
import { holdersOfRolesAt } from "../notifications/recipients";
import type { CaRecord, CaTransition } from "./workflow";

async function subject(tx: Tx, record: CaRecord) {
  const f = await tx.finding.findUniqueOrThrow({ where: { id: record.findingId }, select: { number: true, category: true, raisedById: true } });
  return {
    entity: { type: "corrective_action", id: record.id }, href: `/corrective-actions/${encodeURIComponent(record.id)}`,
    name: `Tindakan perbaikan temuan ${f.number} (${FINDING_CATEGORY_LABELS[f.category]}, putaran ${record.round})`,
    raisedById: f.raisedById,
  };
}

function toAuditees(event: Notice["event"], title: (name: string) => string, withNote: string): NoticeOf<CaRecord> {
  return async (tx, { user, record, note }) => {
    const s = await subject(tx, record);
    return {
      event, entity: s.entity, href: s.href, recipientIds: await auditeesOf(tx, record.unitPath),
      title: title(s.name), body: note ? `${withNote} ${user.name}: ${note}` : `Oleh ${user.name}.`,
    };
  };
}

function verified(effective: boolean): NoticeOf<CaRecord> {
  return async (tx, { user, record, note }) => {
    const s = await subject(tx, record);
    return {
      event: "corrective_action_verified", entity: s.entity, href: s.href,
      recipientIds: [...(await auditeesOf(tx, record.unitPath)), ...(s.raisedById ? [s.raisedById] : [])],
      title: effective ? `${s.name} efektif; temuan ditutup` : `${s.name} tidak efektif; putaran baru dibuka`,
      body: note ? `Catatan verifikasi ${user.name}: ${note}` : `Diverifikasi oleh ${user.name}.`,
    };
  };
}

export const CA_NOTICES: Partial<Record<CaTransition, NoticeOf<CaRecord>>> = {
  async submit(tx, { user, record }) {
    const s = await subject(tx, record);
    return {
      event: "corrective_action_submitted", entity: s.entity, href: s.href,
      recipientIds: [...(await holdersOfRolesAt(tx, ["MANAJER_MUTU"], record.unitPath)), ...record.leadAuditorIds],
      title: `${s.name} menunggu persetujuan Anda`, body: `Diajukan oleh ${user.name}.`,
    };
  },
  approve: toAuditees("corrective_action_approved", (name) => `Rencana ${name} disetujui`, "Catatan"),
  return: toAuditees("corrective_action_returned", (name) => `Rencana ${name} dikembalikan untuk diperbaiki`, "Catatan"),
  async complete(tx, { user, record }) {
    const s = await subject(tx, record);
    // Few and right: the unit's manajer mutu and the audit's lead auditor, not every auditor of the agency.
    const verifiers = [...(await holdersOfRolesAt(tx, ["MANAJER_MUTU"], record.unitPath)), ...record.leadAuditorIds];
    return {
      event: "corrective_action_done", entity: s.entity, href: s.href,
      recipientIds: verifiers.filter((id) => !record.implementerIds.includes(id)),
      title: `${s.name} telah dilaksanakan dan menunggu verifikasi`, body: `Dilaporkan oleh ${user.name}.`,
    };
  },
  verify_effective: verified(true),
  verify_not_effective: verified(false),
};
