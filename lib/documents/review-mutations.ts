import "server-only";
// The periodic review (kaji ulang dokumen) by a keeper: still valid, revise, or withdraw from use.
// Version-checked on the document; TARIK ends the revision in force, withdraws every copy and
// starts the retention.
import { actorOf, recordActivity } from "../activity/record";
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { forbidden, notFound, ruleBroken, staleRecord } from "../errors";
import { localDate } from "../org/time-zones";
import { REVIEW_OUTCOME_LABELS } from "./constants";
import { endDocumentRevisions } from "./effective-mutations";
import { withdrawAllCopies } from "./distribution-mutations";
import { retentionEnd } from "./retention-rules";
import { reviewDates } from "./review-rules";
import type { DocumentReviewValues } from "./review-schema";

export async function recordDocumentReview(user: SessionUser, input: DocumentReviewValues, now: Date = new Date()): Promise<{ reviewId: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const doc = await tx.controlledDocument.findUnique({
      where: { id: input.documentId },
      select: {
        id: true, version: true, status: true, type: true, reviewIntervalMonths: true, firstEffectiveAt: true,
        retentionActiveYears: true, retentionInactiveYears: true, lastReviewedAt: true, nextReviewAt: true,
        unit: { select: { path: true } }, agency: { select: { timeZone: true } },
        revisions: { where: { status: "BERLAKU" }, select: { id: true, revisionNo: true } },
      },
    });
    if (!doc) throw notFound("Dokumen");
    if (!can(user, "document.manage", { unitPath: doc.unit.path })) throw forbidden("Kaji ulang dilakukan oleh pengendali dokumen atau manajer mutu unit pemilik dokumen.");
    if (doc.version !== input.version) throw staleRecord();
    const inForce = doc.revisions[0];
    if (doc.status !== "AKTIF" || !inForce) throw ruleBroken("Kaji ulang hanya untuk dokumen aktif yang memiliki revisi berlaku.");
    const today = localDate(now, doc.agency.timeZone);
    const dates = reviewDates(input.outcome, today, doc.reviewIntervalMonths);
    const withdrawing = input.outcome === "TARIK";
    const retentionEndsAt = withdrawing
      ? retentionEnd({ type: doc.type, firstEffectiveAt: doc.firstEffectiveAt, withdrawnAt: today, retentionActiveYears: doc.retentionActiveYears, retentionInactiveYears: doc.retentionInactiveYears })
      : undefined;
    const { count } = await tx.controlledDocument.updateMany({
      where: { id: doc.id, version: doc.version },
      data: {
        lastReviewedAt: dates.lastReviewedAt, nextReviewAt: dates.nextReviewAt, version: { increment: 1 },
        ...(withdrawing ? { status: "DITARIK" as const, withdrawnAt: dates.withdrawnAt, retentionEndsAt } : {}),
      },
    });
    if (count === 0) throw staleRecord();
    let copiesWithdrawn = 0;
    if (withdrawing) {
      const ended = await tx.documentRevision.updateMany({
        where: { id: inForce.id, status: "BERLAKU" },
        data: { status: "KADALUARSA", obsoleteAt: now, version: { increment: 1 } },
      });
      if (ended.count === 0) throw staleRecord();
      copiesWithdrawn = await withdrawAllCopies(tx, { documentId: doc.id, note: `Dokumen ditarik dari penggunaan: ${input.note}`, actor: user, now });
      await endDocumentRevisions(tx, { documentId: doc.id, now, reason: `Dokumen ditarik dari penggunaan: ${input.note}` });
      await recordActivity(tx, {
        actor: actorOf(user), entity: "document_revision", entityId: inForce.id, action: "obsolete",
        before: { status: "BERLAKU" }, after: { status: "KADALUARSA", revisi: inForce.revisionNo }, reason: input.note,
      });
    }
    const review = await tx.documentReview.create({
      data: { documentId: doc.id, revisionNo: inForce.revisionNo, reviewedOn: today, reviewerId: user.id, reviewer: user.name, outcome: input.outcome, note: input.note },
      select: { id: true },
    });
    await recordActivity(tx, {
      actor: actorOf(user), entity: "document", entityId: doc.id, action: "review",
      before: { status: doc.status, kajiUlangBerikutnya: doc.nextReviewAt },
      after: {
        hasil: REVIEW_OUTCOME_LABELS[input.outcome], revisi: inForce.revisionNo, status: withdrawing ? "DITARIK" : doc.status,
        kajiUlangBerikutnya: dates.nextReviewAt, ...(withdrawing ? { salinanDitarik: copiesWithdrawn, retensiBerakhir: retentionEndsAt } : {}),
      },
      reason: input.note,
    });
    return { reviewId: review.id };
  });
}
