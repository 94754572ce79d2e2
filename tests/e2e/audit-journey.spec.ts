// One audit from plan to closed corrective action, through the screens only (both databases):
// the manajer mutu plans an audit of one unit and two SOPs and publishes it; the lead auditor
// prepares the checklist and answers it on a phone (an answer survives a reload and a dropped
// connection) and raises a KTS MINOR; the lead auditor approves the report, the auditee
// acknowledges it, the pimpinan receives it (locked) and the audit is finished. The auditee
// accepts the KTS, plans, the manajer mutu approves, the auditee reports it done, the auditor
// judges it not effective; round 2 is verified effective and closes the finding.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { storageStateOf, type AccountKey } from "./demo-accounts";
import { AuditFormPage, AuditPage } from "./pages/audit-pages";
import { ChecklistPage, ReportPage } from "./pages/audit-checklist-pages";
import { CorrectiveActionPage, type PlanEntry } from "./pages/corrective-action-page";
import { FindingPage } from "./pages/finding-pages";

const YEAR = new Date().getFullYear() + 1;
const TITLE = "Audit internal E2E Bidang Pemberdayaan Sosial";
const DAY = `${YEAR}-03-10`;
const UNIT = "Bidang Pemberdayaan Sosial";
const KTS_EVIDENCE = "Daftar hadir rapat persiapan audit tidak ditemukan untuk dua rapat terakhir.";
const PHONE = { width: 390, height: 844 };
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const PLAN: PlanEntry = {
  correction: "Daftar hadir dua rapat persiapan direkonstruksi dari undangan dan ditandatangani ulang.",
  whys: ["Daftar hadir tidak diarsipkan", "Notulis tidak tahu siapa mengarsipkan", "Tugas pengarsipan tidak tertulis"],
  cause: { category: "Metode", description: "SOP tidak menyebut siapa mengarsipkan daftar hadir rapat persiapan." },
  action: { description: "Tambahkan pengarsipan daftar hadir oleh notulis ke SOP dan formulir rapat.", picName: "Agustinus Lelo", dueDate: inDays(7) },
};

let auditUrl = "";
let findingUrl = "";
const contexts: BrowserContext[] = [];

async function pageAs(browser: Browser, account: AccountKey, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(account), viewport, locale: "id-ID", timezoneId: "Asia/Makassar" });
  contexts.push(context);
  return context.newPage();
}

const checklistUrl = () => `${auditUrl}/checklist`;
const auditId = () => new URL(auditUrl).pathname.split("/").pop()!;

test.describe.configure({ mode: "serial" });
test.afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

