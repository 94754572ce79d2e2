// The daftar periksa and the Laporan Audit Internal end to end. The audit itself is written
// directly into the database (its plan screens are another module): this journey needs the
// PostgreSQL run (TEST_DATABASE_URL), where the test can reach the server's database.
// The auditor answers on a phone-sized screen, an answer survives a reload and a lost
// connection, a KTS MINOR raises its finding; the lead auditor approves the report, the auditee
// acknowledges it, the pimpinan receives it and it is locked.
import type { Browser } from "@playwright/test";
import { expect, test } from "./support/test";
import { storageStateOf, type AccountKey } from "./demo-accounts";
import { ChecklistPage, ReportPage } from "./pages/audit-checklist-pages";
import { openPostgres, type DatabaseConnection } from "../../lib/db/connection";
import { createAudit, setAuditStatus, sopWithRecords } from "../helpers/audit-factory";

const databaseUrl = process.env.DATABASE_URL;
test.describe.configure({ mode: "serial" });
test.skip(!databaseUrl, "Needs the PostgreSQL run (TEST_DATABASE_URL): the test writes the audit rows into the server's database.");

let connection: DatabaseConnection;
let auditId: string;
const db = () => connection.prisma;

test.beforeAll(async () => {
  connection = await openPostgres(databaseUrl as string);
  const sop = await sopWithRecords(db(), "ntt.dinsos", "Audit Internal");
  auditId = await createAudit(db(), {
    agencyCode: "ntt.dinsos", number: `AI/E2E/${Date.now()}`, status: "PERSIAPAN", unitCodes: ["ntt.dinsos.dayasos"], sopIds: [sop.id], clauses: ["9.2"],
    team: [{ email: "auditor@dinsos.nttprov.go.id", role: "KETUA" }],
  });
});
test.afterAll(async () => {
  await connection?.close();
});

async function pageAs(browser: Browser, account: AccountKey, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ storageState: storageStateOf(account), viewport, locale: "id-ID", timezoneId: "Asia/Makassar" });
  return context.newPage();
}

test.describe("the auditor on a phone", () => {
  test.use({ storageState: storageStateOf("auditor"), viewport: { width: 390, height: 844 }, hasTouch: true });

  test("prepares the checklist from the clause and the SOP's steps", async ({ page }) => {
    const checklist = new ChecklistPage(page);
    await checklist.open(auditId);
    await page.getByRole("button", { name: "Susun daftar periksa" }).click();
    await expect(checklist.item(1)).toBeVisible();
    const steps = await db().checklistItem.count({ where: { auditId, kind: "LANGKAH_SOP" } });
    expect(steps).toBeGreaterThan(3);
    await expect(page.getByText("Langkah SOP").first()).toBeVisible();
    // Answers wait for the audit to be held.
    await expect(checklist.answerButton(1, "Sesuai")).toBeDisabled();
  });

  test("answers; an answer survives a reload and a lost connection; a KTS MINOR raises its finding", async ({ page }) => {
    await setAuditStatus(db(), auditId, "PELAKSANAAN");
    const checklist = new ChecklistPage(page);
    await checklist.open(auditId);

    await checklist.answer(1, "Sesuai");
    await checklist.expectAllSaved();
    await page.reload();
    await expect(checklist.answerButton(1, "Sesuai")).toHaveAttribute("aria-pressed", "true");

    // The connection drops: the answer waits in the browser, and goes out after a reload.
    await page.route(`**/audits/${auditId}/checklist`, (route) => (route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue()));
    await checklist.answer(2, "Tidak berlaku");
    await expect(checklist.status()).toHaveText("1 jawaban menunggu koneksi");
    await expect(checklist.item(2).getByText("menunggu koneksi")).toBeVisible();
    expect((await db().checklistItem.findFirstOrThrow({ where: { auditId, position: 2 } })).answer).toBeNull();
    await page.unroute(`**/audits/${auditId}/checklist`);
    await page.reload();
    await checklist.expectAllSaved();
    await expect(checklist.answerButton(2, "Tidak berlaku")).toHaveAttribute("aria-pressed", "true");
    await expect.poll(async () => (await db().checklistItem.findFirstOrThrow({ where: { auditId, position: 2 } })).answer).toBe("TIDAK_BERLAKU");

    // A KTS without evidence is stopped in the browser; with evidence it becomes a finding.
    const step = await db().checklistItem.findFirstOrThrow({ where: { auditId, kind: "LANGKAH_SOP", sopStepNo: 2 } });
    await checklist.answerButton(step.position, "KTS Minor").click();
    await expect(checklist.item(step.position).getByRole("alert")).toHaveText(/bukti objektif/);
    await checklist.answer(step.position, "KTS Minor", "Daftar hadir rapat persiapan tidak ditemukan.");
    await expect(checklist.item(step.position).getByText(/Temuan T\/\d{4}\/\d{3} tercatat dari butir ini/)).toBeVisible();
    const finding = await db().finding.findUniqueOrThrow({ where: { checklistItemId: step.id } });
    expect(finding).toMatchObject({ category: "KTS_MINOR", sopStepNo: 2, evidence: "Daftar hadir rapat persiapan tidak ditemukan.", source: "AUDIT_INTERNAL" });
  });
});

