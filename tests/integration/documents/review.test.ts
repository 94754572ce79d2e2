// Periodic review (kaji ulang dokumen): the due list, the three outcomes, who may record one, and
// the reminder job with a fixed clock.
import { describe, expect, it } from "vitest";
import { distributeDocument } from "../../../lib/documents/distribution-mutations";
import { dueReviews, reviewSection } from "../../../lib/documents/review-data";
import { recordDocumentReview } from "../../../lib/documents/review-mutations";
import { retentionEnd } from "../../../lib/documents/retention-rules";
import { findJob } from "../../../lib/jobs/registry";
import { runJob } from "../../../lib/jobs/runner";
import type { Job } from "../../../lib/jobs/types";
import { useDemoDatabase } from "../../helpers/demo-database";
import { expectRefusedUnchanged } from "../../helpers/refusals";
import { unitId } from "../../helpers/users";
import { ACCOUNTS, day, dinsosDocument } from "./circulation-fixtures";

const { db, as } = useDemoDatabase(ACCOUNTS);

// Monday 23 November 2026, 10:00 WITA.
const NOW = new Date("2026-11-23T02:00:00Z");
const TODAY = day("2026-11-23");

const docState = (id: string) => async () => ({
  doc: await db().controlledDocument.findUniqueOrThrow({ where: { id } }),
  revisions: await db().documentRevision.findMany({ where: { documentId: id }, orderBy: { revisionNo: "asc" } }),
  reviews: await db().documentReview.count({ where: { documentId: id } }),
  copies: await db().documentDistribution.findMany({ where: { documentId: id }, orderBy: { id: "asc" } }),
});

