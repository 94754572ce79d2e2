// The audit reminder job with a fixed clock (WITA agency): an audit starting Wednesday 16 September
// 2026 reminds its team and auditees once 14 days before, once the day before, never twice on a
// rerun; a cancelled audit reminds nobody.
import { describe, expect, it } from "vitest";
import { findJob } from "../../../lib/jobs/registry";
import { runJob } from "../../../lib/jobs/runner";
import type { Job } from "../../../lib/jobs/types";
import { useDemoDatabase } from "../../helpers/demo-database";
import { createAudit } from "../../helpers/audit-factory";
import { ACCOUNTS } from "./fixtures";

const job = () => findJob("audit-reminders") as Job;
// 08:00 WITA on the given day.
const morning = (day: string) => new Date(`${day}T00:00:00Z`);

const { db, as } = useDemoDatabase(ACCOUNTS, { sops: false }, 240_000);

async function audit(number: string, status: "PERSIAPAN" | "DIBATALKAN") {
  const id = await createAudit(db(), {
    agencyCode: "ntt.dinsos", number, status, unitCodes: ["ntt.dinsos.dayasos"],
    team: [{ email: ACCOUNTS.auditor, role: "KETUA" }, { email: ACCOUNTS.auditor2, role: "ANGGOTA" }],
  });
  await db().audit.update({ where: { id }, data: { startDate: new Date("2026-09-16T00:00:00Z"), endDate: new Date("2026-09-17T00:00:00Z") } });
  return id;
}
const reminders = (auditId: string) =>
  db().notification.findMany({ where: { entityId: auditId, event: "audit_upcoming" }, select: { userId: true, dedupeKey: true, title: true }, orderBy: { createdAt: "asc" } });

describe("audit reminders", () => {
  it("remind the team and the auditees once 14 days before and once the day before; a cancelled audit nobody", async () => {
    const held = await audit("AI/REMIND/1", "PERSIAPAN");
    const cancelled = await audit("AI/REMIND/2", "DIBATALKAN");

    await runJob(db(), job(), morning("2026-09-01"));
    expect(await reminders(held)).toEqual([]);

    await runJob(db(), job(), morning("2026-09-02"));
    const first = await reminders(held);
    expect(first.map((r) => r.userId).sort()).toEqual([as.auditor.id, as.auditor2.id, as.kabid.id].sort());
    expect(first.every((r) => r.dedupeKey === `audit-upcoming-14:${held}:2026-09-16`)).toBe(true);
    expect(first[0].title).toContain("dua minggu lagi");

    // A rerun, and the following days within the 14, write nothing more.
    await runJob(db(), job(), morning("2026-09-02"));
    await runJob(db(), job(), morning("2026-09-03"));
    expect(await reminders(held)).toHaveLength(3);

    await runJob(db(), job(), morning("2026-09-15"));
    await runJob(db(), job(), morning("2026-09-15"));
    const all = await reminders(held);
    expect(all).toHaveLength(6);
    expect(all.filter((r) => r.dedupeKey === `audit-upcoming-1:${held}:2026-09-16`).map((r) => r.userId).sort()).toEqual([as.auditor.id, as.auditor2.id, as.kabid.id].sort());

    await runJob(db(), job(), morning("2026-09-16"));
    expect(await reminders(held)).toHaveLength(6);
    expect(await reminders(cancelled)).toEqual([]);
  });
});