test.describe("the report", () => {
  test("the lead auditor approves it, the auditee acknowledges it, the pimpinan receives it and it is locked", async ({ browser }) => {
    // The rest of the checklist was answered during the audit.
    await db().checklistItem.updateMany({ where: { auditId, answer: null }, data: { answer: "SESUAI", answeredAt: new Date() } });
    await setAuditStatus(db(), auditId, "PELAPORAN");

    const auditor = await pageAs(browser, "auditor");
    const report = new ReportPage(auditor);
    await report.open(auditId);
    await auditor.getByRole("textbox", { name: "Kekuatan" }).fill("Arsip audit tertata dan mudah ditelusuri.");
    await auditor.getByRole("textbox", { name: /Kesimpulan/ }).fill("SMM diterapkan efektif; satu KTS minor perlu tindakan perbaikan.");
    await auditor.getByRole("button", { name: "Simpan laporan" }).click();
    await expect(auditor.getByText("Laporan disimpan.")).toBeVisible();
    await report.transition("Setujui laporan");
    await expect(auditor.getByText(/Disetujui ketua tim audit: Yohanes Kefi/)).toBeVisible();
    await expect(auditor.getByRole("table", { name: /Temuan audit/ }).getByRole("cell", { name: "KTS Minor", exact: true })).toBeVisible();

    const auditee = await pageAs(browser, "auditee");
    await new ReportPage(auditee).open(auditId);
    await auditee.getByRole("button", { name: "Nyatakan diterima (Bidang Pemberdayaan Sosial)" }).click();
    await auditee.getByRole("dialog").getByRole("textbox").fill("KTS akan ditindaklanjuti bulan ini.");
    await auditee.getByRole("dialog").getByRole("button", { name: "Nyatakan diterima" }).click();
    await expect(auditee.getByText(/Diterima auditi Bidang Pemberdayaan Sosial: Drs. Agustinus Lelo/)).toBeVisible();

    const pimpinan = await pageAs(browser, "pimpinan");
    const received = new ReportPage(pimpinan);
    await received.open(auditId);
    await received.transition("Terima laporan");
    await expect(pimpinan.getByText(/Diterima pimpinan dan dikunci/)).toBeVisible();
    expect((await db().audit.findUniqueOrThrow({ where: { id: auditId } })).reportLockedAt).not.toBeNull();

    const pdf = await pimpinan.request.get(`/audits/${auditId}/report/pdf`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // Locked: the auditor's checklist no longer takes answers.
    const locked = await pageAs(browser, "auditor", { width: 390, height: 844 });
    await new ChecklistPage(locked).open(auditId);
    await expect(locked.getByText("Laporan audit sudah dikunci")).toBeVisible();
    await expect(new ChecklistPage(locked).answerButton(1, "KTS Mayor")).toBeDisabled();
  });
});
