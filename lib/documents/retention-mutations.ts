import "server-only";
// The hand-over of a permanent record to the provincial archive (penyerahan arsip statis): once its
// retention ended, a keeper records it; the document stays listed as DISERAHKAN with its date.
import { actorOf, recordActivity } from "../activity/record";
import { authorize } from "../auth/permissions";
import type { SessionUser } from "../auth/types";
import { getDb } from "../db";
import { DomainError, notFound, ruleBroken, staleRecord } from "../errors";
import { localDate } from "../org/time-zones";
import { formatCalendarDate } from "../utils/format";
import { refuseLentDocuments } from "./destruction-mutations";
import { endDocumentRevisions } from "./effective-mutations";
import { withdrawAllCopies } from "./distribution-mutations";
import type { HandOverValues } from "./destruction-schema";
import { RETENTION_OPEN_STATUSES, retentionDue } from "./retention-rules";

export async function handOverDocument(user: SessionUser, values: HandOverValues, now: Date = new Date()): Promise<void> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const doc = await tx.controlledDocument.findUnique({
      where: { id: values.documentId },
      select: {
        id: true, code: true, version: true, status: true, finalDisposition: true, retentionEndsAt: true,
        unit: { select: { path: true } }, agency: { select: { timeZone: true } },
      },
    });
    if (!doc) throw notFound("Dokumen");
    authorize(user, "document.manage", { unitPath: doc.unit.path });
    if (doc.version !== values.version) throw staleRecord();
    if (!(RETENTION_OPEN_STATUSES as readonly string[]).includes(doc.status)) throw ruleBroken(`Dokumen ${doc.code} sudah dimusnahkan atau diserahkan.`);
    if (doc.finalDisposition !== "PERMANEN") throw ruleBroken(`Dokumen ${doc.code} berketerangan akhir musnah: diusulkan musnah, tidak diserahkan.`);
    const today = localDate(now, doc.agency.timeZone);
    if (!retentionDue(doc.retentionEndsAt, today)) {
      const when = doc.retentionEndsAt ? `berakhir ${formatCalendarDate(doc.retentionEndsAt)}` : "belum berjalan";
      throw ruleBroken(`Masa retensi dokumen ${doc.code} belum berakhir (${when}), sehingga belum dapat diserahkan.`);
    }
    await refuseLentDocuments(tx, [doc.id], "diserahkan");
    const handedOverAt = new Date(`${values.handedOverOn}T00:00:00.000Z`);
    if (handedOverAt.getTime() > today.getTime()) {
      throw new DomainError("INVALID", "Tanggal penyerahan tidak boleh di masa depan.", { handedOverOn: ["Tanggal penyerahan tidak boleh di masa depan."] });
    }
    const { count } = await tx.controlledDocument.updateMany({
      where: { id: doc.id, version: values.version, status: doc.status },
      data: { status: "DISERAHKAN", handedOverAt, version: { increment: 1 } },
    });
    if (count === 0) throw staleRecord();
    await withdrawAllCopies(tx, { documentId: doc.id, note: "Diserahkan ke arsip provinsi.", actor: { id: user.id, name: user.name }, now });
    await endDocumentRevisions(tx, { documentId: doc.id, now, reason: "Dokumen diserahkan ke arsip provinsi." });
    await recordActivity(tx, {
      actor: actorOf(user), entity: "document", entityId: doc.id, action: "hand_over",
      before: { status: doc.status }, after: { status: "DISERAHKAN", handedOverAt: values.handedOverOn }, reason: values.note,
    });
  });
}