test.describe("the audit", () => {
  test("the manajer mutu plans an audit of one unit and two SOPs, schedules the lead auditor and publishes it", async ({ browser }) => {
    const page = await pageAs(browser, "manajerMutu");
    await new AuditFormPage(page).create({
      title: TITLE,
      objectives: "Memastikan audit internal dan tinjauan manajemen dijalankan sesuai SOP AP.",
      startDate: DAY, endDate: DAY,
      units: [{ name: UNIT, representative: "Drs. Agustinus Lelo" }],
      sopFilters: ["Audit Internal", "Tinjauan Manajemen"],
      clauses: [/^9\.2 /],
      team: [{ name: "Yohanes Kefi, S.E.", role: "Ketua (lead auditor)" }],
    });
    auditUrl = page.url();
    const audit = new AuditPage(page);
    await page.getByRole("link", { name: "Susun jadwal" }).click();
    await audit.addSession({ unitName: UNIT, auditors: ["Yohanes Kefi, S.E."], date: DAY, from: "09:00", to: "12:00" });
    await expect(page.getByRole("row").filter({ hasText: `Sesi audit unit: ${UNIT}` })).toContainText("09.00–12.00");
    await page.goto(auditUrl);
    await audit.transition("Terbitkan rencana");
    await expect(page.getByText("Persiapan").first()).toBeVisible();
  });

  test("the lead auditor prepares the checklist on a phone; answers wait for the audit to be held", async ({ browser }) => {
    const page = await pageAs(browser, "auditor", PHONE);
    const checklist = new ChecklistPage(page);
    await page.goto(checklistUrl());
    await page.getByRole("button", { name: "Susun daftar periksa" }).click();
    await expect(checklist.item(1)).toBeVisible();
    await expect(page.getByText("Langkah SOP").first()).toBeVisible();
    await expect(page.getByText(/^9\.2/).first()).toBeVisible();
    await expect(checklist.answerButton(1, "Sesuai")).toBeDisabled();
  });

  test("the manajer mutu starts the audit", async ({ browser }) => {
    const page = await pageAs(browser, "manajerMutu");
    await page.goto(auditUrl);
    await new AuditPage(page).transition("Mulai pelaksanaan");
    await expect(page.getByText("Pelaksanaan").first()).toBeVisible();
  });

  test("the lead auditor answers on the phone: kept over a reload and a dropped connection; a KTS MINOR raises its finding", async ({ browser }) => {
    const page = await pageAs(browser, "auditor", PHONE);
    const checklist = new ChecklistPage(page);
    await page.goto(checklistUrl());
    await checklist.answer(1, "Sesuai");
    await checklist.expectAllSaved();
    await page.reload();
    await expect(checklist.answerButton(1, "Sesuai")).toHaveAttribute("aria-pressed", "true");

    // The connection drops: the answer waits on the phone and is not on the server yet.
    await page.route(`**/audits/${auditId()}/checklist`, (route) => (route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue()));
    await checklist.answer(2, "Tidak berlaku");
    await expect(checklist.status()).toHaveText("1 jawaban menunggu koneksi");
    await expect(checklist.item(2).getByText("menunggu koneksi")).toBeVisible();
    const elsewhere = await pageAs(browser, "auditor");
    await elsewhere.goto(checklistUrl());
    await expect(new ChecklistPage(elsewhere).answerButton(2, "Tidak berlaku")).toHaveAttribute("aria-pressed", "false");
    await page.unroute(`**/audits/${auditId()}/checklist`);
    await page.reload();
    await checklist.expectAllSaved();
    await expect(checklist.answerButton(2, "Tidak berlaku")).toHaveAttribute("aria-pressed", "true");
    await elsewhere.reload();
    await expect(new ChecklistPage(elsewhere).answerButton(2, "Tidak berlaku")).toHaveAttribute("aria-pressed", "true");

    // A KTS without evidence is stopped on the phone; with evidence it becomes a finding.
    const step = await checklist.firstSopStep();
    await checklist.answerButton(step, "KTS Minor").click();
    await expect(checklist.item(step).getByRole("alert")).toHaveText(/bukti objektif/);
    await checklist.answer(step, "KTS Minor", KTS_EVIDENCE);
    const link = checklist.item(step).getByRole("link", { name: /^T\/\d{4}\/\d{3}$/ });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.getByRole("heading", { level: 1, name: /^Temuan T\/\d{4}\/\d{3}$/ })).toBeVisible();
    findingUrl = page.url();
    await expect(page.getByRole("main")).toContainText("KTS Minor");
    await expect(page.getByRole("main")).toContainText(KTS_EVIDENCE);
    await expect(page.getByRole("main")).toContainText(UNIT);
  });

  test("the lead auditor narrows the list to what is left to ask, then answers the rest", async ({ browser }) => {
    // One tap for each of the remaining items (tens of them).
    test.setTimeout(180_000);
    const page = await pageAs(browser, "auditor", PHONE);
    const checklist = new ChecklistPage(page);
    await page.goto(checklistUrl());
    const step = await checklist.firstSopStep();
    await expect(checklist.answerButton(step, "KTS Minor")).toHaveAttribute("aria-pressed", "true");
    const unanswered = page.getByRole("checkbox", { name: "Hanya yang belum dijawab" });
    await unanswered.check();
    await expect(checklist.item(1)).toHaveCount(0);
    await expect(checklist.item(step)).toHaveCount(0);
    await unanswered.uncheck();
    await checklist.answerRemaining("Sesuai");
  });

  test("the manajer mutu moves it to reporting", async ({ browser }) => {
    const page = await pageAs(browser, "manajerMutu");
    await page.goto(auditUrl);
    await new AuditPage(page).transition("Masuk pelaporan");
    await expect(page.getByText("Pelaporan").first()).toBeVisible();
  });

  test("the lead auditor approves the report, the auditee acknowledges, the pimpinan receives it and it is locked", async ({ browser }) => {
    const auditor = await pageAs(browser, "auditor");
    const report = new ReportPage(auditor);
    await report.open(auditId());
    await auditor.getByRole("textbox", { name: "Kekuatan" }).fill("Arsip audit tertata dan mudah ditelusuri.");
    await auditor.getByRole("textbox", { name: /Kesimpulan/ }).fill("SMM diterapkan efektif; satu KTS minor perlu tindakan perbaikan.");
    await auditor.getByRole("button", { name: "Simpan laporan" }).click();
    await expect(auditor.getByText("Laporan disimpan.")).toBeVisible();
    await report.transition("Setujui laporan");
    await expect(auditor.getByText(/Disetujui ketua tim audit: Yohanes Kefi/)).toBeVisible();
    await expect(auditor.getByRole("table", { name: /Temuan audit/ }).getByRole("cell", { name: "KTS Minor", exact: true })).toBeVisible();

    const auditee = await pageAs(browser, "auditee");
    await new ReportPage(auditee).open(auditId());
    await auditee.getByRole("button", { name: `Nyatakan diterima (${UNIT})` }).click();
    await auditee.getByRole("dialog").getByRole("textbox").fill("KTS akan ditindaklanjuti bulan ini.");
    await auditee.getByRole("dialog").getByRole("button", { name: "Nyatakan diterima" }).click();
    await expect(auditee.getByText(new RegExp(`Diterima auditi ${UNIT}: Drs. Agustinus Lelo`))).toBeVisible();

    const pimpinan = await pageAs(browser, "pimpinan");
    await new ReportPage(pimpinan).open(auditId());
    await new ReportPage(pimpinan).transition("Terima laporan");
    await expect(pimpinan.getByText(/Diterima pimpinan dan dikunci/)).toBeVisible();
    const pdf = await pimpinan.request.get(`/audits/${auditId()}/report/pdf`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const phone = await pageAs(browser, "auditor", PHONE);
    await phone.goto(checklistUrl());
    await expect(phone.getByText("Laporan audit sudah dikunci")).toBeVisible();
    await expect(new ChecklistPage(phone).answerButton(1, "KTS Mayor")).toBeDisabled();
  });

  test("the manajer mutu finishes the audit", async ({ browser }) => {
    const page = await pageAs(browser, "manajerMutu");
    await page.goto(auditUrl);
    await new AuditPage(page).transition("Selesaikan audit");
    await expect(page.getByText("Selesai").first()).toBeVisible();
    // Next year's plan starts from this one.
    await page.getByRole("link", { name: "Salin sebagai rencana baru" }).click();
    await expect(page.getByRole("textbox", { name: "Judul", exact: true })).toHaveValue(TITLE);
    await expect(page.getByLabel("Tanggal mulai")).toHaveValue(`${YEAR + 1}-03-10`);
    await expect(page.getByRole("checkbox", { name: UNIT, exact: true })).toBeChecked();
  });
});

