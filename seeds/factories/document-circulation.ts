// Record builders for the circulation work (distribution, wajib baca, periodic review), shared by
// seeds/document-circulation.ts and the tests: a controlled document with a revision in force made
// with plain inserts, found by (agency, code) first so loading twice changes nothing, and the
// effective step of a next revision as the register performs it (old one KADALUARSA, new BERLAKU,
// distribution carried).
import type { PrismaClient } from "../../lib/db";
import { TYPE_DEFAULTS, type DocumentAccess, type DocumentType } from "../../lib/documents/constants";
import { carryDistribution, type DistributionActor } from "../../lib/documents/distribution-mutations";

export interface CirculationDocumentSpec {
  agencyId: string;
  unitId: string;
  code: string;
  title: string;
  type?: DocumentType;
  access?: DocumentAccess;
  revisionNo?: number;
  /** The day the revision in force took effect (UTC midnight). */
  effectiveOn?: Date;
  nextReviewAt?: Date | null;
  lastReviewedAt?: Date | null;
  reviewIntervalMonths?: number;
}

export async function ensureCirculationDocument(db: PrismaClient, spec: CirculationDocumentSpec): Promise<{ id: string; revisionId: string; created: boolean }> {
  const existing = await db.controlledDocument.findUnique({
    where: { agencyId_code: { agencyId: spec.agencyId, code: spec.code } },
    select: { id: true, revisions: { where: { status: "BERLAKU" }, select: { id: true } } },
  });
  if (existing?.revisions[0]) return { id: existing.id, revisionId: existing.revisions[0].id, created: false };
  if (existing) throw new Error(`Document ${spec.code} exists without a revision in force`);
  const type = spec.type ?? "PROSEDUR";
  const defaults = TYPE_DEFAULTS[type];
  const effectiveOn = spec.effectiveOn ?? new Date(Date.UTC(2025, 0, 2));
  const revisionNo = spec.revisionNo ?? 0;
  return db.$transaction(async (tx) => {
    const doc = await tx.controlledDocument.create({
      data: {
        agencyId: spec.agencyId, unitId: spec.unitId, type, code: spec.code, title: spec.title, access: spec.access ?? defaults.access,
        retentionActiveYears: defaults.active, retentionInactiveYears: defaults.inactive, finalDisposition: defaults.disposition,
        reviewIntervalMonths: spec.reviewIntervalMonths ?? defaults.reviewMonths, currentRevisionNo: revisionNo, firstEffectiveAt: effectiveOn,
        lastReviewedAt: spec.lastReviewedAt ?? null, nextReviewAt: spec.nextReviewAt === undefined ? null : spec.nextReviewAt,
      },
      select: { id: true },
    });
    const revision = await tx.documentRevision.create({
      data: {
        documentId: doc.id, revisionNo, status: "BERLAKU", text: `${spec.title}.`, changeReason: revisionNo === 0 ? "Penerbitan pertama" : "Pemutakhiran",
        effectiveDate: effectiveOn, effectiveAt: effectiveOn, approvedAt: effectiveOn,
      },
      select: { id: true },
    });
    return { id: doc.id, revisionId: revision.id, created: true };
  });
}

/** The register's effective step: the next revision takes force, the previous becomes KADALUARSA, copies carried. */
export async function bringNextRevisionIntoForce(db: PrismaClient, documentId: string, actor: DistributionActor, now: Date = new Date()): Promise<{ revisionId: string; revisionNo: number; copies: number }> {
  return db.$transaction(async (tx) => {
    const current = await tx.documentRevision.findFirstOrThrow({ where: { documentId, status: "BERLAKU" }, select: { id: true, revisionNo: true } });
    await tx.documentRevision.update({ where: { id: current.id }, data: { status: "KADALUARSA", obsoleteAt: now, version: { increment: 1 } } });
    const next = await tx.documentRevision.create({
      data: { documentId, revisionNo: current.revisionNo + 1, status: "BERLAKU", text: "Revisi berikutnya.", changeReason: "Hasil kaji ulang", effectiveAt: now, effectiveDate: now, approvedAt: now },
      select: { id: true, revisionNo: true },
    });
    await tx.controlledDocument.update({ where: { id: documentId }, data: { currentRevisionNo: next.revisionNo, version: { increment: 1 } } });
    const copies = await carryDistribution(tx, { documentId, fromRevisionId: current.id, toRevisionId: next.id, actor, now });
    return { revisionId: next.id, revisionNo: next.revisionNo, copies };
  });
}
