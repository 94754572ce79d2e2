// The audit programme end to end: the manajer mutu drafts next year's programme with two rounds
// (seeing the risk-based priority beside each unit) and submits it, the pimpinan approves it,
// the coverage matrix and calendar show this year's plan, and an auditor records a training with
// its certificate file that the manajer mutu then sees in the province auditor pool.
import { expect, test } from "./support/test";
import { storageStateOf } from "./demo-accounts";
import { ProgrammePages } from "./pages/programme-pages";

const YEAR = "2029";

test.describe.configure({ mode: "serial" });

test.describe("the manajer mutu", () => {
  test.use({ storageState: storageStateOf("manajerMutu") });

  test("is told in Indonesian what a programme is missing, and nothing is saved", async ({ page }) => {
    const pages = new ProgrammePages(page);
    await pages.openNewForm();
    await pages.save();
    await expect(page.getByText("Tuliskan tujuan program audit (minimal 10 karakter).")).toBeVisible();
    await expect(pages.round(1).getByText("Pilih paling sedikit satu unit yang diaudit.")).toBeVisible();
    await expect(pages.round(2).getByText("Pilih paling sedikit satu unit yang diaudit.")).toBeVisible();
  });

  test("drafts next year's programme with two rounds beside the units' priorities, and submits it", async ({ page }) => {
    const pages = new ProgrammePages(page);
    await pages.openNewForm();
    await expect(pages.round(1).getByText(/Prioritas (tinggi|sedang|rendah)/).first()).toBeVisible();
    await pages.fillProgramme({
      year: YEAR,
      objectives: "Memastikan efektivitas SMM dan kesiapan resertifikasi ISO 9001:2015.",
      rounds: [{ units: ["Bidang Pemberdayaan Sosial"] }, { units: ["Bidang Rehabilitasi Sosial"] }],
    });
    await pages.save();
    await expect(page.getByRole("heading", { level: 1, name: `Program audit ${YEAR}` })).toBeVisible();
    await expect(page.getByText("Draf").first()).toBeVisible();
    await pages.transition("Ajukan");
    await expect(page.getByText("Program ini menunggu persetujuan pimpinan.")).toBeVisible();
  });
});

test.describe("the pimpinan", () => {
  test.use({ storageState: storageStateOf("pimpinan") });

  test("approves the submitted programme", async ({ page }) => {
    const pages = new ProgrammePages(page);
    await pages.openProgramme(YEAR);
    await pages.transition("Setujui");
    await expect(page.getByText("Disetujui").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Ubah", exact: true })).toHaveCount(0);
  });

  test("reads this year's coverage matrix and calendar", async ({ page }) => {
    await page.goto("/audits/coverage?year=2026");
    const matrix = page.getByRole("table", { name: /Cakupan audit 2026/ });
    // Round 1 (April) audited Bidang Dayasos on every clause; round 2 plans Bidang Rehsos.
    await expect(matrix.getByRole("row", { name: /Bidang Pemberdayaan Sosial, klausul 8: Diaudit/ })).toBeVisible();
    await expect(matrix.getByRole("row", { name: /Bidang Rehabilitasi Sosial, klausul 7: Direncanakan/ })).toBeVisible();
    await expect(page.getByRole("table", { name: /Kalender audit 2026 per bulan/ }).getByRole("row", { name: /April/ })).toContainText("Audit Internal Semester I");
  });
});

test.describe("an auditor", () => {
  test.use({ storageState: storageStateOf("auditor") });

  test("records a training with its certificate file on their own page", async ({ page }) => {
    await page.goto("/audits/auditors/saya");
    await page.getByRole("textbox", { name: "Nama pelatihan / sertifikat" }).fill("Workshop Audit Berbasis Risiko");
    await page.getByRole("textbox", { name: "Penyelenggara / penerbit" }).fill("BPSDM Provinsi NTT");
    await page.getByLabel("Tanggal pelatihan / terbit").fill("2026-06-10");
    await page.getByLabel("Berkas sertifikat").setInputFiles({ name: "sertifikat.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
    await page.getByRole("button", { name: "Simpan kompetensi" }).click();
    const row = page.getByRole("row", { name: /Workshop Audit Berbasis Risiko/ });
    await expect(row).toBeVisible();
    await expect(row.getByRole("link", { name: "sertifikat.pdf" })).toBeVisible();
  });
});

test.describe("the manajer mutu, for audit silang", () => {
  test.use({ storageState: storageStateOf("manajerMutu") });

  test("sees the auditor with their competence in the province pool", async ({ page }) => {
    await page.goto("/audits/auditors");
    const row = page.getByRole("row", { name: /Yohanes Kefi/ });
    await expect(row).toContainText("Pelatihan auditor internal");
    await expect(row).toContainText("Dinas Sosial");
  });
});
