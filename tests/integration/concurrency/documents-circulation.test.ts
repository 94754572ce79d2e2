// Two writers at once on the circulation records: on PostgreSQL truly in parallel (several rounds so
// the transactions overlap), on PGlite queued. Exactly one wins, the other is told, and the records
// agree with the winner.
import { describe, expect, it } from "vitest";
import { acknowledgeReading } from "../../../lib/documents/acknowledgment-mutations";
import { distributeDocument } from "../../../lib/documents/distribution-mutations";
import { recordDocumentReview } from "../../../lib/documents/review-mutations";
import { useDemoDatabase } from "../../helpers/demo-database";
import { race } from "../../helpers/race";
import { unitId } from "../../helpers/users";
import { ACCOUNTS, day, dinsosDocument } from "../documents/circulation-fixtures";

const ROUNDS = 6;
const NOW = new Date("2026-11-23T02:00:00Z");

const { db, as } = useDemoDatabase(ACCOUNTS);

describe("circulation: two writers at once", () => {
  it("two reviews of one document with the same version: one outcome stands, one review row", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const doc = await dinsosDocument(db(), { nextReviewAt: day("2026-11-10") });
      const { version } = await db().controlledDocument.findUniqueOrThrow({ where: { id: doc.id }, select: { version: true } });
      const { winners, refusals } = await race([
        () => recordDocumentReview(as.arsip, { documentId: doc.id, version, outcome: "MASIH_SESUAI", note: "Masih sesuai." }, NOW),
        () => recordDocumentReview(as.manajer, { documentId: doc.id, version, outcome: "TARIK", note: "Tidak dipakai lagi." }, NOW),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      const after = await db().controlledDocument.findUniqueOrThrow({ where: { id: doc.id } });
      expect(after.status).toBe(winners[0] === 0 ? "AKTIF" : "DITARIK");
      const revision = await db().documentRevision.findUniqueOrThrow({ where: { id: doc.revisionId } });
      expect(revision.status).toBe(winners[0] === 0 ? "BERLAKU" : "KADALUARSA");
      expect(await db().documentReview.count({ where: { documentId: doc.id } })).toBe(1);
      expect(await db().activity.count({ where: { entityId: doc.id, action: "review" } })).toBe(1);
    }
  });

  it("two acknowledgments of the same row: one is recorded, the other told it is already done", async () => {
    const kepum = await unitId(db(), "ntt.dinsos.sekretariat.kepum");
    for (let round = 0; round < ROUNDS; round++) {
      const doc = await dinsosDocument(db());
      await distributeDocument(as.arsip, { documentId: doc.id, unitIds: [kepum], userIds: [] }, NOW);
      const row = await db().documentAcknowledgment.findUniqueOrThrow({ where: { revisionId_userId: { revisionId: doc.revisionId, userId: as.pegawai.id } } });
      const { winners, refusals } = await race([
        () => acknowledgeReading(as.pegawai, { acknowledgmentId: row.id }, NOW),
        () => acknowledgeReading(as.pegawai, { acknowledgmentId: row.id }, new Date(NOW.getTime() + 1000)),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["RULE"]);
      expect(await db().activity.count({ where: { entityId: doc.id, action: "acknowledge" } })).toBe(1);
    }
  });

  it("two distributions of one revision to the same unit: one copy, numbered once", async () => {
    const kepum = await unitId(db(), "ntt.dinsos.sekretariat.kepum");
    for (let round = 0; round < ROUNDS; round++) {
      const doc = await dinsosDocument(db());
      const { winners, refusals } = await race([
        () => distributeDocument(as.arsip, { documentId: doc.id, unitIds: [kepum], userIds: [] }, NOW),
        () => distributeDocument(as.manajer, { documentId: doc.id, unitIds: [kepum], userIds: [] }, NOW),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["RULE"]);
      const copies = await db().documentDistribution.findMany({ where: { documentId: doc.id }, select: { copyNo: true } });
      expect(copies).toEqual([{ copyNo: 1 }]);
    }
  });
});

describe("circulation: a distribution racing the review that withdraws the document", () => {
  it("either the copy is made before and then withdrawn, or the distribution is refused; no open copy of an ended revision", async () => {
    const kepum = await unitId(db(), "ntt.dinsos.sekretariat.kepum");
    for (let round = 0; round < ROUNDS; round++) {
      const doc = await dinsosDocument(db(), { nextReviewAt: day("2026-11-10") });
      const { version } = await db().controlledDocument.findUniqueOrThrow({ where: { id: doc.id }, select: { version: true } });
      const { winners } = await race([
        () => distributeDocument(as.arsip, { documentId: doc.id, unitIds: [kepum], userIds: [] }, NOW),
        () => recordDocumentReview(as.manajer, { documentId: doc.id, version, outcome: "TARIK", note: "Tidak dipakai lagi." }, NOW),
      ]);
      expect(winners).toContain(1);
      expect(await db().documentDistribution.count({ where: { documentId: doc.id, withdrawnAt: null } })).toBe(0);
    }
  });
});
