// Who hears of audits: the programme's submission reaches the pimpinan and its decision the
// submitter; a published plan its team and the auditee units; an approved report the auditees;
// the last acknowledgment the pimpinan. One notification per person per event, never the actor.
import { describe, expect, it } from "vitest";
import { answerChecklistItem, generateAuditChecklist } from "../../../lib/audits/checklist-mutations";
import { answerSchema } from "../../../lib/audits/checklist-schema";
import { createAudit, transitionAudit } from "../../../lib/audits/mutations";
import { createProgramme, transitionProgramme } from "../../../lib/audits/programme-mutations";
import { acknowledgeReport, saveReportText, transitionReport } from "../../../lib/audits/report-mutations";
import type { SessionUser } from "../../../lib/auth/types";
import type { NotificationEvent } from "../../../lib/notifications/constants";
import { useDemoDatabase } from "../../helpers/demo-database";
import { unitId } from "../../helpers/users";
import { createAudit as createAuditRow, setAuditStatus } from "../../helpers/audit-factory";
import { ACCOUNTS, planValues } from "./fixtures";

const { db, as } = useDemoDatabase(ACCOUNTS, { sops: false }, 240_000);

async function told(event: NotificationEvent, entityId: string): Promise<string[]> {
  const rows = await db().notification.findMany({ where: { event, entityId }, select: { userId: true } });
  const ids = rows.map((r) => r.userId);
  expect(new Set(ids).size).toBe(ids.length); // one per person
  return ids;
}

describe("audit notifications", () => {
  it("programme: submitted → the pimpinan; returned and approved → the submitter", async () => {
    const [dayasos, lansia] = await Promise.all([unitId(db(), "ntt.dinsos.dayasos"), unitId(db(), "ntt.dinsos.uptd-lansia")]);
    const { id } = await createProgramme(as.manajer, {
      agencyId: await unitId(db(), "ntt.dinsos"), year: 2040, objectives: "Memastikan SMM ISO 9001:2015 diterapkan efektif.",
      rounds: [
        { name: "Semester I", startMonth: 3, endMonth: 4, unitIds: [dayasos], sopIds: [], clauses: ["8"], focus: null },
        { name: "Semester II", startMonth: 9, endMonth: 10, unitIds: [lansia], sopIds: [], clauses: ["9"], focus: null },
      ],
    });
    const step = async (user: SessionUser, transition: "submit" | "approve" | "return", note: string | null = null) => {
      const p = await db().auditProgramme.findUniqueOrThrow({ where: { id } });
      await transitionProgramme(user, { id, version: p.version, transition, note });
    };
    await step(as.manajer, "submit");
    const approvers = await told("audit_programme_submitted", id);
    expect(approvers).toContain(as.kadis.id);
    expect(approvers).not.toContain(as.manajer.id);
    await step(as.kadis, "return", "Tambahkan klausul 10.");
    expect(await told("audit_programme_returned", id)).toEqual([as.manajer.id]);
    const returned = await db().notification.findFirstOrThrow({ where: { event: "audit_programme_returned", entityId: id } });
    expect(returned).toMatchObject({ href: `/audits/programme/${id}`, body: expect.stringContaining("Tambahkan klausul 10.") });
    await step(as.manajer, "submit");
    await step(as.kadis, "approve");
    expect(await told("audit_programme_approved", id)).toEqual([as.manajer.id]);
  });

  it("plan published → the team and the auditee units' AUDITEE holders, not the manajer mutu", async () => {
    const { id } = await createAudit(as.manajer, await planValues(db(), [{ userId: as.auditor.id, role: "KETUA" }, { userId: as.auditor2.id, role: "ANGGOTA" }], { clauses: ["7.5", "8.1"] }));
    const a = await db().audit.findUniqueOrThrow({ where: { id } });
    await transitionAudit(as.manajer, { id, version: a.version, transition: "publish", note: null });
    const ids = await told("audit_plan_published", id);
    expect(ids).toEqual(expect.arrayContaining([as.auditor.id, as.auditor2.id, as.kabid.id, as.kaupt.id]));
    expect(ids).not.toContain(as.manajer.id);
    expect(ids).not.toContain(as.pegawai.id);
    const n = await db().notification.findFirstOrThrow({ where: { event: "audit_plan_published", entityId: id, userId: as.kabid.id } });
    expect(n.href).toBe(`/audits/${id}`);
  });

  it("report approved → each auditee unit; all acknowledged → the pimpinan", async () => {
    const auditId = await createAuditRow(db(), {
      agencyCode: "ntt.dinsos", number: "AI/NOTIF/1", unitCodes: ["ntt.dinsos.dayasos", "ntt.dinsos.uptd-lansia"], clauses: ["9.2"],
      team: [{ email: ACCOUNTS.auditor, role: "KETUA" }],
    });
    await generateAuditChecklist(as.auditor, auditId);
    for (const item of await db().checklistItem.findMany({ where: { auditId } })) {
      await answerChecklistItem(as.auditor, answerSchema.parse({ id: item.id, version: item.version, answer: "SESUAI" }));
    }
    await saveReportText(as.auditor, { auditId, version: null, summary: null, strengths: null, conclusion: "Efektif." });
    await setAuditStatus(db(), auditId, "PELAPORAN");
    const report = await db().auditReport.findUniqueOrThrow({ where: { auditId } });
    await transitionReport(as.auditor, { id: report.id, version: report.version, transition: "approve", note: null });
    const auditees = await told("audit_report_approved", auditId);
    expect(auditees).toEqual(expect.arrayContaining([as.kabid.id, as.kaupt.id]));
    expect(auditees).not.toContain(as.auditor.id);

    await acknowledgeReport(as.kabid, { reportId: report.id, unitId: await unitId(db(), "ntt.dinsos.dayasos"), note: null });
    expect(await told("audit_report_acknowledged", auditId)).toEqual([]); // one unit still to acknowledge
    await acknowledgeReport(as.kaupt, { reportId: report.id, unitId: await unitId(db(), "ntt.dinsos.uptd-lansia"), note: null });
    const pimpinan = await told("audit_report_acknowledged", auditId);
    expect(pimpinan).toContain(as.kadis.id);
    expect(pimpinan).not.toContain(as.kaupt.id);
  });
});
