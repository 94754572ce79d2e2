// notify() and the workflow's notices: the right people are told inside the change's own
// transaction (a rolled-back change tells nobody), e-mail follows each user's preference, a
// reminder key writes once, and people mark only their own notifications read.
import { describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import { transitionObjective } from "../../../lib/objectives/mutations";
import { createPolicy, transitionPolicy } from "../../../lib/objectives/policy-mutations";
import { listNotifications, unreadCount } from "../../../lib/notifications/data";
import { markAllRead, markRead, savePreference } from "../../../lib/notifications/mutations";
import { notify } from "../../../lib/notifications/notify";
import { holdersOfRole } from "../../../lib/notifications/recipients";
import { useDemoDatabase } from "../../helpers/demo-database";
import { unitId } from "../../helpers/users";
import { DEMO, submittedObjective } from "./fixtures";

const { db, as } = useDemoDatabase(DEMO);

const notificationsOf = (user: SessionUser, entityId: string) =>
  db().notification.findMany({ where: { userId: user.id, entityId }, orderBy: { createdAt: "asc" } });

describe("the demo data", () => {
  it("gives the pimpinan the seeded submission waiting for approval, once however often it is loaded", async () => {
    const seeded = await db().notification.findMany({ where: { userId: as.kadis.id, dedupeKey: { startsWith: "seed:" } } });
    expect(seeded.length).toBeGreaterThan(0);
    expect(seeded.every((n) => n.event === "objective_submitted" && n.readAt === null)).toBe(true);
    const { seedNotifications } = await import("../../../seeds/notifications");
    expect(await seedNotifications(db())).toBe(0);
  });
});

describe("the objective workflow tells people", () => {
  it("a submission tells the agency's pimpinan (in-app and e-mail), never the submitter or another agency", async () => {
    const o = await submittedObjective(db(), as);
    const [notice] = await notificationsOf(as.kadis, o.id);
    expect(notice).toMatchObject({ event: "objective_submitted", href: `/objectives/${o.id}`, actorId: as.manajer.id, readAt: null, mailState: "OUTBOX" });
    expect(notice.title).toContain(o.code);
    expect(notice.title).toContain("menunggu persetujuan Anda");
    expect(await notificationsOf(as.manajer, o.id)).toEqual([]);
    expect(await notificationsOf(as.biro, o.id)).toEqual([]);
    expect(await notificationsOf(as.bpsmb, o.id)).toEqual([]);
    const mail = await db().mailOutbox.findFirstOrThrow({ where: { userId: as.kadis.id, subject: { contains: o.code } } });
    expect(mail).toMatchObject({ toAddress: "kadis@dinsos.nttprov.go.id", status: "PENDING" });
    expect(mail.text).toContain(`/objectives/${o.id}`);
  });

  it("a return tells the submitter and the PIC, with the note", async () => {
    const o = await submittedObjective(db(), as);
    await transitionObjective(as.kadis, { id: o.id, version: o.version, transition: "return", note: "Target belum sesuai renstra." });
    for (const user of [as.manajer, as.pegawai]) {
      const [n] = await notificationsOf(user, o.id);
      expect(n).toMatchObject({ event: "objective_returned" });
      expect(n.body).toContain("Target belum sesuai renstra.");
    }
    expect((await notificationsOf(as.kadis, o.id)).map((n) => n.event)).toEqual(["objective_submitted"]);
  });

  it("a kebijakan mutu submission tells the pimpinan, its approval the manajer mutu", async () => {
    const agencyId = await unitId(db(), "ntt.dinsos");
    await db().qualityPolicy.updateMany({ where: { agencyId, status: { in: ["DRAF", "DIAJUKAN", "DIKEMBALIKAN"] } }, data: { status: "DIBATALKAN" } });
    const { id } = await createPolicy(as.manajer, { agencyId, statement: "Melayani dengan tulus.", commitments: ["Tepat waktu."] });
    let p = await db().qualityPolicy.findUniqueOrThrow({ where: { id } });
    await transitionPolicy(as.manajer, { id, version: p.version, transition: "submit", note: null });
    expect((await notificationsOf(as.kadis, id)).map((n) => n.event)).toEqual(["policy_submitted"]);
    p = await db().qualityPolicy.findUniqueOrThrow({ where: { id } });
    await transitionPolicy(as.kadis, { id, version: p.version, transition: "approve", note: null });
    const [n] = await notificationsOf(as.manajer, id);
    expect(n).toMatchObject({ event: "policy_approved", href: `/objectives/policy/${id}` });
  });
});

describe("notify", () => {
  const entity = { type: "objective", id: "uji-notify" };

  it("writes nothing when the change's transaction rolls back", async () => {
    const before = [await db().notification.count(), await db().mailOutbox.count()];
    await expect(
      db().$transaction(async (tx) => {
        await notify(tx, { event: "objective_submitted", recipientIds: [as.kadis.id], entity, href: "/objectives", title: "Uji" });
        throw new Error("perubahan gagal");
      }),
    ).rejects.toThrow("perubahan gagal");
    expect([await db().notification.count(), await db().mailOutbox.count()]).toEqual(before);
  });

  it("follows each user's e-mail choice, drops inactive users and the actor, and writes a reminder key once", async () => {
    await savePreference(as.auditor, { emailEnabled: true, delivery: "DAILY_DIGEST" });
    await savePreference(as.pegawai, { emailEnabled: false, delivery: "IMMEDIATE" });
    const inactive = await db().user.update({ where: { email: "kaupt.lansia@dinsos.nttprov.go.id" }, data: { active: false }, select: { id: true } });
    const input = {
      event: "measurement_due" as const, entity, href: "/objectives", title: "Pengukuran jatuh tempo", dedupeKey: "uji:1",
      recipientIds: [as.auditor.id, as.pegawai.id, as.pegawai.id, inactive.id, as.manajer.id, as.kadis.id], actorId: as.kadis.id,
    };
    const outboxBefore = await db().mailOutbox.count();
    expect(await db().$transaction((tx) => notify(tx, input))).toBe(3);
    expect(await db().$transaction((tx) => notify(tx, input))).toBe(0);
    const rows = await db().notification.findMany({ where: { dedupeKey: "uji:1" }, select: { userId: true, mailState: true } });
    const state = Object.fromEntries(rows.map((r) => [r.userId, r.mailState]));
    expect(state).toEqual({ [as.auditor.id]: "DIGEST", [as.pegawai.id]: "NONE", [as.manajer.id]: "OUTBOX" });
    expect(await db().mailOutbox.count()).toBe(outboxBefore + 1);
    await db().user.update({ where: { id: inactive.id }, data: { active: true } });
  });

  it("finds the holders of a role on a unit or above it", async () => {
    const kepum = await unitId(db(), "ntt.dinsos.sekretariat.kepum");
    expect(await holdersOfRole(db(), "MANAJER_MUTU", kepum)).toEqual([as.manajer.id]);
    expect(await holdersOfRole(db(), "PIMPINAN", kepum)).toEqual([as.kadis.id]);
    expect(await holdersOfRole(db(), "PIMPINAN", await unitId(db(), "ntt"))).toEqual([]);
  });
});

describe("reading and marking notifications", () => {
  it("lists only one's own, filters unread, and marks only one's own read", async () => {
    const o = await submittedObjective(db(), as);
    const [mine] = await notificationsOf(as.kadis, o.id);
    const unread = await unreadCount(as.kadis);
    expect(unread).toBeGreaterThan(0);
    // Someone else's id changes nothing.
    expect(await markRead(as.pegawai, [mine.id])).toBe(0);
    expect((await db().notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toBeNull();
    expect(await markRead(as.kadis, [mine.id])).toBe(1);
    expect(await unreadCount(as.kadis)).toBe(unread - 1);
    const list = await listNotifications(as.kadis, { filter: "unread", page: 1 });
    expect(list.rows.map((n) => n.id)).not.toContain(mine.id);
    expect((await listNotifications(as.kadis, { filter: "all", page: 1 })).rows.map((n) => n.id)).toContain(mine.id);
    expect((await listNotifications(as.pegawai, { filter: "all", page: 1 })).rows.map((n) => n.id)).not.toContain(mine.id);
    await markAllRead(as.kadis);
    expect(await unreadCount(as.kadis)).toBe(0);
  });
});
