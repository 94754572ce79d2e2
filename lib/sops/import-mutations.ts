// Writes an import plan: the whole document in one transaction (all of it lands, or none of it),
// each new SOP or changed SOP as a revision with its activity row, then the agency's Keterkaitan.
import type { Actor } from "../activity/record";
import { recordActivity } from "../activity/record";
import type { Prisma, PrismaClient } from "../db";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { notFound, ruleBroken } from "../errors";
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
 * @param user  the signed-in user of an upload: authorized for every unit the plan writes to,
 *              inside the transaction (seeds import as the system, without a user)
 */
export async function commitImport(
  db: PrismaClient,
  plan: ImportPlan,
  agencyPath: string,
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
          sourceName: plan.fileName,
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
          await recordActivity(tx, {
            actor, entity: "sop", entityId: created.id, action: "create",
            after: { title: summary.title, number: summary.number, unitId: sop.unit.id, revisionNo: 1, source: plan.fileName },
          });
          await ensureSopDocument(tx, created.id, actor);
        } else {
          // A number taken by a cancelled pending edit in the register is not reused.
          const revisionNo = Math.max(sop.nextRevisionNo!, await prepareSopReimport(tx, sop.existingId!, plan.fileName, actor));
          await tx.sopRevision.create({ data: { ...revision, sopId: sop.existingId!, revisionNo } });
          await tx.sop.update({
            where: { id: sop.existingId },
            data: { ...summary, currentRevisionNo: revisionNo, version: { increment: 1 } },
          });
          report.revised++;
          await recordActivity(tx, {
            actor, entity: "sop", entityId: sop.existingId!, action: "revise",
            before: { revisionNo: revisionNo - 1 }, after: { revisionNo, source: plan.fileName },
            reason: `Impor ulang dari ${plan.fileName}`,
          });
          await ensureSopDocument(tx, sop.existingId!, actor);
        }
      }
      await rebuildAgencyLinks(tx, agencyPath);
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
  return report;
}