async function version(id: string) {
  return (await db().controlledDocument.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

describe("the due list", () => {
  it("lists documents in force due within the window, overdue first, in the keeper's scope, filtered by unit", async () => {
    const overdue = await dinsosDocument(db(), { nextReviewAt: day("2026-11-01"), unitCode: "ntt.dinsos.dayasos" });
    const soon = await dinsosDocument(db(), { nextReviewAt: day("2026-12-20") });
    const later = await dinsosDocument(db(), { nextReviewAt: day("2027-01-10") });
    const ended = await dinsosDocument(db(), { nextReviewAt: day("2026-11-02") });
    await db().controlledDocument.update({ where: { id: ended.id }, data: { status: "DITARIK" } });

    const list = await dueReviews(as.arsip, { page: 1 }, NOW);
    const ids = list.rows.map((r) => r.id);
    expect(ids).toContain(overdue.id);
    expect(ids).toContain(soon.id);
    expect(ids).not.toContain(later.id);
    expect(ids).not.toContain(ended.id);
    expect(ids.indexOf(overdue.id)).toBeLessThan(ids.indexOf(soon.id));
    expect(list.rows.find((r) => r.id === overdue.id)).toMatchObject({ state: "overdue", days: -22 });
    expect(list.rows.find((r) => r.id === soon.id)).toMatchObject({ state: "due", days: 27 });

    const dayasos = await dueReviews(as.arsip, { unitId: await unitId(db(), "ntt.dinsos.dayasos"), page: 1 }, NOW);
    expect(dayasos.rows.map((r) => r.id)).toContain(overdue.id);
    expect(dayasos.rows.map((r) => r.id)).not.toContain(soon.id);

    // Another agency's keeper sees none of them.
    const kaltim = await dueReviews(as.bpsmb, { page: 1 }, NOW);
    expect(kaltim.rows.some((r) => [overdue.id, soon.id].includes(r.id))).toBe(false);
  });
});

describe("review outcomes", () => {
  it("MASIH_SESUAI: reviewed today, next review one interval on, off the due list, recorded in history", async () => {
    const doc = await dinsosDocument(db(), { nextReviewAt: day("2026-11-10"), reviewIntervalMonths: 12 });
    await recordDocumentReview(as.arsip, { documentId: doc.id, version: await version(doc.id), outcome: "MASIH_SESUAI", note: "Masih sesuai praktik." }, NOW);
    const after = await db().controlledDocument.findUniqueOrThrow({ where: { id: doc.id } });
    expect([after.status, after.lastReviewedAt, after.nextReviewAt]).toEqual(["AKTIF", TODAY, day("2027-11-23")]);
    const reviews = await db().documentReview.findMany({ where: { documentId: doc.id } });
    expect(reviews.map((r) => [r.outcome, r.reviewedOn, r.reviewer, r.revisionNo])).toEqual([["MASIH_SESUAI", TODAY, as.arsip.name, 0]]);
    expect((await dueReviews(as.arsip, { page: 1 }, NOW)).rows.map((r) => r.id)).not.toContain(doc.id);
    expect(await db().activity.count({ where: { entityId: doc.id, action: "review" } })).toBe(1);
  });

  it("REVISI: the document stays in force, the next review is planned, and the section links to a new revision with the note as reason", async () => {
    const doc = await dinsosDocument(db(), { nextReviewAt: day("2026-11-10"), reviewIntervalMonths: 24 });
    await recordDocumentReview(as.manajer, { documentId: doc.id, version: await version(doc.id), outcome: "REVISI", note: "Nama jabatan berubah" }, NOW);
    const after = await db().controlledDocument.findUniqueOrThrow({ where: { id: doc.id } });
    expect([after.status, after.nextReviewAt]).toEqual(["AKTIF", day("2028-11-23")]);
    expect((await db().documentRevision.findUniqueOrThrow({ where: { id: doc.revisionId } })).status).toBe("BERLAKU");
    const section = await reviewSection(as.manajer, doc.id, NOW);
    expect(section?.revisionHref).toBe(`/documents/${doc.id}/revisions/new?reason=Nama%20jabatan%20berubah`);
    expect((await reviewSection(as.pegawai, doc.id, NOW))?.revisionHref).toBeNull();
  });

  it("TARIK: DITARIK from today, the revision in force KADALUARSA, every copy withdrawn, retention computed", async () => {
    const doc = await dinsosDocument(db(), { type: "INSTRUKSI_KERJA", nextReviewAt: day("2026-11-10"), effectiveOn: day("2024-02-01") });
    await distributeDocument(as.arsip, { documentId: doc.id, unitIds: [await unitId(db(), "ntt.dinsos.sekretariat.kepum")], userIds: [as.kabid.id] }, NOW);
    await recordDocumentReview(as.arsip, { documentId: doc.id, version: await version(doc.id), outcome: "TARIK", note: "Proses tidak dijalankan lagi" }, NOW);

    const after = await db().controlledDocument.findUniqueOrThrow({ where: { id: doc.id } });
    expect([after.status, after.withdrawnAt, after.nextReviewAt]).toEqual(["DITARIK", TODAY, null]);
    // INSTRUKSI_KERJA: 3 years active + 2 inactive from the withdrawal.
    expect(after.retentionEndsAt).toEqual(day("2031-11-23"));
    expect(after.retentionEndsAt).toEqual(retentionEnd({ type: "INSTRUKSI_KERJA", firstEffectiveAt: day("2024-02-01"), withdrawnAt: TODAY, retentionActiveYears: 3, retentionInactiveYears: 2 }));
    const revision = await db().documentRevision.findUniqueOrThrow({ where: { id: doc.revisionId } });
    expect([revision.status, revision.obsoleteAt]).toEqual(["KADALUARSA", NOW]);
    const copies = await db().documentDistribution.findMany({ where: { documentId: doc.id } });
    expect(copies).toHaveLength(2);
    expect(copies.every((c) => c.withdrawnAt?.getTime() === NOW.getTime() && c.withdrawNote?.startsWith("Dokumen ditarik dari penggunaan"))).toBe(true);
    // Nothing left to review or to read.
    await expect(recordDocumentReview(as.arsip, { documentId: doc.id, version: after.version, outcome: "MASIH_SESUAI", note: "Coba lagi" }, NOW)).rejects.toThrow(/dokumen aktif/);
  });

  it("refuses the wrong role, another agency and a stale version, writing nothing", async () => {
    const doc = await dinsosDocument(db(), { nextReviewAt: day("2026-11-10") });
    const v = await version(doc.id);
    const input = { documentId: doc.id, version: v, outcome: "TARIK" as const, note: "Tidak dipakai lagi" };
    for (const user of [as.pegawai, as.kabid, as.kadis, as.biro, as.auditor, as.bpsmb]) {
      await expectRefusedUnchanged(() => recordDocumentReview(user, input, NOW), /pengendali dokumen atau manajer mutu/, docState(doc.id));
    }
    await recordDocumentReview(as.arsip, { ...input, outcome: "MASIH_SESUAI" }, NOW);
    await expectRefusedUnchanged(() => recordDocumentReview(as.manajer, input, NOW), /diubah oleh pengguna lain|muat ulang/i, docState(doc.id));
  });
});

describe("the reminder job", () => {
  const job = () => findJob("document-review-reminders") as Job;
  // 08:00 WITA on the given day.
  const morning = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const reminders = (documentId: string) =>
    db().notification.findMany({ where: { entityId: documentId, event: "document_review_due" }, select: { userId: true, dedupeKey: true }, orderBy: { createdAt: "asc" } });

  it("tells the keepers once when due within the window and once when late; quiet on weekends; a rerun writes nothing", async () => {
    const doc = await dinsosDocument(db(), { nextReviewAt: day("2027-03-15"), unitCode: "ntt.dinsos.dayasos" });
    const keepers = [as.arsip.id, as.manajer.id].sort();

    await runJob(db(), job(), morning("2027-02-10")); // 33 days ahead: not yet
    expect(await reminders(doc.id)).toEqual([]);
    await runJob(db(), job(), morning("2027-02-13")); // Saturday, in the window: quiet
    expect(await reminders(doc.id)).toEqual([]);
    await runJob(db(), job(), morning("2027-02-15")); // Monday: 28 days ahead
    await runJob(db(), job(), morning("2027-02-15"));
    await runJob(db(), job(), morning("2027-03-01"));
    let sent = await reminders(doc.id);
    expect(sent.map((r) => r.userId).sort()).toEqual(keepers);
    expect(sent.every((r) => r.dedupeKey === `document-review-due:${doc.id}:2027-03-15`)).toBe(true);

    await runJob(db(), job(), morning("2027-03-16")); // late
    await runJob(db(), job(), morning("2027-03-17"));
    sent = await reminders(doc.id);
    expect(sent).toHaveLength(4);
    expect(sent.filter((r) => r.dedupeKey === `document-review-overdue:${doc.id}:2027-03-15`).map((r) => r.userId).sort()).toEqual(keepers);

    // Reviewed: the next date is far away, nothing more.
    await recordDocumentReview(as.arsip, { documentId: doc.id, version: await version(doc.id), outcome: "MASIH_SESUAI", note: "Masih sesuai." }, morning("2027-03-17"));
    await runJob(db(), job(), morning("2027-03-18"));
    expect(await reminders(doc.id)).toHaveLength(4);
  });
});
