import "server-only";
// The recipient confirms "Saya telah membaca dan memahami" on their own wajib-baca row, and only
// while that revision is the one in force (a superseded one is no longer asked).
import { actorOf, recordActivity } from "../activity/record";
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { forbidden, notFound, ruleBroken } from "../errors";
import type { AcknowledgeReadingValues } from "./acknowledgment-schema";

export async function acknowledgeReading(user: SessionUser, input: AcknowledgeReadingValues, now: Date = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const row = await tx.documentAcknowledgment.findUnique({
      where: { id: input.acknowledgmentId },
      select: {
        id: true, userId: true, acknowledgedAt: true, documentId: true,
        revision: { select: { revisionNo: true, status: true } }, document: { select: { status: true, code: true } },
      },
    });
    if (!row) throw notFound("Daftar wajib baca");
    if (row.userId !== user.id || !can(user, "document.read")) throw forbidden("Hanya penerima sendiri yang dapat mengonfirmasi telah membaca.");
    if (row.revision.status !== "BERLAKU" || row.document.status !== "AKTIF") throw ruleBroken("Revisi ini sudah tidak berlaku; konfirmasi tidak diperlukan lagi.");
    const { count } = await tx.documentAcknowledgment.updateMany({ where: { id: row.id, acknowledgedAt: null }, data: { acknowledgedAt: now } });
    if (count === 0) throw ruleBroken("Anda sudah mengonfirmasi telah membaca dokumen ini.");
    await recordActivity(tx, {
      actor: actorOf(user), entity: "document", entityId: row.documentId, action: "acknowledge",
      after: { revisi: row.revision.revisionNo, pembaca: user.name },
    });
  });
}
