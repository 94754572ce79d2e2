// Two at once on the notification writes (on PostgreSQL truly parallel on pooled connections, on
// PGlite queued): one resend of a failed message wins, marking read counts each notification
// once, and two digest runs queue one e-mail.
import { describe, expect, it } from "vitest";
import { expectedFailure } from "../../../lib/errors";
import { findJob } from "../../../lib/jobs/registry";
import { runJob } from "../../../lib/jobs/runner";
import type { Job } from "../../../lib/jobs/types";
import { markAllRead, markRead, resendMail, savePreference } from "../../../lib/notifications/mutations";
import { useDemoDatabase } from "../../helpers/demo-database";
import { DEMO, submittedObjective } from "./fixtures";

const { db, as } = useDemoDatabase(DEMO);

describe("two at once", () => {
  it("resend of one failed message: one wins, the other is told it is no longer failed", async () => {
    for (let round = 0; round < 4; round++) {
      const mail = await db().mailOutbox.create({ data: { toAddress: "x@dinsos.nttprov.go.id", subject: "s", text: "t", status: "FAILED", userId: as.pegawai.id } });
      const results = await Promise.allSettled([resendMail(as.admin, mail.id), resendMail(as.admin, mail.id)]);
      const refusals = results.flatMap((r) => (r.status === "rejected" ? [expectedFailure(r.reason)] : []));
      expect(refusals).toHaveLength(1);
      expect(refusals[0]).toMatchObject({ reason: "RULE" });
      expect(await db().activity.count({ where: { entity: "mail", entityId: mail.id } })).toBe(1);
    }
  });

  it("marking read: each notification is counted once", async () => {
    await submittedObjective(db(), as);
    await submittedObjective(db(), as);
    const unread = await db().notification.findMany({ where: { userId: as.kadis.id, readAt: null }, select: { id: true } });
    const [a, b] = await Promise.all([markAllRead(as.kadis), markRead(as.kadis, unread.map((n) => n.id))]);
    expect(a + b).toBe(unread.length);
  });

  it("two digest runs queue one e-mail", async () => {
    await savePreference(as.kadis, { emailEnabled: true, delivery: "DAILY_DIGEST" });
    await submittedObjective(db(), as);
    const job = findJob("notification-digest") as Job;
    const now = new Date(Date.now() + 60_000);
    const outcomes = await Promise.all([runJob(db(), job, now), runJob(db(), job, now)]);
    const queued = outcomes.reduce((sum, o) => sum + (o.status === "done" ? o.count : 0), 0);
    expect(queued).toBe(1);
    expect(await db().mailOutbox.count({ where: { userId: as.kadis.id, dedupeKey: { startsWith: "digest:" } } })).toBe(1);
  });
});
