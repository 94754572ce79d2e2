// Laporan Audit Internal: the lead auditor approves it once every item is answered, each auditee
// unit acknowledges it, the PIMPINAN receives it and it is locked; afterwards a second answer, a
// text change or a second acknowledgment is refused with nothing written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/types";
import type { DatabaseConnection } from "../../../lib/db/connection";
import { answerChecklistItem, generateAuditChecklist } from "../../../lib/audits/checklist-mutations";
import { answerSchema } from "../../../lib/audits/checklist-schema";
import { acknowledgeReport, saveReportText, transitionReport } from "../../../lib/audits/report-mutations";
import { getReportPage } from "../../../lib/audits/report-data";
import { closeTestDatabase } from "../../helpers/database";
import { openDemoDatabase } from "../../helpers/demo-database";
import { sessionsFor, unitId } from "../../helpers/users";
import { ensureUser } from "../../../seeds/factories/org";
import { createAudit, setAuditStatus } from "../../helpers/audit-factory";
import { expectRefusedUnchanged } from "../../helpers/refusals";

let connection: DatabaseConnection;
const as: Record<string, SessionUser> = {};
const db = () => connection.prisma;

beforeAll(async () => {
  const opened = await openDemoDatabase({
    auditor: "auditor@dinsos.nttprov.go.id", manajer: "manajer.mutu@dinsos.nttprov.go.id", kabid: "kabid.dayasos@dinsos.nttprov.go.id",
    lansia: "kaupt.lansia@dinsos.nttprov.go.id", kadis: "kadis@dinsos.nttprov.go.id", bpsmb: "mutu@bpsmb.kaltimprov.go.id", biro: "biro.organisasi@nttprov.go.id",
  });
  connection = opened.connection;
  Object.assign(as, opened.as);
  const linjamsos = await unitId(db(), "ntt.dinsos.linjamsos");
  const dinsos = await unitId(db(), "ntt.dinsos");
  await ensureUser(db(), { nip: "199101012015031001", email: "anggota@dinsos.nttprov.go.id", name: "Anggota Tim", unitId: linjamsos, password: "PortalMutu#2026", grants: [{ role: "AUDITOR", unitId: dinsos }] });
  Object.assign(as, await sessionsFor(db(), { anggota: "anggota@dinsos.nttprov.go.id" }));
}, 240_000);
afterAll(closeTestDatabase);

const history = () => db().activity.count();
const refused = (call: () => Promise<unknown>, message: RegExp) =>
  expectRefusedUnchanged(call, message, async () => ({
    history: await history(), report: await db().auditReport.findMany(), acks: await db().auditReportAcknowledgment.count(),
    items: await db().checklistItem.findMany({ orderBy: { id: "asc" } }),
  }));
const reportOf = (auditId: string) => db().auditReport.findUniqueOrThrow({ where: { auditId } });

