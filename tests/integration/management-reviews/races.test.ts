// Two writers at once on a tinjauan manajemen (the pattern of tests/integration/concurrency): on
// PostgreSQL truly in parallel on two pooled connections, on PGlite queued. Exactly one wins.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { acknowledgeMinutes, completeReviewAction } from "../../../lib/management-reviews/action-mutations";
import { saveMinutes, saveNarrative, transitionReview } from "../../../lib/management-reviews/mutations";
import { minutesSchema } from "../../../lib/management-reviews/schema";
import { closeTestDatabase } from "../../helpers/database";
import { race } from "../../helpers/race";
import { openDemoDatabase } from "../../helpers/demo-database";
import { ACCOUNTS, isoDay, schedule, version, type As } from "./fixtures";


const ROUNDS = 4;
let connection: DatabaseConnection;
const as = {} as As;
const db = () => connection.prisma;

beforeAll(async () => {
  const opened = await openDemoDatabase(ACCOUNTS, { sops: false, objectives: false, managementReviews: true });
  connection = opened.connection;
  Object.assign(as, opened.as);
}, 120_000);
afterAll(closeTestDatabase);


const minutes = (id: string, v: number, text: string) =>
  minutesSchema.parse({
    reviewId: id, version: v, minutes: [text, text], decisions: [{ type: "PENINGKATAN", agendaIndex: 0, text }],
    actions: [{ description: `RTL ${text}`, picId: as.lansia.id, dueDate: isoDay(20), linkKind: "NONE" }],
  });

async function submitted() {
  const review = await schedule(db(), as);
  await transitionReview(as.manajer, { id: review.id, version: 1, transition: "start", note: null });
  await transitionReview(as.manajer, { id: review.id, version: 2, transition: "close_meeting", note: null });
  await saveMinutes(as.manajer, minutes(review.id, 3, "Notulen awal"));
  await transitionReview(as.manajer, { id: review.id, version: 4, transition: "submit", note: null });
  return review.id;
}

describe("two writers at once on a management review", () => {
  it("two minutes saves with the same version: one kept whole, the other told it is stale", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const review = await schedule(db(), as);
      await transitionReview(as.manajer, { id: review.id, version: 1, transition: "start", note: null });
      const { winners, refusals } = await race([
        () => saveMinutes(as.manajer, minutes(review.id, 2, "Versi A")),
        () => saveMinutes(as.pegawai, minutes(review.id, 2, "Versi B")),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      const text = winners[0] === 0 ? "Versi A" : "Versi B";
      expect(await db().managementReviewDecision.findMany({ where: { reviewId: review.id }, select: { text: true } })).toEqual([{ text }]);
      expect(await db().managementReviewAction.count({ where: { reviewId: review.id } })).toBe(1);
    }
  });

  it("initial and return of one submitted draft: exactly one decision", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const id = await submitted();
      const v = await version(db(), id);
      const { winners, refusals } = await race([
        () => transitionReview(as.kabid, { id, version: v, transition: "initial", note: null }),
        () => transitionReview(as.kabid, { id, version: v, transition: "return_initial", note: "Perbaiki." }),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      const row = await db().managementReview.findUniqueOrThrow({ where: { id } });
      expect(row.status).toBe(winners[0] === 0 ? "DIPARAF" : "DRAF_NOTULEN");
      expect(await db().activity.count({ where: { entityId: id, action: { in: ["initial", "return_initial"] } } })).toBe(1);
    }
  });

  it("the start and a narrative edit at once: the narrative is either frozen in or refused", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const review = await schedule(db(), as);
      const { winners, refusals } = await race([
        () => transitionReview(as.manajer, { id: review.id, version: 1, transition: "start", note: null }),
        () => saveNarrative(as.manajer, { reviewId: review.id, version: 1, key: "d", narrative: "Sumber daya cukup." }),
      ]);
      expect(winners).toHaveLength(1);
      expect(refusals).toEqual(["STALE"]);
      const row = await db().managementReview.findUniqueOrThrow({ where: { id: review.id }, select: { status: true } });
      expect(row.status).toBe(winners[0] === 0 ? "BERLANGSUNG" : "DIJADWALKAN");
    }
  });

  it("two reports of one RTL done, and two acknowledgments by one participant: one each", async () => {
    const id = await submitted();
    await transitionReview(as.kabid, { id, version: await version(db(), id), transition: "initial", note: null });
    await transitionReview(as.kadis, { id, version: await version(db(), id), transition: "sign", note: null });
    await transitionReview(as.manajer, { id, version: await version(db(), id), transition: "publish", note: null });
    const rtl = await db().managementReviewAction.findFirstOrThrow({ where: { reviewId: id } });
    const done = await race([
      () => completeReviewAction(as.lansia, { id: rtl.id, version: 1, note: "Selesai oleh PIC." }),
      () => completeReviewAction(as.manajer, { id: rtl.id, version: 1, note: "Selesai menurut manajer." }),
    ]);
    expect(done.winners).toHaveLength(1);
    expect(done.refusals).toEqual(["STALE"]);
    expect(await db().activity.count({ where: { entityId: rtl.id, action: "record_done" } })).toBe(1);
    const ack = await race([() => acknowledgeMinutes(as.lansia, { reviewId: id }), () => acknowledgeMinutes(as.lansia, { reviewId: id })]);
    expect(ack.winners).toHaveLength(1);
    expect(await db().managementReviewAcknowledgment.count({ where: { reviewId: id } })).toBe(1);
  });
});
