// Every SOP of the catalogue is a PROSEDUR in the document register: linked (sopId), not copied.
// The document carries one row per SOP revision (the current one BERLAKU, older ones KADALUARSA)
// whose content stays in the catalogue (text and sopContent null). An import is the agency's
// already signed document, so it takes effect directly here; an edit in the portal goes through the
// register's check and approval instead (proposal-mutations.ts, apply-revision-mutations.ts).
// No "server-only": the seeds and the import call it.
import { recordActivity, type Actor } from "../activity/record";
import type { Prisma, Tx } from "../db";
import { PENDING_REVISION_STATUSES, TYPE_DEFAULTS } from "../documents/constants";
import { agencyOf } from "../org/agency";
import { SOP_REVIEW_MONTHS } from "./constants";

/** A timestamp's UTC day (the @db.Date columns). */
export function dayOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** The SOP's next periodic review: its last revision + SOP_REVIEW_MONTHS (= PROSEDUR's interval). */
export function sopNextReviewAt(lastRevisionAt: Date): Date {
  const day = dayOf(lastRevisionAt);
  const result = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + SOP_REVIEW_MONTHS, day.getUTCDate()));
  // 31 August + n months landing on a shorter month: its last day, not the 1st of the next one.
  if (result.getUTCDate() !== day.getUTCDate()) result.setUTCDate(0);
  return result;
}

/** The prefix of generated SOP codes in an agency: "SOP/Dinas Sosial/". */
export function generatedCodePrefix(agency: { shortName: string | null; name: string }): string {
  return `SOP/${agency.shortName ?? agency.name}/`;
}

/**
 * The document code of an SOP: its printed number when that is unique in the agency (no other SOP
 * of the agency carries it and no document took it), else the next "SOP/<agency>/<nnn>".
 */
async function sopDocumentCode(
  tx: Tx,
  sop: { id: string; number: string | null },
  agency: { id: string; path: string; shortName: string | null; name: string },
): Promise<string> {
  const number = sop.number?.trim();
  if (number) {
    const [taken, twins] = await Promise.all([
      tx.controlledDocument.count({ where: { agencyId: agency.id, code: number } }),
      tx.sop.count({ where: { number, unit: { path: { startsWith: agency.path } }, NOT: { id: sop.id } } }),
    ]);
    if (taken === 0 && twins === 0) return number;
  }
  const prefix = generatedCodePrefix(agency);
  const codes = await tx.controlledDocument.findMany({ where: { agencyId: agency.id, code: { startsWith: prefix } }, select: { code: true } });
  const last = codes.reduce((max, { code }) => Math.max(max, Number(/^\d+$/.test(code.slice(prefix.length)) ? code.slice(prefix.length) : 0)), 0);
  return `${prefix}${String(last + 1).padStart(3, "0")}`;
}

interface SopRevisionFacts {
  revisionNo: number;
  createdAt: Date;
  reason: string | null;
  source: string;
  sourceName: string | null;
  createdById: string | null;
  createdBy: string | null;
}

function changeReasonOf(revision: SopRevisionFacts): string {
  if (revision.reason) return revision.reason;
  if (revision.source === "import") return revision.sourceName ? `Impor dari ${revision.sourceName}` : "Impor SOP AP";
  return "Revisi SOP AP";
}

/** A document revision row standing for an SOP revision already in the catalogue. */
function registerRow(revision: SopRevisionFacts, status: "BERLAKU" | "KADALUARSA", obsoleteAt: Date | null) {
  return {
    revisionNo: revision.revisionNo,
    status,
    text: null,
    changeReason: changeReasonOf(revision).slice(0, 1000),
    requestedBy: revision.createdBy,
    effectiveDate: dayOf(revision.createdAt),
    effectiveAt: revision.createdAt,
    obsoleteAt,
    createdAt: revision.createdAt,
  } satisfies Omit<Prisma.DocumentRevisionCreateManyInput, "documentId">;
}

export interface EnsuredSopDocument {
  documentId: string;
  created: boolean;
  /** Revisions added as BERLAKU (a re-import). */
  added: number;
}

/**
 * Creates the SOP's PROSEDUR document, or brings it in step with the catalogue: SOP revisions not
 * yet in the register are added (taking effect at once, the previous one KADALUARSA). Safe to call
 * again: nothing changes when the document is in step.
 */
