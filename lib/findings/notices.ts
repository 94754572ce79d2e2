// Who is told about a temuan (lib/notifications): the unit's auditees when it is raised or a
// dispute is decided; the deciders (the audit's lead auditor, or the agency's manajer mutu for a
// finding outside an audit) when it is disputed. The actor is never told (notify drops them).
// No "server-only": raiseFinding runs in seeds too.
import type { Tx } from "../db";
import type { Notice, NoticeOf } from "../notifications/approval-notices";
import { holdersOfRolesAt } from "../notifications/recipients";
import { FINDING_CATEGORY_LABELS, type FindingCategory } from "./constants";
import type { FindingRecord, FindingTransition } from "./workflow";

const hrefOf = (id: string) => `/findings/${encodeURIComponent(id)}`;

/** The AUDITEE holders of the finding's unit (a grant above the unit covers it). */
export const auditeesOf = (tx: Tx, unitPath: string) => holdersOfRolesAt(tx, ["AUDITEE"], unitPath);

export async function findingRaisedNotice(tx: Tx, f: { id: string; number: string; category: FindingCategory; statement: string; unitPath: string }): Promise<Notice> {
  return {
    event: "finding_raised", entity: { type: "finding", id: f.id }, href: hrefOf(f.id),
    recipientIds: await auditeesOf(tx, f.unitPath),
    title: `Temuan ${f.number} (${FINDING_CATEGORY_LABELS[f.category]}) untuk unit Anda`,
    body: `${f.statement} Terima atau sanggah temuan ini.`,
  };
}

async function numberOf(tx: Tx, id: string) {
  return (await tx.finding.findUniqueOrThrow({ where: { id }, select: { number: true } })).number;
}

const decided: NoticeOf<FindingRecord> = async (tx, { user, record, note }) => {
  const f = await tx.finding.findUniqueOrThrow({ where: { id: record.id }, select: { number: true, status: true, category: true } });
  const outcome = f.status === "DICABUT" ? "dicabut" : `dikukuhkan sebagai ${FINDING_CATEGORY_LABELS[f.category]}`;
  return {
    event: "finding_decided", entity: { type: "finding", id: record.id }, href: hrefOf(record.id),
    recipientIds: await auditeesOf(tx, record.unitPath),
    title: `Sanggahan temuan ${f.number}: temuan ${outcome}`,
    body: note ? `Keputusan ${user.name}: ${note}` : null,
  };
};

export const FINDING_NOTICES: Partial<Record<FindingTransition, NoticeOf<FindingRecord>>> = {
  async dispute(tx, { user, record, note }) {
    const deciders = record.auditId ? record.leadAuditorIds : await holdersOfRolesAt(tx, ["MANAJER_MUTU"], record.unitPath);
    return {
      event: "finding_disputed", entity: { type: "finding", id: record.id }, href: hrefOf(record.id),
      recipientIds: [...deciders],
      title: `Temuan ${await numberOf(tx, record.id)} disanggah, menunggu keputusan Anda`,
      body: note ? `Alasan ${user.name}: ${note}` : null,
    };
  },
  confirm: decided,
  reclassify_mayor: decided,
  reclassify_minor: decided,
  reclassify_observasi: decided,
  withdraw: decided,
};
