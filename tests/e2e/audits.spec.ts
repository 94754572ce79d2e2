// The audit plan end to end: the manajer mutu plans an audit of two units and two SOPs with a team,
// is refused an auditor on their own unit, schedules the sessions and publishes the plan; the
// auditee and the lead auditor find it; the lead auditor records the opening meeting; the manajer
// mutu moves it to reporting, where finishing waits for the locked report.
// (The checklist and report parts of the journey join after the merge.)
import { expect, test } from "./support/test";
import { storageStateOf } from "./demo-accounts";
import { AuditFormPage, AuditPage } from "./pages/audit-pages";

const YEAR = new Date().getFullYear() + 1;
const TITLE = "Audit internal E2E Bidang Dayasos dan Rehsos";
const DAY = `${YEAR}-02-10`;

test.describe.configure({ mode: "serial" });

test.describe("the manajer mutu", () => {
  test.use({ storageState: storageStateOf("manajerMutu") });

  test("is told in Indonesian what a plan lacks", async ({ page }) => {
    await page.goto("/audits/new");
    await page.getByRole("button", { name: "Simpan rencana", exact: true }).click();
    await expect(page.getByText("Pilih paling sedikit satu unit auditi.")).toBeVisible();
    await expect(page.getByText("Tuliskan judul audit (minimal 5 karakter).")).toBeVisible();
  });

  test("plans an audit of two units and two SOPs with a team", async ({ page }) => {
    await new AuditFormPage(page).create({
      title: TITLE,
      objectives: "Memastikan layanan pemberdayaan dan rehabilitasi sosial berjalan sesuai SOP AP dan SNI ISO 9001:2015.",
      startDate: DAY, endDate: DAY,
      units: [{ name: "Bidang Pemberdayaan Sosial", representative: "Drs. Agustinus Lelo" }, { name: "Bidang Rehabilitasi Sosial" }],
      sopFilters: ["Audit Internal", "Tinjauan Manajemen"],
      clauses: [/^8\.1 /, /^9\.2 /],
      team: [{ name: "Yohanes Kefi, S.E.", role: "Ketua (lead auditor)" }, { name: "Elisabeth Nahak, S.Sos.", role: "Anggota" }],
    });
    await expect(page.getByText(/AI\/DINAS-SOSIAL\/\d{4}\/\d{2}/).first()).toBeVisible();
    await expect(page.getByRole("link", { name: /Audit Internal/ }).first()).toBeVisible();
    await expect(page.getByText("Direncanakan").first()).toBeVisible();
  });

  test("is refused an auditor on their own unit, then schedules independent sessions", async ({ page }) => {
    const audit = new AuditPage(page);
    await audit.open(TITLE);
    await page.getByRole("link", { name: "Susun jadwal" }).click();
    await audit.addSession({ unitName: "Bidang Rehabilitasi Sosial", auditors: ["Yohanes Kefi, S.E."], date: DAY, from: "09:00", to: "11:00" });
    await expect(page.getByText("Yohanes Kefi, S.E. tidak independen terhadap Bidang Rehabilitasi Sosial: unit tersebut adalah unit kerjanya sendiri.").first()).toBeVisible();
    await audit.addSession({ unitName: "Bidang Rehabilitasi Sosial", auditors: ["Elisabeth Nahak, S.Sos."], date: DAY, from: "09:00", to: "11:00" });
    await expect(page.getByRole("row").filter({ hasText: "Sesi audit unit: Bidang Rehabilitasi Sosial" })).toContainText("Elisabeth Nahak");
    await audit.addSession({ unitName: "Bidang Pemberdayaan Sosial", auditors: ["Yohanes Kefi, S.E."], date: DAY, from: "09:00", to: "11:00" });
    await expect(page.getByRole("row").filter({ hasText: "Sesi audit unit: Bidang Pemberdayaan Sosial" })).toContainText("09.00–11.00");
  });

  test("publishes the plan and starts the audit", async ({ page }) => {
    const audit = new AuditPage(page);
    await audit.open(TITLE);
    await audit.transition("Terbitkan rencana");
    await expect(page.getByText("Persiapan").first()).toBeVisible();
    await audit.transition("Mulai pelaksanaan");
    await expect(page.getByText("Pelaksanaan").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Ubah rencana" })).toHaveCount(0);
  });
});

test.describe("the auditee", () => {
  test.use({ storageState: storageStateOf("auditee") });

  test("finds the audit of their unit", async ({ page }) => {
    await page.goto("/audits/mine");
    await expect(page.getByRole("table", { name: "Audit atas unit Anda" }).getByRole("row").filter({ hasText: TITLE })).toBeVisible();
  });
});

test.describe("the lead auditor", () => {
  test.use({ storageState: storageStateOf("auditor") });

  test("finds the assignment and records the opening meeting", async ({ page }) => {
    await page.goto("/audits/mine");
    const row = page.getByRole("table", { name: "Audit tempat Anda ditugaskan" }).getByRole("row").filter({ hasText: TITLE });
    await expect(row).toContainText("Ketua (lead auditor)");
    await row.getByRole("link").click();
    await page.getByRole("link", { name: "Catat rapat" }).click();
    const opening = page.locator("form").filter({ has: page.getByRole("button", { name: "Simpan rapat pembukaan" }) });
    await opening.getByRole("textbox", { name: "Daftar hadir" }).fill("Yohanes Kefi — Ketua auditor\nDrs. Agustinus Lelo — Kepala Bidang Pemberdayaan Sosial");
    await opening.getByRole("textbox", { name: "Catatan rapat" }).fill("Lingkup, jadwal dan metode audit disampaikan dan disepakati.");
    await opening.getByRole("button", { name: "Simpan rapat pembukaan" }).click();
    await expect(page.getByText("Rapat pembukaan dicatat.")).toBeVisible();
  });
});

test.describe("the manajer mutu again", () => {
  test.use({ storageState: storageStateOf("manajerMutu") });

  test("moves the audit to reporting, where finishing waits for the locked report", async ({ page }) => {
    const audit = new AuditPage(page);
    await audit.open(TITLE);
    await expect(page.getByText("Lingkup, jadwal dan metode audit disampaikan dan disepakati.")).toBeVisible();
    await audit.transition("Masuk pelaporan");
    await expect(page.getByText("Pelaporan").first()).toBeVisible();
    await expect(page.getByText("Audit dapat diselesaikan setelah laporan audit disetujui ketua tim")).toBeVisible();
    await expect(page.getByRole("button", { name: "Selesaikan audit" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Batalkan audit" })).toBeVisible();
  });
});
