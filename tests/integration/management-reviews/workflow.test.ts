// Tinjauan manajemen as the portal runs it: scheduling with invitations, the narrative until the
// meeting starts, the freeze of the input pack, attendance, minutes with 9.3.3 decisions and RTL,
// the approval chain with returns at both steps (each a new draft, what changed shown), publishing,
// acknowledgment, RTL tracked to closure; and every refusal (wrong role, other agency, bad state,
// stale version) leaving nothing written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../../lib/errors";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { acknowledgeMinutes, completeReviewAction } from "../../../lib/management-reviews/action-mutations";
import { getReview, listReviewActions, listReviews } from "../../../lib/management-reviews/data";
import { openRtlCount } from "../../../lib/management-reviews/inputs/rtl-status-data";
import { saveAttendance, saveMinutes, saveNarrative, transitionReview, updateReview } from "../../../lib/management-reviews/mutations";
import { actionListQuerySchema, minutesSchema, reviewFormSchema, reviewListQuerySchema, type MinutesInput } from "../../../lib/management-reviews/schema";
import type { ReviewTransition } from "../../../lib/management-reviews/workflow";
import { unitScope } from "../../../lib/auth/scope";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";
import { unitId } from "../../helpers/users";
import { ACCOUNTS, isoDay, schedule, scheduleInput, version, type As } from "./fixtures";


let connection: DatabaseConnection;
const as = {} as As;
const db = () => connection.prisma;

beforeAll(async () => {
  const opened = await openDemoDatabase(ACCOUNTS, { sops: false, objectives: false, managementReviews: true });
  connection = opened.connection;
  Object.assign(as, opened.as);
}, 120_000);
afterAll(closeTestDatabase);

async function refusal(promise: Promise<unknown>): Promise<{ reason: string; message: string }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof DomainError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { reason: error.reason, message: error.message };
}

const move = async (user: As[keyof As], id: string, transition: ReviewTransition, note: string | null = null) =>
  transitionReview(user, { id, version: await version(db(), id), transition, note });

const minutes = async (id: string, overrides: Partial<MinutesInput> = {}) =>
  minutesSchema.parse({
    reviewId: id, version: await version(db(), id),
    minutes: ["RTL tahun lalu: dua selesai, dua terlambat.", "Disepakati satu keputusan dan satu RTL."],
    decisions: [{ type: "KEBUTUHAN_SUMBER_DAYA", agendaIndex: 1, text: "Tambah dua auditor internal terlatih." }],
    actions: [{ description: "Mengirim dua pegawai ke pelatihan auditor internal.", picId: as.lansia.id, dueDate: isoDay(30), linkKind: "REFERENCE", reference: "Usulan DPA perubahan" }],
    ...overrides,
  });

describe("scheduling", () => {
  it("the manajer mutu schedules a meeting with a number, agenda, empty pack sections, and invites its people", async () => {
    const review = await schedule(db(), as);
    expect(review.number).toMatch(/^RTM\/DINAS-SOSIAL\/\d{4}\/02$/);
    const row = await db().managementReview.findUniqueOrThrow({ where: { id: review.id }, include: { agenda: true, sections: true, participants: true } });
    expect(row.status).toBe("DIJADWALKAN");
    expect(row.agenda.map((a) => a.title)).toEqual(["Status RTL sebelumnya", "Keputusan dan RTL"]);
    expect(row.sections).toHaveLength(12);
    const invited = await db().notification.findMany({ where: { event: "management_review_invited", entityId: review.id }, select: { userId: true } });
    expect(invited.map((n) => n.userId).sort()).toEqual([as.kadis.id, as.pegawai.id, as.kabid.id, as.lansia.id].sort());
    expect(await db().activity.count({ where: { entityId: review.id, action: "create" } })).toBe(1);
  });

  it("refuses the wrong role, another agency's manajer mutu, a chair who is not its pimpinan, people of another agency", async () => {
    const input = reviewFormSchema.parse(await scheduleInput(db(), as));
    const before = await db().managementReview.count();
    const { createReview } = await import("../../../lib/management-reviews/mutations");
    expect((await refusal(createReview(as.kadis, input))).reason).toBe("FORBIDDEN");
    expect((await refusal(createReview(as.bpsmb, input))).reason).toBe("FORBIDDEN");
    expect((await refusal(createReview(as.manajer, { ...input, chairId: as.kabid.id }))).message).toMatch(/Pimpinan/);
    expect((await refusal(createReview(as.manajer, { ...input, participantIds: [as.bpsmb.id] }))).reason).toBe("CONFLICT");
    expect((await refusal(createReview(as.manajer, { ...input, initialerId: as.kadis.id }))).reason).toBe("CONFLICT");
    expect(await db().managementReview.count()).toBe(before);
  });

  it("changes the meeting while scheduled, with the version; a stale edit writes nothing", async () => {
    const review = await schedule(db(), as);
    const values = reviewFormSchema.parse(await scheduleInput(db(), as, { place: "Ruang Kadis" }));
    await updateReview(as.manajer, review.id, 1, values);
    expect((await refusal(updateReview(as.manajer, review.id, 1, { ...values, place: "Tempat lain" }))).reason).toBe("STALE");
    expect((await db().managementReview.findUniqueOrThrow({ where: { id: review.id } })).place).toBe("Ruang Kadis");
  });
});

