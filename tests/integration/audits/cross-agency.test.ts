// Audit silang: a lead auditor of another agency answers the checklist and approves the report of
// the one audit whose team holds them (team-rules actingOnAudit), and nothing else of that agency;
// an auditor of the agency who is not on the team is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { answerChecklistItem, generateAuditChecklist } from "../../../lib/audits/checklist-mutations";
import { answerSchema } from "../../../lib/audits/checklist-schema";
import { getReportPage } from "../../../lib/audits/report-data";
import { saveReportText, transitionReport } from "../../../lib/audits/report-mutations";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";
import { sessionsFor } from "../../helpers/users";
import { ensureUser } from "../../../seeds/factories/org";
import { createAudit, setAuditStatus } from "../../helpers/audit-factory";
import { expectRefusedUnchanged } from "../../helpers/refusals";

let connection: DatabaseConnection;
const as: Record<string, SessionUser> = {};
const db = () => connection.prisma;
const BIRO = "lead@biro.nttprov.go.id";

beforeAll(async () => {
  const opened = await openDemoDatabase({ auditor: "auditor@dinsos.nttprov.go.id", kadis: "kadis@dinsos.nttprov.go.id" });
  connection = opened.connection;
  Object.assign(as, opened.as);
  const dinsos = await db().unit.findUniqueOrThrow({ where: { code: "ntt.dinsos" }, select: { id: true } });
  const biro = await db().unit.findUniqueOrThrow({ where: { code: "ntt.biro-organisasi.kelembagaan" }, select: { id: true } });
  await ensureUser(db(), { nip: "199404042018031004", email: BIRO, name: "Ketua Tim Biro", unitId: biro.id, password: "PortalMutu#2026", grants: [{ role: "AUDITOR", unitId: biro.id }] });
  await ensureUser(db(), { nip: "199505052019031005", email: "lain@dinsos.nttprov.go.id", name: "Auditor Lain", unitId: dinsos.id, password: "PortalMutu#2026", grants: [{ role: "AUDITOR", unitId: dinsos.id }] });
  Object.assign(as, await sessionsFor(db(), { biro: BIRO, other: "lain@dinsos.nttprov.go.id" }));
}, 240_000);
afterAll(closeTestDatabase);

const items = (auditId: string) => db().checklistItem.findMany({ where: { auditId }, orderBy: { position: "asc" } });
const refusedWithoutTrace = (call: () => Promise<unknown>, message: RegExp) =>
  expectRefusedUnchanged(call, message, async () => ({ items: await db().checklistItem.findMany({ orderBy: { id: "asc" } }), reports: await db().auditReport.findMany(), history: await db().activity.count() }));

describe("a cross-agency lead auditor", () => {
  it("answers and approves in their audit only; an unassigned auditor is refused", async () => {
    const team = [{ email: BIRO, role: "KETUA" as const, crossAgency: true }, { email: "auditor@dinsos.nttprov.go.id", role: "ANGGOTA" as const }];
    const mine = await createAudit(db(), { agencyCode: "ntt.dinsos", number: "AI/SILANG/1", unitCodes: ["ntt.dinsos.dayasos"], clauses: ["9.2"], team });
    const other = await createAudit(db(), { agencyCode: "ntt.dinsos", number: "AI/SILANG/2", unitCodes: ["ntt.dinsos.dayasos"], clauses: ["9.2"], team: [{ email: "auditor@dinsos.nttprov.go.id", role: "KETUA" }] });
    await generateAuditChecklist(as.biro, mine);
    await generateAuditChecklist(as.auditor, other);
    const [item] = await items(mine);
    const [otherItem] = await items(other);

    await answerChecklistItem(as.biro, answerSchema.parse({ id: item.id, version: item.version, answer: "SESUAI", evidenceNote: "Program audit disahkan." }));
    expect(await db().checklistItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ answer: "SESUAI", answeredById: as.biro.id });

    await refusedWithoutTrace(() => answerChecklistItem(as.biro, answerSchema.parse({ id: otherItem.id, version: otherItem.version, answer: "SESUAI" })), /Hanya auditor yang ditugaskan/);
    await refusedWithoutTrace(() => answerChecklistItem(as.other, answerSchema.parse({ id: otherItem.id, version: otherItem.version, answer: "SESUAI" })), /Hanya auditor yang ditugaskan/);

    for (const rest of (await items(mine)).filter((i) => i.answer === null)) {
      await answerChecklistItem(as.auditor, answerSchema.parse({ id: rest.id, version: rest.version, answer: "SESUAI" }));
    }
    await saveReportText(as.biro, { auditId: mine, version: null, summary: "Audit silang berjalan baik.", strengths: null, conclusion: "Efektif." });
    await setAuditStatus(db(), mine, "PELAPORAN");
    const page = await getReportPage(as.biro, mine);
    expect(page?.transitions.map((t) => t.name)).toEqual(["approve"]);
    const report = await db().auditReport.findUniqueOrThrow({ where: { auditId: mine } });
    // The ANGGOTA of the agency is not the lead auditor: refused, and the buttons agree.
    await refusedWithoutTrace(() => transitionReport(as.auditor, { id: report.id, version: report.version, transition: "approve", note: null }), /ketua tim audit/);
    await transitionReport(as.biro, { id: report.id, version: report.version, transition: "approve", note: null });
    expect(await db().auditReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "DISETUJUI", approvedById: as.biro.id });
  });

  it("loses the grant when the audit ends", async () => {
    const mine = await createAudit(db(), {
      agencyCode: "ntt.dinsos", number: "AI/SILANG/3", unitCodes: ["ntt.dinsos.dayasos"], clauses: ["9.2"],
      team: [{ email: BIRO, role: "KETUA", crossAgency: true }, { email: "auditor@dinsos.nttprov.go.id", role: "ANGGOTA" }],
    });
    await generateAuditChecklist(as.biro, mine);
    await saveReportText(as.biro, { auditId: mine, version: null, summary: null, strengths: null, conclusion: "Efektif." });
    await setAuditStatus(db(), mine, "SELESAI");
    const report = await db().auditReport.findUniqueOrThrow({ where: { auditId: mine } });
    await refusedWithoutTrace(() => transitionReport(as.biro, { id: report.id, version: report.version, transition: "approve", note: null }), /tidak berwenang/);
  });
});