describe("the report from draft to locked", () => {
  it("is approved by the lead auditor, acknowledged by the auditee unit, received by the pimpinan and then locked", async () => {
    const auditId = await createAudit(db(), {
      agencyCode: "ntt.dinsos", number: "AI/REP/1", unitCodes: ["ntt.dinsos.dayasos"], clauses: ["9.2"],
      team: [{ email: "auditor@dinsos.nttprov.go.id", role: "KETUA" }, { email: "anggota@dinsos.nttprov.go.id", role: "ANGGOTA" }],
    });
    await generateAuditChecklist(as.auditor, auditId);
    const items = await db().checklistItem.findMany({ where: { auditId }, orderBy: { position: "asc" } });
    await answerChecklistItem(as.anggota, answerSchema.parse({ id: items[0].id, version: items[0].version, answer: "KTS_MINOR", evidenceNote: "Tindak lanjut audit lalu belum diverifikasi." }));

    // Only the team writes the text; the auditee may not.
    await refused(() => saveReportText(as.kabid, { auditId, version: null, summary: null, strengths: null, conclusion: "x" }), /tidak berwenang/);
    await saveReportText(as.anggota, { auditId, version: null, summary: "Audit berjalan sesuai jadwal.", strengths: "Arsip tertata.", conclusion: null });
    let report = await reportOf(auditId);
    await refused(() => saveReportText(as.auditor, { auditId, version: null, summary: null, strengths: null, conclusion: "lama" }), /diubah pengguna lain|muat ulang/i);

    // Not yet: unanswered items, still PELAKSANAAN, no conclusion.
    await refused(() => transitionReport(as.auditor, { id: report.id, version: report.version, transition: "approve" }), /Pelaporan/);
    for (const item of items.slice(1)) {
      await answerChecklistItem(as.auditor, answerSchema.parse({ id: item.id, version: item.version, answer: "SESUAI" }));
    }
    await setAuditStatus(db(), auditId, "PELAPORAN");
    await refused(() => transitionReport(as.auditor, { id: report.id, version: report.version, transition: "approve" }), /kesimpulan/);
    await saveReportText(as.auditor, { auditId, version: report.version, summary: report.summary, strengths: report.strengths, conclusion: "SMM diterapkan efektif dengan satu KTS minor." });
    report = await reportOf(auditId);

    // The member who is not the lead auditor, and the pimpinan, cannot approve.
    await refused(() => transitionReport(as.anggota, { id: report.id, version: report.version, transition: "approve" }), /ketua tim/);
    await refused(() => transitionReport(as.kadis, { id: report.id, version: report.version, transition: "approve" }), /tidak berwenang/);
    await transitionReport(as.auditor, { id: report.id, version: report.version, transition: "approve" });
    report = await reportOf(auditId);
    expect(report).toMatchObject({ status: "DISETUJUI", approvedById: as.auditor.id });
    await refused(() => saveReportText(as.auditor, { auditId, version: report.version, summary: null, strengths: null, conclusion: "ubah" }), /sudah disetujui/);

    // The pimpinan receives only after every auditee unit acknowledged.
    await refused(() => transitionReport(as.kadis, { id: report.id, version: report.version, transition: "receive" }), /Bidang Pemberdayaan Sosial/);
    const dayasos = await unitId(db(), "ntt.dinsos.dayasos");
    const lansia = await unitId(db(), "ntt.dinsos.uptd-lansia");
    await refused(() => acknowledgeReport(as.lansia, { reportId: report.id, unitId: dayasos, note: null }), /auditi unit itu sendiri/);
    await refused(() => acknowledgeReport(as.lansia, { reportId: report.id, unitId: lansia, note: null }), /bukan auditi/);
    await refused(() => acknowledgeReport(as.manajer, { reportId: report.id, unitId: dayasos, note: null }), /auditi unit itu sendiri/);
    await acknowledgeReport(as.kabid, { reportId: report.id, unitId: dayasos, note: "Kami terima, KTS akan ditindaklanjuti." });
    await refused(() => acknowledgeReport(as.kabid, { reportId: report.id, unitId: dayasos, note: null }), /sudah menyatakan menerima/);

    // Another agency's pimpinan, and the province reader, cannot receive it.
    await refused(() => transitionReport(as.bpsmb, { id: report.id, version: report.version, transition: "receive" }), /tidak berwenang/);
    await refused(() => transitionReport(as.biro, { id: report.id, version: report.version, transition: "receive" }), /tidak berwenang/);
    await transitionReport(as.kadis, { id: report.id, version: report.version, transition: "receive" }, new Date("2026-03-10T02:00:00Z"));
    expect(await reportOf(auditId)).toMatchObject({ status: "DITERIMA", receivedById: as.kadis.id });
    expect((await db().audit.findUniqueOrThrow({ where: { id: auditId } })).reportLockedAt).toEqual(new Date("2026-03-10T02:00:00Z"));

    // Locked: a second answer, a text change, anything else is refused and nothing is written.
    const [answered] = await db().checklistItem.findMany({ where: { auditId }, orderBy: { position: "asc" } });
    await setAuditStatus(db(), auditId, "PELAKSANAAN"); // even if the audit were reopened by mistake
    await refused(() => answerChecklistItem(as.auditor, answerSchema.parse({ id: answered.id, version: answered.version, answer: "KTS_MAYOR", evidenceNote: "lagi" })), /sudah dikunci/);
    await refused(() => saveReportText(as.auditor, { auditId, version: report.version, summary: null, strengths: null, conclusion: "ubah" }), /sudah dikunci/);
    await refused(() => generateAuditChecklist(as.auditor, auditId), /sudah dikunci/);

    // What the report page shows: the summary counted from the answers and the finding by category.
    const page = await getReportPage(as.kadis, auditId);
    expect(page?.view.summary[0].counts).toMatchObject({ KTS_MINOR: 1, SESUAI: items.length - 1, BELUM: 0 });
    expect(page?.view.findings).toEqual([expect.objectContaining({ category: "KTS_MINOR", unitName: "Bidang Pemberdayaan Sosial" })]);
    expect(page?.view.acknowledgments).toEqual([expect.objectContaining({ unitName: "Bidang Pemberdayaan Sosial", note: "Kami terima, KTS akan ditindaklanjuti." })]);
    expect(page?.transitions).toEqual([]);
    expect(await getReportPage(as.bpsmb, auditId)).toBeNull();
  });

  it("two pimpinan actions at once on one report: one receives, the other is told it changed", async () => {
    const auditId = await createAudit(db(), {
      agencyCode: "ntt.dinsos", number: "AI/REP/2", status: "PELAPORAN", unitCodes: ["ntt.dinsos.dayasos"], clauses: [],
      team: [{ email: "auditor@dinsos.nttprov.go.id", role: "KETUA" }],
    });
    const created = await db().auditReport.create({ data: { auditId, status: "DISETUJUI", conclusion: "Baik." } });
    await db().auditReportAcknowledgment.create({ data: { reportId: created.id, unitId: await unitId(db(), "ntt.dinsos.dayasos"), userId: as.kabid.id, userName: as.kabid.name } });
    const results = await Promise.allSettled([
      transitionReport(as.kadis, { id: created.id, version: created.version, transition: "receive" }),
      transitionReport(as.kadis, { id: created.id, version: created.version, transition: "receive" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await reportOf(auditId)).version).toBe(created.version + 1);
  });
});
