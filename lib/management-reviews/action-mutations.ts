import "server-only";
// After publication: an RTL item is reported done by its PIC or the agency's manajer mutu (tracked
// to closure, ISO 9001 9.3.3), and each participant states having received the minutes.
import { actorOf, recordActivity } from "../activity/record";
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { forbidden, notFound, ruleBroken, staleRecord } from "../errors";
import { isReviewParticipant } from "./access";

export async function completeReviewAction(user: SessionUser, input: { id: string; version: number; note: string }, now: Date = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const action = await tx.managementReviewAction.findUnique({
      where: { id: input.id },
      select: { id: true, version: true, status: true, picId: true, description: true, review: { select: { status: true, agency: { select: { path: true } } } } },
    });
    if (!action) throw notFound("RTL");
    const mayReport = action.picId === user.id || can(user, "management_review.manage", { unitPath: action.review.agency.path });
    if (!mayReport) throw forbidden("RTL dilaporkan selesai oleh PIC-nya atau manajer mutu.");
    if (action.version !== input.version) throw staleRecord();
    if (action.review.status !== "DITERBITKAN") throw ruleBroken("RTL dapat dilaporkan selesai setelah notulen diterbitkan.");
    if (action.status === "SELESAI") throw ruleBroken("RTL ini sudah dilaporkan selesai.");
    const { count } = await tx.managementReviewAction.updateMany({
      where: { id: action.id, version: action.version, status: "TERBUKA" },
      data: { status: "SELESAI", doneAt: now, doneById: user.id, doneNote: input.note, version: { increment: 1 } },
    });
    if (count === 0) throw staleRecord();
    await recordActivity(tx, {
      actor: actorOf(user), entity: "management_review_action", entityId: action.id, action: "record_done",
      before: { status: "TERBUKA" }, after: { status: "SELESAI", rtl: action.description }, reason: input.note,
    });
  });
}

export async function acknowledgeMinutes(user: SessionUser, input: { reviewId: string }, now: Date = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const review = await tx.managementReview.findUnique({
      where: { id: input.reviewId },
      select: { id: true, status: true, chairId: true, notulisId: true, initialerId: true, agency: { select: { path: true } }, participants: { select: { userId: true } } },
    });
    if (!review) throw notFound("Tinjauan manajemen");
    const people = { ...review, unitPath: review.agency.path, participantIds: review.participants.map((p) => p.userId) };
    if (!isReviewParticipant(user, people)) throw forbidden("Notulen dinyatakan diterima oleh peserta rapat.");
    if (review.status !== "DITERBITKAN") throw ruleBroken("Notulen dapat dinyatakan diterima setelah diterbitkan.");
    const existing = await tx.managementReviewAcknowledgment.findUnique({ where: { reviewId_userId: { reviewId: review.id, userId: user.id } }, select: { acknowledgedAt: true } });
    if (existing) throw ruleBroken("Anda sudah menyatakan menerima notulen ini.");
    await tx.managementReviewAcknowledgment.create({ data: { reviewId: review.id, userId: user.id, userName: user.name, acknowledgedAt: now } });
    await recordActivity(tx, { actor: actorOf(user), entity: "management_review", entityId: review.id, action: "acknowledge", after: { peserta: user.name } });
  });
}
