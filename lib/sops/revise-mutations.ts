// Editing an SOP: every save is a new revision recording who and why, in one transaction with
// its activity row; a save from a stale page is refused.
import "server-only";
import { actorOf, recordActivity } from "../activity/record";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb, type Prisma } from "../db";
import { DomainError, conflict, notFound, ruleBroken, staleRecord } from "../errors";
import { agencyOf } from "../org/agency";
import { searchTextOf, totalMinutesOf, type SopContent } from "./content";
import { hashContent } from "./import-plan";
import { numberKey, titleKey } from "./keys";
import { rebuildAgencyLinks } from "./links";
import type { SopAssignActorsValues, SopReviseValues } from "./schema";
import { stepNumbers } from "./step-numbers";

export async function reviseSop(user: SessionUser, input: SopReviseValues): Promise<{ revisionNo: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const sop = await tx.sop.findUnique({
      where: { id: input.id },
      select: { id: true, unitId: true, version: true, currentRevisionNo: true, title: true, number: true, unit: { select: { path: true } } },
    });
    if (!sop) throw notFound("SOP");
    authorize(user, "sop.manage", { unitPath: sop.unit.path });
    if (sop.version !== input.version) throw staleRecord();
    const current = await tx.sopRevision.findUniqueOrThrow({
      where: { sopId_revisionNo: { sopId: sop.id, revisionNo: sop.currentRevisionNo } },
      select: { contentHash: true },
    });
    const content = input.content;
    const contentHash = hashContent(content);
    if (contentHash === current.contentHash) throw ruleBroken("Tidak ada perubahan dibandingkan revisi saat ini.");
    const keys = { titleKey: titleKey(content.nama), numberKey: numberKey(content.nomor) };
    const clash = await tx.sop.findFirst({ where: { unitId: sop.unitId, ...keys, NOT: { id: sop.id } }, select: { id: true } });
    if (clash) throw conflict("Unit ini sudah memiliki SOP lain dengan nomor dan nama yang sama.", "content.nama");
    const revisionNo = sop.currentRevisionNo + 1;
    const time = totalMinutesOf(content);
    // The version the user saw goes into the where-clause: of two revisions saved at once, the
    // second is refused as stale before it writes anything.
    const { count } = await tx.sop.updateMany({
      where: { id: sop.id, version: input.version },
      data: {
        ...keys, title: content.nama, number: content.nomor, stepCount: content.steps.length, totalMinutes: time.total,
        unknownTimeSteps: time.unknownSteps, searchText: searchTextOf(content), currentRevisionNo: revisionNo,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw staleRecord();
    await tx.sopRevision.create({
      data: {
        sopId: sop.id, revisionNo, content: content as Prisma.InputJsonValue, contentHash, source: "edit",
        reason: input.reason, createdById: user.id, createdBy: user.name,
      },
    });
    await recordActivity(tx, {
      actor: actorOf(user), entity: "sop", entityId: sop.id, action: "revise",
      before: { revisionNo: sop.currentRevisionNo, title: sop.title, number: sop.number },
      after: { revisionNo, title: content.nama, number: content.nomor }, reason: input.reason,
    });
    await rebuildAgencyLinks(tx, (await agencyOf(tx, sop.unit.path)).path);
    return { revisionNo };
  });
}

/** The reason recorded for an assignment: "Penetapan pelaksana: langkah 3, 5 → Kepala Biro". */
function assignmentReason(content: SopContent, indexes: number[], actor: string): string {
  const { numbers } = stepNumbers(content.steps);
  const list = indexes.map((i) => numbers[i].label).join(", ");
  return `Penetapan pelaksana: langkah ${list} → ${actor}`.slice(0, 1000);
}

/**
 * Assigns one Pelaksana (one of the SOP's actors) to several steps: a new revision through
 * `reviseSop`, so it is authorized, version-checked and recorded like any edit. The content is read
 * after the permission check and must be the one the user saw (same version).
 */
export async function assignStepActors(user: SessionUser, input: SopAssignActorsValues): Promise<{ revisionNo: number }> {
  const db = await getDb();
  const sop = await db.sop.findUnique({
    where: { id: input.id },
    select: { id: true, version: true, currentRevisionNo: true, unit: { select: { path: true } } },
  });
  if (!sop) throw notFound("SOP");
  authorize(user, "sop.manage", { unitPath: sop.unit.path });
  if (sop.version !== input.version) throw staleRecord();
  const revision = await db.sopRevision.findUniqueOrThrow({
    where: { sopId_revisionNo: { sopId: sop.id, revisionNo: sop.currentRevisionNo } },
    select: { content: true },
  });
  const content = revision.content as unknown as SopContent;
  if (!content.actors.includes(input.actor)) {
    throw new DomainError("INVALID", "Pilih salah satu pelaksana SOP ini.", { actor: ["Pilih salah satu pelaksana SOP ini."] });
  }
  const indexes = [...new Set(input.stepIndexes)].sort((a, b) => a - b);
  if (indexes.some((i) => i >= content.steps.length)) throw staleRecord();
  const steps = content.steps.map((step, i) =>
    indexes.includes(i) ? { ...step, actor: input.actor, actor_confidence: "certain" as const } : step,
  );
  return reviseSop(user, {
    id: sop.id,
    version: input.version,
    reason: assignmentReason(content, indexes, input.actor),
    content: { ...content, steps },
  });
}
