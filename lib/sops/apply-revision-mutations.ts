// Brings an approved SOP content into force in the catalogue: a new SopRevision and the Sop's
// summary columns (owned by the SOP/document-control work; called by lib/documents when a PROSEDUR
// revision linked to an SOP takes effect, in that transaction). No authorization here: the document
// workflow authorized the approval. No "server-only": jobs and seeds make revisions effective too.
import { recordActivity } from "../activity/record";
import type { Prisma, Tx } from "../db";
import { conflict, notFound } from "../errors";
import { agencyOf } from "../org/agency";
import { searchTextOf, totalMinutesOf, type SopContent } from "./content";
import { hashContent } from "./import-plan";
import { numberKey, titleKey } from "./keys";
import { rebuildAgencyLinks } from "./links";

/** The Sop's summary columns of a content (name, number, keys, step count, time, search text). */
export function sopSummaryOf(content: SopContent) {
  const time = totalMinutesOf(content);
  return {
    title: content.nama,
    number: content.nomor,
    titleKey: titleKey(content.nama),
    numberKey: numberKey(content.nomor),
    stepCount: content.steps.length,
    totalMinutes: time.total,
    unknownTimeSteps: time.unknownSteps,
    searchText: searchTextOf(content),
  };
}

/** Another SOP of the unit already has this number and name (the catalogue's identity). */
export async function assertNoTwin(tx: Tx, sop: { id: string; unitId: string }, content: SopContent): Promise<void> {
  const clash = await tx.sop.findFirst({
    where: { unitId: sop.unitId, titleKey: titleKey(content.nama), numberKey: numberKey(content.nomor), NOT: { id: sop.id } },
    select: { id: true },
  });
  if (clash) throw conflict("Unit ini sudah memiliki SOP lain dengan nomor dan nama yang sama.", "content.nama");
}

export async function applySopRevision(
  tx: Tx,
  input: { sopId: string; content: SopContent; reason: string; actor: { id: string | null; name: string } },
): Promise<{ revisionNo: number }> {
  const sop = await tx.sop.findUnique({
    where: { id: input.sopId },
    select: { id: true, unitId: true, currentRevisionNo: true, title: true, number: true, unit: { select: { path: true } } },
  });
  if (!sop) throw notFound("SOP");
  const content = input.content;
  await assertNoTwin(tx, sop, content);
  // The catalogue's revision number is the register's: the approved revision's number (a number
  // left by a cancelled revision is not reused), or the next one when called without one.
  const approved = await tx.documentRevision.findFirst({
    where: { document: { sopId: sop.id }, status: { in: ["DISAHKAN", "BERLAKU"] }, revisionNo: { gt: sop.currentRevisionNo } },
    orderBy: { revisionNo: "desc" },
    select: { revisionNo: true },
  });
  const revisionNo = approved?.revisionNo ?? sop.currentRevisionNo + 1;
  const summary = sopSummaryOf(content);
  await tx.sop.update({ where: { id: sop.id }, data: { ...summary, currentRevisionNo: revisionNo, version: { increment: 1 } } });
  await tx.sopRevision.create({
    data: {
      sopId: sop.id, revisionNo, content: content as Prisma.InputJsonValue, contentHash: hashContent(content), source: "edit",
      reason: input.reason, createdById: input.actor.id, createdBy: input.actor.name,
    },
  });
  // The register shows the SOP's name; its version is left to the workflow writing the document.
  await tx.controlledDocument.updateMany({ where: { sopId: sop.id }, data: { title: summary.title } });
  await recordActivity(tx, {
    actor: input.actor.id ? { id: input.actor.id, label: input.actor.name } : null,
    entity: "sop", entityId: sop.id, action: "revise",
    before: { revisionNo: sop.currentRevisionNo, title: sop.title, number: sop.number },
    after: { revisionNo, title: content.nama, number: content.nomor }, reason: input.reason,
  });
  await rebuildAgencyLinks(tx, (await agencyOf(tx, sop.unit.path)).path);
  return { revisionNo };
}
