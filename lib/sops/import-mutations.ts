// Writes an import plan: the whole document in one transaction (all of it lands, or none of it),
// each new SOP or changed SOP as a revision with its activity row, then the agency's Keterkaitan.
import type { Actor } from "../activity/record";
import { recordActivity } from "../activity/record";
import type { Prisma, PrismaClient } from "../db";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { notFound, ruleBroken, staleRecord } from "../errors";
import { searchTextOf, totalMinutesOf } from "./content";
import type { ImportPlan, PlannedSop } from "./import-plan";
import { numberKey, titleKey } from "./keys";
import { ensureSopDocument, prepareSopReimport } from "./document-link-mutations";
import { rebuildAgencyLinks } from "./links";

export interface ImportReport {
  created: number;
  revised: number;
  unchanged: number;
  skipped: number;
  sopIds: string[];
  /** Each SOP of the plan that is in the catalogue afterwards, by its index in the plan. */
  sops: { index: number; id: string; action: PlannedSop["action"] }[];
}

function summaryOf(sop: PlannedSop) {
  const content = sop.content!;
  const time = totalMinutesOf(content);
  return {
    number: content.nomor,
    title: content.nama,
    titleKey: titleKey(content.nama),
    numberKey: numberKey(content.nomor),
    stepCount: content.steps.length,
    totalMinutes: time.total,
    unknownTimeSteps: time.unknownSteps,
    searchText: searchTextOf(content),
  };
}

/**
 * @param agencyPath  the agency (or agencies, for an upload spanning several) whose Keterkaitan links are rebuilt
 * @param user  the signed-in user of an upload: authorized for every unit the plan writes to,
 *              inside the transaction (seeds import as the system, without a user)
 */
export async function commitImport(
  db: PrismaClient,
  plan: ImportPlan,
  agencyPath: string | readonly string[],
  actor: Actor | null,
  user?: SessionUser,
): Promise<ImportReport> {
  const writable = plan.sops.filter((s) => s.action === "create" || s.action === "revise");
  if (plan.sops.length === 0) throw ruleBroken(`Berkas ${plan.fileName} tidak memuat SOP AP.`);
  const report: ImportReport = {
    created: 0,
    revised: 0,
    unchanged: plan.sops.filter((s) => s.action === "unchanged").length,
    skipped: plan.sops.filter((s) => s.action === "skip").length,
    sopIds: plan.sops.flatMap((s) => (s.existingId ? [s.existingId] : [])),
    sops: plan.sops.flatMap((s) => (s.action === "unchanged" && s.existingId ? [{ index: s.index, id: s.existingId, action: s.action }] : [])),
  };
  if (writable.length === 0) return report;
  await db.$transaction(
    async (tx) => {
      if (user) {
        for (const unitId of new Set(writable.map((s) => s.unit.id))) {
          const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { path: true, active: true } });
          if (!unit || !unit.active) throw notFound("Unit");
          authorize(user, "sop.manage", { unitPath: unit.path });
        }
      }
      for (const sop of writable) {
        const summary = summaryOf(sop);
        const revision = {
          content: sop.content as Prisma.InputJsonValue,
          contentHash: sop.contentHash,
          source: "import",
          sourceName: sop.fileName,
          warnings: sop.warnings as unknown as Prisma.InputJsonValue,
          createdById: actor?.id ?? null,
          createdBy: actor?.label ?? null,
        };
        if (sop.action === "create") {
          const created = await tx.sop.create({
            data: { ...summary, unitId: sop.unit.id, currentRevisionNo: 1, revisions: { create: { ...revision, revisionNo: 1 } } },
            select: { id: true },
          });
          report.created++;
          report.sopIds.push(created.id);
          report.sops.push({ index: sop.index, id: created.id, action: "create" });
          await recordActivity(tx, {
            actor, entity: "sop", entityId: created.id, action: "create",
            after: { title: summary.title, number: summary.number, unitId: sop.unit.id, revisionNo: 1, source: sop.fileName },
          });
          await ensureSopDocument(tx, created.id, actor);
        } else {
          // A number taken by a cancelled pending edit in the register is not reused.
          const revisionNo = Math.max(sop.nextRevisionNo!, await prepareSopReimport(tx, sop.existingId!, sop.fileName, actor));
          // The revision in force must still be the one planned against: an edit that landed since
          // is never overwritten by the file (the version check sits in the update's where-clause).
          const moved = await tx.sop.updateMany({
            where: { id: sop.existingId, currentRevisionNo: sop.currentRevisionNo },
            data: { ...summary, currentRevisionNo: revisionNo, version: { increment: 1 } },
          });
          if (moved.count === 0) throw staleRecord();
          await tx.sopRevision.create({ data: { ...revision, sopId: sop.existingId!, revisionNo } });
          report.revised++;
          report.sops.push({ index: sop.index, id: sop.existingId!, action: "revise" });
          await recordActivity(tx, {
            actor, entity: "sop", entityId: sop.existingId!, action: "revise",
            before: { revisionNo: revisionNo - 1 }, after: { revisionNo, source: sop.fileName },
            reason: `Impor ulang dari ${sop.fileName}`,
          });
          await ensureSopDocument(tx, sop.existingId!, actor);
        }
      }
      for (const path of new Set(typeof agencyPath === "string" ? [agencyPath] : agencyPath)) await rebuildAgencyLinks(tx, path);
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
  return report;
}
