// The scheduled jobs with a fixed clock: a measurement due soon reminds its PIC once (not again on
// a rerun), nothing on a weekend, a late one reaches the unit's manajer mutu after a week; a waiting
// submission reminds the pimpinan; the digest queues one e-mail per user and day; and a job held by
// another runner is skipped.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { findJob } from "../../../lib/jobs/registry";
import { runJob } from "../../../lib/jobs/runner";
import type { Job } from "../../../lib/jobs/types";
import { savePreference } from "../../../lib/notifications/mutations";
import { updateUnit } from "../../../lib/org/unit-mutations";
import { useDemoDatabase } from "../../helpers/demo-database";
import { DEMO, approvedObjective, submittedObjective } from "./fixtures";

const { db, as, connection } = useDemoDatabase(DEMO);
const job = (name: string) => findJob(name) as Job;
const at = (iso: string) => new Date(iso);

const remindersOf = (objectiveId: string, event: string) =>
  db().notification.findMany({ where: { entityId: objectiveId, event }, select: { userId: true, title: true, dedupeKey: true } });

describe("measurement reminders (January 2027 is due on Wednesday 10 February)", () => {
  it("wait over the weekend, remind the PIC once on a working day, and never twice", async () => {
    const o = await approvedObjective(db(), as);
    // Sunday 7 February, 08.00 WITA: three days left, but nobody is reminded on a weekend.
    await runJob(db(), job("measurement-reminders"), at("2027-02-07T00:00:00Z"));
    expect(await remindersOf(o.id, "measurement_due")).toEqual([]);
    // Monday: reminded.
    const monday = await runJob(db(), job("measurement-reminders"), at("2027-02-08T00:00:00Z"));
    expect(monday.status).toBe("done");
    const due = await remindersOf(o.id, "measurement_due");
    expect(due).toHaveLength(1);
    expect(due[0].userId).toBe(as.pegawai.id);
    expect(due[0].title).toContain("Jan 2027");
    expect(due[0].title).toContain("10 Februari 2027");
    // Tuesday (due tomorrow) and a rerun the same day: nothing new.
    await runJob(db(), job("measurement-reminders"), at("2027-02-09T00:00:00Z"));
    const rerun = await runJob(db(), job("measurement-reminders"), at("2027-02-09T00:00:00Z"));
    expect(await remindersOf(o.id, "measurement_due")).toHaveLength(1);
    expect(rerun).toEqual({ status: "done", count: expect.any(Number) });
  });

  it("say late to the PIC after the due date and tell the unit's manajer mutu a week later", async () => {
    const o = await approvedObjective(db(), as);
    await runJob(db(), job("measurement-reminders"), at("2027-02-11T00:00:00Z"));
    expect((await remindersOf(o.id, "measurement_late")).map((n) => n.userId)).toEqual([as.pegawai.id]);
    await runJob(db(), job("measurement-reminders"), at("2027-02-17T00:00:00Z"));
    const late = await remindersOf(o.id, "measurement_late");
    expect(late.map((n) => n.userId).sort()).toEqual([as.pegawai.id, as.manajer.id].sort());
    expect(late.find((n) => n.userId === as.manajer.id)?.title).toContain("lebih dari seminggu");
  });

  it("run only for the agencies of the time zone asked", async () => {
    const o = await approvedObjective(db(), as);
    await runJob(db(), job("measurement-reminders"), at("2027-02-09T00:00:00Z"), { timeZones: ["Asia/Jakarta"] });
    expect(await remindersOf(o.id, "measurement_due")).toEqual([]);
    await runJob(db(), job("measurement-reminders"), at("2027-02-09T00:00:00Z"), { timeZones: ["Asia/Makassar"] });
    expect(await remindersOf(o.id, "measurement_due")).toHaveLength(1);
  });
});

