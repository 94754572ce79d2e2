import "server-only";
// Writes of auditor competence: a training or certificate with its evidence file, and its removal.
import { actorOf, recordActivity } from "../activity/record";
import { checkEvidence, storeAttachment, type UploadedFile } from "../attachments/store";
import type { SessionUser } from "../auth/types";
import { getDb, type Tx } from "../db";
import { forbidden, notFound, staleRecord } from "../errors";
import { mayManageCompetence } from "./competence-rules";
import type { CompetenceFormValues } from "./competence-schema";
import { COMPETENCE_FILE_MAX_BYTES } from "./programme-constants";

async function auditorOf(tx: Tx, userId: string) {
  const auditor = await tx.user.findUnique({ where: { id: userId }, select: { id: true, unit: { select: { path: true } } } });
  if (!auditor) throw notFound("Auditor");
  return { id: auditor.id, unitPath: auditor.unit.path };
}

const day = (v: string) => new Date(`${v}T00:00:00Z`);

export async function addCompetence(user: SessionUser, values: CompetenceFormValues, file: UploadedFile | null): Promise<{ id: string }> {
  // Checked before the transaction: a file that is too large or of a forbidden type writes nothing.
  if (file) checkEvidence(file, COMPETENCE_FILE_MAX_BYTES);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const auditor = await auditorOf(tx, values.userId);
    if (!mayManageCompetence(user, auditor)) throw forbidden();
    const attachmentId = file ? await storeAttachment(tx, file, user.id) : null;
    const data = {
      userId: auditor.id, kind: values.kind, title: values.title, provider: values.provider, issuedOn: day(values.issuedOn),
      validUntil: values.validUntil ? day(values.validUntil) : null, internalAuditor: values.internalAuditor, note: values.note,
    };
    const created = await tx.auditorCompetence.create({ data: { ...data, attachmentId, createdById: user.id }, select: { id: true } });
    await recordActivity(tx, {
      actor: actorOf(user), entity: "auditor_competence", entityId: created.id, action: "create",
      after: { ...data, issuedOn: values.issuedOn, validUntil: values.validUntil, file: file?.name ?? null },
    });
    return created;
  });
}

export async function deleteCompetence(user: SessionUser, input: { id: string; version: number }): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const item = await tx.auditorCompetence.findUnique({ where: { id: input.id }, select: { id: true, userId: true, title: true, kind: true, version: true } });
    if (!item) throw notFound("Kompetensi auditor");
    if (!mayManageCompetence(user, await auditorOf(tx, item.userId))) throw forbidden();
    if (item.version !== input.version) throw staleRecord();
    const { count } = await tx.auditorCompetence.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw staleRecord();
    await recordActivity(tx, {
      actor: actorOf(user), entity: "auditor_competence", entityId: item.id, action: "delete",
      before: { userId: item.userId, kind: item.kind, title: item.title },
    });
  });
}