describe("reading", () => {
  it("the agency's readers, the province's pemantau and the meeting's people read it; other agencies and outsiders never", async () => {
    const review = await schedule(db(), as);
    for (const reader of [as.manajer, as.kadis, as.biro, as.kabid, as.pegawai, as.lansia]) expect(await getReview(reader, review.id)).not.toBeNull();
    for (const stranger of [as.bpsmb, as.arsip, as.auditor]) expect(await getReview(stranger, review.id)).toBeNull();
    const listed = await listReviews(as.bpsmb, reviewListQuerySchema.parse({}));
    expect(listed.rows.some((r) => r.id === review.id)).toBe(false);
    expect((await listReviews(as.pegawai, reviewListQuerySchema.parse({}))).rows.some((r) => r.id === review.id)).toBe(true);
  });
});

describe("the meeting and its approval chain", () => {
  it("narrative until the start; the start freezes the pack, later changes do not alter it", async () => {
    const review = await schedule(db(), as);
    await saveNarrative(as.manajer, { reviewId: review.id, version: 1, key: "b", narrative: "Regulasi baru SPM bidang sosial." });
    expect((await refusal(saveNarrative(as.kadis, { reviewId: review.id, version: 2, key: "b", narrative: "x" }))).reason).toBe("FORBIDDEN");
    // Before the start the pack is live: section (a) shows last year's RTL.
    const live = await getReview(as.manajer, review.id);
    const figure = (r: typeof live, label: string) => r!.sections.find((s) => s.key === "a")!.data.figures.find((f) => f.label === label)?.value;
    expect(figure(live, "RTL tinjauan sebelumnya")).toBe(5);
    expect(figure(live, "Selesai")).toBe(2);
    await move(as.manajer, review.id, "start");
    const frozen = await getReview(as.manajer, review.id);
    expect(frozen!.frozenAt).not.toBeNull();
    expect(figure(frozen, "Selesai")).toBe(2);
    // An RTL of last year is closed after the start: the live figure moves, the frozen pack does not.
    const open = await db().managementReviewAction.findFirstOrThrow({ where: { status: "TERBUKA", picId: as.lansia.id }, orderBy: { position: "asc" } });
    await completeReviewAction(as.lansia, { id: open.id, version: open.version, note: "Formulir asesmen dilengkapi." });
    expect(figure(await getReview(as.manajer, review.id), "Selesai")).toBe(2);
    const stored = await db().managementReviewSection.findUniqueOrThrow({ where: { reviewId_key: { reviewId: review.id, key: "b" } } });
    expect(stored.narrative).toBe("Regulasi baru SPM bidang sosial.");
    expect((await refusal(saveNarrative(as.manajer, { reviewId: review.id, version: await version(db(), review.id), key: "b", narrative: "Ubah" }))).reason).toBe("RULE");
  });

  it("runs attendance, minutes, returns at paraf and at signature (new drafts, changes shown), signs, publishes, locks", async () => {
    const review = await schedule(db(), as);
    // Signing a pack that is not frozen, publishing unsigned minutes: refused with a clear message.
    expect((await refusal(move(as.kadis, review.id, "sign"))).message).toMatch(/tidak dapat di-tanda tangani/);
    expect((await refusal(move(as.manajer, review.id, "publish"))).message).toMatch(/Dijadwalkan tidak dapat di-terbitkan/);
    await move(as.manajer, review.id, "start");
    await saveAttendance(as.pegawai, { reviewId: review.id, version: await version(db(), review.id), present: [as.manajer.id] });
    expect((await refusal(saveAttendance(as.lansia, { reviewId: review.id, version: await version(db(), review.id), present: [] }))).reason).toBe("FORBIDDEN");
    await move(as.manajer, review.id, "close_meeting");
    // No minutes yet: the submission says what is missing.
    expect((await refusal(move(as.manajer, review.id, "submit"))).message).toMatch(/belum bernotulen/);
    await saveMinutes(as.manajer, await minutes(review.id));
    await move(as.manajer, review.id, "submit");
    expect((await refusal(saveMinutes(as.manajer, await minutes(review.id)))).reason).toBe("RULE");
    // Only the chosen pemaraf initials; the chair cannot initial.
    expect((await refusal(move(as.kadis, review.id, "initial"))).reason).toBe("FORBIDDEN");
    expect((await refusal(move(as.manajer, review.id, "initial"))).reason).toBe("FORBIDDEN");
    await move(as.kabid, review.id, "return_initial", "PIC RTL sebaiknya Sekretariat.");
    let row = await db().managementReview.findUniqueOrThrow({ where: { id: review.id } });
    expect(row).toMatchObject({ status: "DRAF_NOTULEN", draftNo: 2, returnNote: "PIC RTL sebaiknya Sekretariat." });
    await saveMinutes(as.manajer, await minutes(review.id, {
      actions: [{ description: "Mengirim dua pegawai ke pelatihan auditor internal.", picId: as.pegawai.id, dueDate: isoDay(30), linkKind: "NONE" }],
    }));
    const pending = await getReview(as.manajer, review.id);
    expect(pending!.pendingChanges!.map((c) => `${c.part} ${c.kind}`).sort()).toEqual(["RTL dihapus", "RTL ditambah"]);
    await move(as.manajer, review.id, "submit");
    await move(as.kabid, review.id, "initial");
    // Only the chair signs; the pemaraf does not.
    expect((await refusal(move(as.kabid, review.id, "sign"))).reason).toBe("FORBIDDEN");
    await move(as.kadis, review.id, "return_sign", "Tambahkan keputusan peningkatan.");
    row = await db().managementReview.findUniqueOrThrow({ where: { id: review.id } });
    expect(row).toMatchObject({ status: "DRAF_NOTULEN", draftNo: 3, initialedAt: null });
    const m = await minutes(review.id);
    await saveMinutes(as.manajer, { ...m, actions: [{ ...m.actions[0]!, picId: as.pegawai.id, linkKind: "NONE", reference: null }], decisions: [...m.decisions, { type: "PENINGKATAN", agendaIndex: 0, text: "Digitalisasi daftar hadir." }] });
    await move(as.manajer, review.id, "submit");
    await move(as.kabid, review.id, "initial");
    await move(as.kadis, review.id, "sign");
    expect((await refusal(move(as.kadis, review.id, "publish"))).reason).toBe("FORBIDDEN");
    await move(as.manajer, review.id, "publish");
    const detail = await getReview(as.manajer, review.id);
    expect(detail!.status).toBe("DITERBITKAN");
    expect(detail!.drafts.map((d) => [d.number, d.returnedStep])).toEqual([[1, "paraf"], [2, "tanda_tangan"], [3, null]]);
    expect(detail!.drafts[2]!.changes).toEqual([{ part: "Keputusan", kind: "ditambah", text: "Digitalisasi daftar hadir." }]);
    const actions = await db().activity.findMany({ where: { entityId: review.id, entity: "management_review" }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["start", "close_meeting", "submit", "return_initial", "initial", "return_sign", "sign", "publish"]));
    // Told: the pemaraf of each submission, the chair once initialed, the PIC of the RTL, the participants at publication.
    expect(await db().notification.count({ where: { event: "management_review_submitted", userId: as.kabid.id, entityId: review.id } })).toBe(3);
    expect(await db().notification.count({ where: { event: "review_action_assigned", userId: as.pegawai.id, entityId: review.id } })).toBe(1);
    expect(await db().notification.count({ where: { event: "management_review_published", userId: as.lansia.id, entityId: review.id } })).toBe(1);
    // Locked.
    expect((await refusal(saveMinutes(as.manajer, await minutes(review.id)))).reason).toBe("RULE");
    // Acknowledged by participants only, once.
    await acknowledgeMinutes(as.lansia, { reviewId: review.id });
    expect((await refusal(acknowledgeMinutes(as.lansia, { reviewId: review.id }))).reason).toBe("RULE");
    expect((await refusal(acknowledgeMinutes(as.arsip, { reviewId: review.id }))).reason).toBe("FORBIDDEN");
    // The RTL is tracked: the PIC reports it done, another person may not.
    const rtl = await db().managementReviewAction.findFirstOrThrow({ where: { reviewId: review.id } });
    expect((await refusal(completeReviewAction(as.lansia, { id: rtl.id, version: rtl.version, note: "Selesai dilaksanakan." }))).reason).toBe("FORBIDDEN");
    await completeReviewAction(as.pegawai, { id: rtl.id, version: rtl.version, note: "Dua pegawai lulus pelatihan." });
    expect((await refusal(completeReviewAction(as.pegawai, { id: rtl.id, version: rtl.version, note: "Lagi." }))).reason).toBe("STALE");
  });

  it("a cancellation needs its reason, tells the invited people and ends the meeting", async () => {
    const review = await schedule(db(), as);
    expect((await refusal(move(as.manajer, review.id, "cancel"))).message).toBe("Tuliskan alasan pembatalan.");
    expect((await refusal(move(as.kadis, review.id, "cancel", "Bentrok jadwal."))).reason).toBe("FORBIDDEN");
    await move(as.manajer, review.id, "cancel", "Bentrok dengan rapat gubernur.");
    expect(await db().notification.count({ where: { event: "management_review_cancelled", entityId: review.id } })).toBe(4);
    expect((await refusal(move(as.manajer, review.id, "start"))).reason).toBe("RULE");
    expect((await db().managementReview.findUniqueOrThrow({ where: { id: review.id } })).cancelReason).toBe("Bentrok dengan rapat gubernur.");
  });

  it("refuses the minutes' references of another agency and a PIC from elsewhere", async () => {
    const review = await schedule(db(), as);
    await move(as.manajer, review.id, "start");
    const m = await minutes(review.id);
    expect((await refusal(saveMinutes(as.manajer, { ...m, actions: [{ ...m.actions[0]!, picId: as.bpsmb.id }] }))).reason).toBe("CONFLICT");
    expect((await refusal(saveMinutes(as.bpsmb, m))).reason).toBe("FORBIDDEN");
  });
});