describe("the agency's time zone", () => {
  it("is set on the agency by an administrator and decides which zone's run reminds it", async () => {
    const agency = await db().unit.findUniqueOrThrow({ where: { code: "ntt.dinsos" } });
    const edit = { id: agency.id, name: agency.name, shortName: agency.shortName, code: agency.code };
    await updateUnit(as.admin, { ...edit, version: agency.version, timeZone: "Asia/Jayapura" });
    try {
      const o = await approvedObjective(db(), as);
      await runJob(db(), job("measurement-reminders"), at("2027-02-09T00:00:00Z"), { timeZones: ["Asia/Makassar"] });
      expect(await remindersOf(o.id, "measurement_due")).toEqual([]);
      await runJob(db(), job("measurement-reminders"), at("2027-02-09T00:00:00Z"), { timeZones: ["Asia/Jayapura"] });
      expect(await remindersOf(o.id, "measurement_due")).toHaveLength(1);
    } finally {
      const current = await db().unit.findUniqueOrThrow({ where: { id: agency.id } });
      await updateUnit(as.admin, { ...edit, version: current.version, timeZone: "Asia/Makassar" });
    }
  });
});

describe("approval reminders", () => {
  it("remind the pimpinan of a submission waiting more than three days, once", async () => {
    const o = await submittedObjective(db(), as);
    const submittedAt = o.submittedAt as Date;
    const run = (days: number) => runJob(db(), job("approval-reminders"), new Date(submittedAt.getTime() + days * 86_400_000));
    // Pick working days: step forward until the reminder is due on a weekday.
    await run(1);
    expect(await remindersOf(o.id, "approval_waiting")).toEqual([]);
    for (const days of [4, 5, 6, 7]) await run(days);
    const waiting = await remindersOf(o.id, "approval_waiting");
    expect(waiting.map((n) => n.userId)).toEqual([as.kadis.id]);
  });
});

describe("the daily digest", () => {
  it("queues one e-mail per user and day with the unread notifications, and nothing on a rerun", async () => {
    await savePreference(as.kadis, { emailEnabled: true, delivery: "DAILY_DIGEST" });
    const a = await submittedObjective(db(), as);
    const b = await submittedObjective(db(), as);
    const collected = await db().notification.findMany({ where: { userId: as.kadis.id, mailState: "DIGEST" }, select: { id: true } });
    expect(collected.length).toBeGreaterThanOrEqual(2);
    expect(await db().mailOutbox.count({ where: { userId: as.kadis.id, subject: { contains: a.code } } })).toBe(0);
    const now = new Date(Date.now() + 60_000);
    const first = await runJob(db(), job("notification-digest"), now);
    expect(first).toEqual({ status: "done", count: 1 });
    const digest = await db().mailOutbox.findFirstOrThrow({ where: { userId: as.kadis.id, subject: { contains: "Ringkasan" } } });
    expect(digest.text).toContain(a.code);
    expect(digest.text).toContain(b.code);
    expect(await runJob(db(), job("notification-digest"), now)).toEqual({ status: "done", count: 0 });
    expect(await db().notification.count({ where: { userId: as.kadis.id, mailState: "DIGEST" } })).toBe(0);
    await savePreference(as.kadis, { emailEnabled: true, delivery: "IMMEDIATE" });
  });
});

describe("the advisory lock", () => {
  it("skips a job while another runner holds it", async () => {
    const name = "measurement-reminders";
    if (connection().kind === "postgres") {
      // Another app server: a second connection holding the job's lock in an open transaction.
      const url = new URL(process.env.TEST_DATABASE_URL as string);
      url.pathname = connection().location.slice(connection().location.indexOf("/"));
      const other = new pg.Client({ connectionString: url.toString() });
      await other.connect();
      try {
        await other.query("BEGIN");
        await other.query("SELECT pg_advisory_xact_lock(7311, hashtext($1))", [name]);
        expect(await runJob(db(), job(name))).toEqual({ status: "skipped", reason: "sedang dijalankan server lain" });
        await other.query("COMMIT");
        expect((await runJob(db(), job(name))).status).toBe("done");
      } finally {
        await other.end();
      }
    } else {
      // PGlite has one connection: two runs in one process, the second while the first holds it.
      const [first, second] = await Promise.all([runJob(db(), job(name)), runJob(db(), job(name))]);
      expect(first.status).toBe("done");
      expect(second).toEqual({ status: "skipped", reason: "masih berjalan di proses ini" });
    }
  });
});