export async function ensureSopDocument(tx: Tx, sopId: string, actor: Actor | null = null): Promise<EnsuredSopDocument> {
  const sop = await tx.sop.findUniqueOrThrow({
    where: { id: sopId },
    select: {
      id: true, number: true, title: true, unitId: true, currentRevisionNo: true, unit: { select: { path: true } },
      revisions: {
        orderBy: { revisionNo: "asc" },
        select: { revisionNo: true, createdAt: true, reason: true, source: true, sourceName: true, createdById: true, createdBy: true },
      },
      document: { select: { id: true, revisions: { select: { id: true, revisionNo: true, status: true } } } },
    },
  });
  const revisions = sop.revisions.filter((r) => r.revisionNo <= sop.currentRevisionNo);
  const current = revisions.at(-1);
  if (!current) throw new Error(`SOP ${sopId} has no revision`);
  const first = revisions[0];
  const nextReviewAt = sopNextReviewAt(current.createdAt);
  if (!sop.document) {
    const agency = await agencyOf(tx, sop.unit.path);
    const defaults = TYPE_DEFAULTS.PROSEDUR;
    const code = await sopDocumentCode(tx, sop, agency);
    const document = await tx.controlledDocument.create({
      data: {
        agencyId: agency.id, unitId: sop.unitId, type: "PROSEDUR", code, title: sop.title, access: "BEBAS", sopId: sop.id,
        retentionActiveYears: defaults.active, retentionInactiveYears: defaults.inactive, finalDisposition: defaults.disposition,
        reviewIntervalMonths: defaults.reviewMonths, currentRevisionNo: current.revisionNo, firstEffectiveAt: dayOf(first.createdAt),
        nextReviewAt, createdById: actor?.id === "system" ? null : (actor?.id ?? null),
        revisions: {
          createMany: {
            data: revisions.map((r, i) =>
              r === current ? registerRow(r, "BERLAKU", null) : registerRow(r, "KADALUARSA", revisions[i + 1].createdAt),
            ),
          },
        },
      },
      select: { id: true },
    });
    await recordActivity(tx, {
      actor, entity: "document", entityId: document.id, action: "create",
      after: { type: "PROSEDUR", code, title: sop.title, sopId: sop.id, revisionNo: current.revisionNo },
    });
    return { documentId: document.id, created: true, added: 0 };
  }
  const known = new Set(sop.document.revisions.map((r) => r.revisionNo));
  const missing = revisions.filter((r) => !known.has(r.revisionNo));
  if (missing.length === 0) return { documentId: sop.document.id, created: false, added: 0 };
  const documentId = sop.document.id;
  const inForce = sop.document.revisions.find((r) => r.status === "BERLAKU");
  const newest = missing.at(-1)!;
  // The new revision takes effect when it is written: the one in force until now becomes
  // KADALUARSA first (one BERLAKU per document, a partial unique index).
  if (inForce && inForce.revisionNo < newest.revisionNo) {
    await tx.documentRevision.update({ where: { id: inForce.id }, data: { status: "KADALUARSA", obsoleteAt: missing[0].createdAt, version: { increment: 1 } } });
  }
  await tx.documentRevision.createMany({
    data: missing.map((r, i) => ({
      documentId,
      ...(r === newest ? registerRow(r, "BERLAKU", null) : registerRow(r, "KADALUARSA", missing[i + 1].createdAt)),
    })),
  });
  await tx.controlledDocument.update({
    where: { id: documentId },
    data: { title: sop.title, currentRevisionNo: newest.revisionNo, nextReviewAt, version: { increment: 1 } },
  });
  await recordActivity(tx, {
    actor, entity: "document", entityId: documentId, action: "effective",
    before: { revisionNo: inForce?.revisionNo ?? null }, after: { revisionNo: newest.revisionNo },
    reason: changeReasonOf(newest).slice(0, 1000),
  });
  return { documentId, created: false, added: missing.length };
}

/**
 * Before a re-import writes a changed SOP: a pending edit in the register would be overtaken by
 * the signed document, so it is cancelled (DIBATALKAN, with a note). Returns the next free revision
 * number of the document (a cancelled revision keeps its number; the import takes the next one).
 */
export async function prepareSopReimport(tx: Tx, sopId: string, fileName: string, actor: Actor | null): Promise<number> {
  const document = await tx.controlledDocument.findUnique({
    where: { sopId },
    select: { id: true, revisions: { select: { id: true, revisionNo: true, status: true } } },
  });
  if (!document) return 0;
  const pending = document.revisions.find((r) => (PENDING_REVISION_STATUSES as readonly string[]).includes(r.status));
  if (pending) {
    await tx.documentRevision.update({
      where: { id: pending.id },
      data: { status: "DIBATALKAN", returnNote: `Dibatalkan: SOP diimpor ulang dari ${fileName}`.slice(0, 1000), version: { increment: 1 } },
    });
    await recordActivity(tx, {
      actor, entity: "document_revision", entityId: pending.id, action: "cancel",
      before: { status: pending.status }, after: { status: "DIBATALKAN" }, reason: `SOP diimpor ulang dari ${fileName}`,
    });
  }
  return document.revisions.reduce((max, r) => Math.max(max, r.revisionNo), 0) + 1;
}