describe("RTL figures", () => {
  it("section (a) and the dashboard's open-RTL count equal the RTL list for the same filter", async () => {
    const agencyId = await unitId(db(), "ntt.dinsos");
    const review = await schedule(db(), as);
    const detail = await getReview(as.manajer, review.id);
    const a = detail!.sections.find((s) => s.key === "a")!.data;
    for (const f of a.figures.filter((x) => x.href)) {
      const params = Object.fromEntries(new URL(f.href!, "http://portal").searchParams);
      const list = await listReviewActions(as.manajer, actionListQuerySchema.parse(params));
      expect(list.total, f.label).toBe(f.value);
      expect(params.agencyId).toBe(agencyId);
    }
    const tile = await openRtlCount(db(), unitScope(as.kadis, "management_review.read"));
    const list = await listReviewActions(as.kadis, actionListQuerySchema.parse(Object.fromEntries(new URL(tile.href, "http://portal").searchParams)));
    expect(tile.count).toBe(list.total);
    expect(tile.count).toBeGreaterThan(0);
    // Another province's reader counts nothing of NTT.
    expect((await openRtlCount(db(), unitScope(as.bpsmb, "management_review.read"))).count).toBe(0);
    expect((await listReviewActions(as.bpsmb, actionListQuerySchema.parse({}))).total).toBe(0);
  });
});
