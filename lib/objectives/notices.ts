// Who hears of the approval workflows of sasaran mutu and kebijakan mutu (lib/notifications):
// the pimpinan when something waits for them, the submitter and the PIC when it is decided.
import type { Tx } from "../db";
import { approvalNotices } from "../notifications/approval-notices";
import type { ObjectiveRecord, ObjectiveRevisionRecord, PolicyRecord } from "./workflow";

async function objectiveSubject(tx: Tx, objectiveId: string) {
  const o = await tx.qualityObjective.findUniqueOrThrow({
    where: { id: objectiveId },
    select: { id: true, code: true, year: true, ownerId: true, unit: { select: { name: true, shortName: true } } },
  });
  return { o, label: `${o.code} ${o.unit.shortName ?? o.unit.name} ${o.year}` };
}

export const objectiveNotices = approvalNotices<ObjectiveRecord>({
  events: { submit: "objective_submitted", approve: "objective_approved", return: "objective_returned" },
  approvePermission: "objective.approve",
  async subject(tx, record) {
    const { o, label } = await objectiveSubject(tx, record.id);
    return { entity: { type: "objective", id: o.id }, href: `/objectives/${o.id}`, name: `Sasaran mutu ${label}`, alsoTell: [o.ownerId] };
  },
});

export const revisionNotices = approvalNotices<ObjectiveRevisionRecord>({
  events: { submit: "objective_revision_submitted", approve: "objective_revision_approved", return: "objective_revision_returned" },
  approvePermission: "objective.approve",
  async subject(tx, record) {
    const { o, label } = await objectiveSubject(tx, record.objectiveId);
    return { entity: { type: "objective", id: o.id }, href: `/objectives/${o.id}`, name: `Revisi ${record.revisionNo} sasaran mutu ${label}`, alsoTell: [o.ownerId] };
  },
});

export const policyNotices = approvalNotices<PolicyRecord>({
  events: { submit: "policy_submitted", approve: "policy_approved", return: "policy_returned" },
  approvePermission: "policy.approve",
  async subject(tx, record) {
    const agency = await tx.unit.findUniqueOrThrow({ where: { id: record.agencyId }, select: { name: true, shortName: true } });
    return {
      entity: { type: "quality_policy", id: record.id }, href: `/objectives/policy/${record.id}`,
      name: `Kebijakan mutu versi ${record.versionNo} ${agency.shortName ?? agency.name}`,
    };
  },
});