async function planAndSubmit(page: Page, round: number, plan: PlanEntry) {
  const ca = new CorrectiveActionPage(page);
  await ca.openFromFinding(findingUrl, round);
  await ca.plan(plan);
  await ca.transition("Ajukan rencana");
  await expect(ca.status()).toContainText("Rencana diajukan");
}

async function approveAndImplement(browser: Browser, round: number, note: string) {
  const manager = await pageAs(browser, "manajerMutu");
  const ca = new CorrectiveActionPage(manager);
  await ca.openFromFinding(findingUrl, round);
  await ca.transition("Setujui rencana");
  await expect(ca.status()).toContainText("Rencana disetujui");

  const auditee = await pageAs(browser, "auditee");
  const own = new CorrectiveActionPage(auditee);
  await own.openFromFinding(findingUrl, round);
  await own.recordDone(0, note, `bukti-putaran-${round}.txt`);
  await own.transition("Laporkan selesai");
  await expect(own.status()).toContainText("Dilaksanakan");
  await expect(auditee.getByRole("button", { name: "Mulai verifikasi", exact: true })).toHaveCount(0);
}

test.describe("the KTS from the checklist", () => {
  test("the auditee accepts it and plans round 1 of its corrective action", async ({ browser }) => {
    const page = await pageAs(browser, "auditee");
    await page.goto(findingUrl);
    await new FindingPage(page).transition("Terima temuan");
    await expect(page.getByRole("main")).toContainText("Diterima");
    await planAndSubmit(page, 1, PLAN);
  });

  test("the manajer mutu sets no waiting period for minor findings, approves; the auditee reports it done", async ({ browser }) => {
    const page = await pageAs(browser, "manajerMutu");
    await page.goto("/corrective-actions/settings");
    const form = page.getByRole("form", { name: /Pengaturan Dinas Sosial/ });
    await form.getByRole("spinbutton", { name: "Masa tunggu verifikasi KTS minor (hari)" }).fill("0");
    await form.getByRole("button", { name: "Simpan pengaturan" }).click();
    await expect(page.getByText(/Pengaturan tindakan perbaikan .* disimpan/).first()).toBeVisible();
    await approveAndImplement(browser, 1, "SOP dan formulir rapat persiapan diubah; daftar hadir diarsip notulis.");
  });

  test("the auditor judges it not effective: round 2 opens with the reason", async ({ browser }) => {
    const page = await pageAs(browser, "auditor");
    const ca = new CorrectiveActionPage(page);
    await ca.openFromFinding(findingUrl, 1);
    await ca.transition("Mulai verifikasi");
    await ca.transition("Tidak efektif", "Rapat persiapan November: daftar hadir masih belum diarsip.");
    await expect(ca.status()).toContainText("Tidak efektif");
    await page.getByRole("link", { name: "Buka putaran 2 yang berjalan" }).click();
    await expect(ca.status()).toContainText("putaran 2");
    await expect(page.getByText("Rapat persiapan November: daftar hadir masih belum diarsip.")).toBeVisible();
  });

  test("round 2 is planned, approved and done; verified effective, it closes the finding", async ({ browser }) => {
    // Three people's steps in one test.
    test.setTimeout(120_000);
    const auditee = await pageAs(browser, "auditee");
    await planAndSubmit(auditee, 2, {
      ...PLAN,
      cause: { category: "Manusia", description: "Notulis pengganti tidak diberi tahu tugas pengarsipan." },
      action: { ...PLAN.action, description: "Serah terima tugas notulis memuat pengarsipan daftar hadir; diperiksa sekretaris." },
    });
    await approveAndImplement(browser, 2, "Serah terima notulis berjalan sejak 20 November; tiga rapat lengkap.");

    const page = await pageAs(browser, "auditor");
    const ca = new CorrectiveActionPage(page);
    await ca.openFromFinding(findingUrl, 2);
    await ca.transition("Mulai verifikasi");
    await ca.transition("Efektif, tutup", "Desember: tiga rapat persiapan, semua daftar hadir diarsip.");
    await expect(ca.status()).toContainText("Ditutup (efektif)");
    await expect(page.getByRole("heading", { name: /Putaran 1 \(selesai, hanya baca\)/ })).toBeVisible();
    await page.goto(findingUrl);
    await expect(page.getByRole("main")).toContainText("Ditutup");
  });
});
