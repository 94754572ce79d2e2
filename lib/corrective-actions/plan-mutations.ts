import "server-only";
// Writing a round's plan (correction, 5-why chain, root causes, actions) while it is open, and
// recording an action done with its evidence once the plan is approved.
import { actorOf, recordActivity } from "../activity/record";
import { checkEvidence, storeAttachment, type UploadedFile } from "../attachments/store";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Tx } from "../db";
import { DomainError, conflict, notFound, ruleBroken, staleRecord } from "../errors";
import { agencyOf } from "../org/agency";
import { CA_STATUS_LABELS, EVIDENCE_MAX_BYTES } from "./constants";
import type { ItemDoneValues, PlanValues } from "./schema";

async function lockRound(tx: Tx, id: string) {
  await tx.$executeRawUnsafe(`SELECT 1 FROM "CorrectiveAction" WHERE "id" = $1 FOR UPDATE`, id);
  const ca = await tx.correctiveAction.findUnique({
    where: { id },
    select: { id: true, status: true, version: true, round: true, unit: { select: { path: true } } },
  });
  if (!ca) throw notFound("Tindakan perbaikan");
  return ca;
}

/** PICs and SOPs a plan names belong to the agency of the finding's unit. */
async function checkPlanReferences(tx: Tx, unitPath: string, values: PlanValues) {
  const agency = await agencyOf(tx, unitPath);
  const picIds = [...new Set(values.items.map((i) => i.picId))];
  const pics = await tx.user.findMany({ where: { id: { in: picIds }, active: true, unit: { path: { startsWith: agency.path } } }, select: { id: true } });
  const sopIds = [...new Set(values.items.flatMap((i) => (i.sopId ? [i.sopId] : [])))];
  const sops = await tx.sop.findMany({ where: { id: { in: sopIds }, unit: { path: { startsWith: agency.path } } }, select: { id: true } });
  const fieldErrors: Record<string, string[]> = {};
  values.items.forEach((item, index) => {
    if (!pics.some((p) => p.id === item.picId)) fieldErrors[`items.${index}.picId`] = [`Pilih PIC pegawai aktif ${agency.name}.`];
    if (item.sopId && !sops.some((s) => s.id === item.sopId)) fieldErrors[`items.${index}.sopId`] = [`Pilih SOP milik ${agency.name}.`];
  });
  if (Object.keys(fieldErrors).length > 0) throw new DomainError("INVALID", "Periksa kembali isian yang ditandai.", fieldErrors);
}

export async function savePlan(user: SessionUser, values: PlanValues): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const ca = await lockRound(tx, values.id);
    authorize(user, "corrective_action.plan", { unitPath: ca.unit.path });
    if (ca.version !== values.version) throw staleRecord();
    if (ca.status !== "TERBUKA") throw ruleBroken(`Rencana berstatus ${CA_STATUS_LABELS[ca.status]} tidak dapat diubah.`);
    await checkPlanReferences(tx, ca.unit.path, values);
    const { count } = await tx.correctiveAction.updateMany({
      where: { id: ca.id, version: values.version, status: "TERBUKA" },
      data: { correction: values.correction, whys: values.whys, lastEditedById: user.id, version: { increment: 1 } },
    });
    if (count === 0) throw staleRecord();
    // Nothing in an open round is done yet, so its causes and actions are replaced whole.
    await tx.correctiveActionCause.deleteMany({ where: { correctiveActionId: ca.id } });
    await tx.correctiveActionItem.deleteMany({ where: { correctiveActionId: ca.id } });
    await tx.correctiveActionCause.createMany({
      data: values.causes.map((c, position) => ({ correctiveActionId: ca.id, position, category: c.category, description: c.description })),
    });
    await tx.correctiveActionItem.createMany({
      data: values.items.map((i, position) => ({
        correctiveActionId: ca.id, position, description: i.description, picId: i.picId,
        dueDate: new Date(`${i.dueDate}T00:00:00.000Z`), sopId: i.sopId,
      })),
    });
    await recordActivity(tx, {
      actor: actorOf(user), entity: "corrective_action", entityId: ca.id, action: "plan",
      after: { correction: values.correction, whys: values.whys, causes: values.causes, items: values.items },
    });
  });
}

export async function recordItemDone(user: SessionUser, values: ItemDoneValues, evidence: UploadedFile | null): Promise<void> {
  if (evidence) checkEvidence(evidence, EVIDENCE_MAX_BYTES);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const item = await tx.correctiveActionItem.findUnique({
      where: { id: values.itemId },
      select: { id: true, version: true, correctiveActionId: true, _count: { select: { evidence: true } } },
    });
    if (!item) throw notFound("Tindakan");
    const ca = await lockRound(tx, item.correctiveActionId);
    authorize(user, "corrective_action.plan", { unitPath: ca.unit.path });
    if (item.version !== values.version) throw staleRecord();
    if (ca.status !== "RENCANA_DISETUJUI") {
      throw ruleBroken(`Pelaksanaan dicatat setelah rencana disetujui; tindakan perbaikan ini berstatus ${CA_STATUS_LABELS[ca.status]}.`);
    }
    if (!evidence && item._count.evidence === 0) throw conflict("Lampirkan berkas bukti pelaksanaan.", "evidence");
    const { count } = await tx.correctiveActionItem.updateMany({
      where: { id: item.id, version: values.version },
      data: { status: "SELESAI", implementationNote: values.note, doneById: user.id, doneAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw staleRecord();
    const attachmentId = evidence ? await storeAttachment(tx, evidence, user.id) : null;
    if (attachmentId) await tx.correctiveActionEvidence.create({ data: { itemId: item.id, attachmentId } });
    await recordActivity(tx, {
      actor: actorOf(user), entity: "corrective_action", entityId: ca.id, action: "record_done",
      after: { itemId: item.id, note: values.note, evidence: evidence?.name ?? null },
    });
  });
}
