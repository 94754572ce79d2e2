// Builders of findings with corrective actions, shared by the seeds and the tests: an accepted KTS
// finding (raised through raiseFinding, accepted the way the findings module will accept it) with
// its first round opened through openCorrectiveAction.
import { actorOf, recordActivity } from "../../lib/activity/record";
import { storeAttachment } from "../../lib/attachments/store";
import type { SessionUser } from "../../lib/auth/types";
import type { PrismaClient, Tx } from "../../lib/db";
import type { FindingSource } from "../../lib/db/generated/enums";
import { openCorrectiveAction } from "../../lib/corrective-actions/open-mutations";
import { raiseFinding } from "../../lib/findings/raise-mutations";

export interface AcceptedFindingSpec {
  unitId: string;
  category: "KTS_MAYOR" | "KTS_MINOR";
  statement: string;
  evidence: string;
  source?: FindingSource;
  clauseCode?: string | null;
  sopId?: string | null;
  auditId?: string | null;
}

/** In the caller's transaction. */
export async function acceptedFindingInTx(
  tx: Tx,
  raisedBy: SessionUser,
  spec: AcceptedFindingSpec,
  now: Date = new Date(),
): Promise<{ findingId: string; findingNumber: string; correctiveActionId: string }> {
  const finding = await raiseFinding(tx, raisedBy, { source: spec.source ?? "MANDIRI", ...spec }, now);
  await tx.finding.update({ where: { id: finding.id }, data: { status: "DITERIMA", version: { increment: 1 } } });
  const ca = await openCorrectiveAction(tx, raisedBy, finding.id, now);
  return { findingId: finding.id, findingNumber: finding.number, correctiveActionId: ca.id };
}

export function acceptedFindingWithAction(db: PrismaClient, raisedBy: SessionUser, spec: AcceptedFindingSpec, now: Date = new Date()) {
  return db.$transaction((tx) => acceptedFindingInTx(tx, raisedBy, spec, now));
}

export interface RoundPlanSpec {
  correction: string;
  whys: string[];
  causes: { category: "MANUSIA" | "METODE" | "MATERIAL" | "MESIN" | "LINGKUNGAN" | "PENGUKURAN" | null; description: string }[];
  items: { description: string; picId: string; dueDate: Date; sopId?: string | null; done?: { note: string; file: string } }[];
}

export type SeedPath = "planned" | "submitted" | "approved" | "implemented" | "verifying" | "closed" | "not_effective";

const PATH: SeedPath[] = ["planned", "submitted", "approved", "implemented", "verifying", "closed"];
const STATUS_OF = {
  planned: "TERBUKA", submitted: "RENCANA_DIAJUKAN", approved: "RENCANA_DISETUJUI", implemented: "DILAKSANAKAN",
  verifying: "VERIFIKASI", closed: "DITUTUP", not_effective: "TIDAK_EFEKTIF",
} as const;

/**
 * Brings a round to a state as the workflow would have (plan, decisions, evidence, dates), with an
 * activity row per step; a demo builder, so it writes directly instead of through the actions.
 */
export async function advanceRound(
  tx: Tx,
  caId: string,
  plan: RoundPlanSpec,
  to: SeedPath,
  people: { auditee: SessionUser; approver: SessionUser; verifier: SessionUser },
  when: { implementedAt?: Date; verificationNote?: string } = {},
): Promise<void> {
  const now = new Date();
  await tx.correctiveAction.update({ where: { id: caId }, data: { correction: plan.correction, whys: plan.whys, lastEditedById: people.auditee.id } });
  await tx.correctiveActionCause.createMany({ data: plan.causes.map((c, position) => ({ correctiveActionId: caId, position, ...c })) });
  for (const [position, item] of plan.items.entries()) {
    const done = item.done && PATH.indexOf(to === "not_effective" ? "implemented" : to) >= PATH.indexOf("approved");
    const created = await tx.correctiveActionItem.create({
      data: {
        correctiveActionId: caId, position, description: item.description, picId: item.picId, dueDate: item.dueDate, sopId: item.sopId ?? null,
        ...(done ? { status: "SELESAI", implementationNote: item.done!.note, doneById: people.auditee.id, doneAt: when.implementedAt ?? now } : {}),
      },
      select: { id: true },
    });
    if (done) {
      const bytes = new TextEncoder().encode(`${item.done!.note}\n`);
      const attachmentId = await storeAttachment(tx, { name: item.done!.file, type: "text/plain", bytes }, people.auditee.id);
      await tx.correctiveActionEvidence.create({ data: { itemId: created.id, attachmentId } });
    }
  }
  await recordActivity(tx, { actor: actorOf(people.auditee), entity: "corrective_action", entityId: caId, action: "plan", after: { correction: plan.correction, whys: plan.whys } });
  const steps = to === "not_effective" ? [...PATH.slice(1, 5), "not_effective" as const] : PATH.slice(1, PATH.indexOf(to) + 1);
  const implementedAt = when.implementedAt ?? now;
  let from: string = "TERBUKA";
  for (const step of steps) {
    const status = STATUS_OF[step];
    const data: Record<string, unknown> = { status };
    let actor = people.auditee;
    let action: "submit" | "approve" | "complete" | "start_verification" | "verify_effective" | "verify_not_effective" = "submit";
    if (step === "submitted") Object.assign(data, { submittedById: people.auditee.id, submittedAt: implementedAt });
    if (step === "approved") { actor = people.approver; action = "approve"; Object.assign(data, { approvedById: people.approver.id, approvedAt: implementedAt }); }
    if (step === "implemented") { action = "complete"; Object.assign(data, { implementedById: people.auditee.id, implementedAt }); }
    if (step === "verifying") { actor = people.verifier; action = "start_verification"; }
    if (step === "closed" || step === "not_effective") {
      actor = people.verifier;
      action = step === "closed" ? "verify_effective" : "verify_not_effective";
      Object.assign(data, { verifiedById: people.verifier.id, verifiedAt: now, verificationNote: when.verificationNote ?? null, ...(step === "closed" ? { closedAt: now } : {}) });
    }
    await tx.correctiveAction.update({ where: { id: caId }, data: { ...data, version: { increment: 1 } } });
    await recordActivity(tx, { actor: actorOf(actor), entity: "corrective_action", entityId: caId, action, before: { status: from }, after: { status }, reason: data.verificationNote as string | undefined });
    from = status;
  }
}
