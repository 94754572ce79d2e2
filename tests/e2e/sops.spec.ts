// The SOP catalogue as its users meet it: find an SOP, read it in the official layout with its
// flowchart, and (manajer mutu) import a document.
import path from "node:path";
import { expect, test } from "./support/test";
import { storageStateOf } from "./demo-accounts";
import { SopCataloguePage, SopPage } from "./pages/sop-catalogue-page";
import { chooseOptionContaining } from "./pages/select-option";

test.describe("a pegawai reading the catalogue", () => {
  test.use({ storageState: storageStateOf("pegawai") });

  test("finds Penanganan Surat Masuk of Dinas Sosial and reads its six steps, actors and flowchart", async ({ page }) => {
    const catalogue = new SopCataloguePage(page);
    await catalogue.search("Penanganan Surat Masuk");
    await expect(catalogue.row("Penanganan Surat Masuk", "Biro Organisasi").first()).toBeVisible();
    await catalogue.open("Penanganan Surat Masuk", "Sub Bagian Kepegawaian dan Umum");

    const sop = new SopPage(page);
    await expect(sop.stepRows()).toHaveCount(6);
    await expect(sop.stepRows().first()).toContainText("Mulai");
    await expect(sop.procedure()).toContainText("Total waktu baku: 1 jam 35 menit");
    for (const actor of ["Pengadministrasi umum", "Kepala Dinas", "Sekretaris/ Kepala Bidang", "Kepala Sub Bagian/ Sub Koordinator Substansi"]) {
      await expect(sop.actorHeader(actor)).toBeVisible();
    }
    const chart = sop.flowchart();
    await expect(chart).toBeVisible();
    await expect(chart.locator('[data-kind="start"]')).toHaveCount(1);
    await expect(chart.locator('[data-kind="end"]')).toHaveCount(1);
    await expect(chart.locator('[data-kind="process"], [data-kind="decision"]')).toHaveCount(6);
  });

  test("does not offer import or editing", async ({ page }) => {
    await page.goto("/sops");
    await expect(page.getByRole("link", { name: "Impor SOP" })).toHaveCount(0);
    const response = await page.goto("/sops/import");
    expect(response?.status()).toBe(403);
  });
});

test.describe("a manajer mutu", () => {
  test.use({ storageState: storageStateOf("manajerMutu") });

  test("imports an SOP document and finds it in the catalogue", async ({ page }) => {
    await page.goto("/sops");
    await page.getByRole("link", { name: "Impor SOP" }).click();
    await page.getByLabel("Berkas SOP").setInputFiles(path.join(import.meta.dirname, "fixtures", "sop-uji-coba.txt"));
    await chooseOptionContaining(page.getByRole("combobox", { name: "Unit pemilik" }), "Sub Bagian Keuangan");
    await page.getByRole("button", { name: "Pratinjau" }).click();

    const preview = page.getByRole("row").filter({ hasText: "Verifikasi Uji Coba Pertanggungjawaban Uang Persediaan" });
    await expect(preview).toContainText("Baru");
    await page.getByRole("button", { name: /Impor 1 SOP/ }).click();
    await expect(page.getByText(/1 SOP baru/)).toBeVisible();

    const catalogue = new SopCataloguePage(page);
    await catalogue.search("Uang Persediaan");
    await catalogue.open("Verifikasi Uji Coba Pertanggungjawaban Uang Persediaan", "Sub Bagian Keuangan");
    await expect(new SopPage(page).stepRows()).toHaveCount(3);
  });

  test("is told clearly when a file holds no SOP, and nothing is imported", async ({ page }) => {
    await page.goto("/sops/import");
    await page.getByLabel("Berkas SOP").setInputFiles({ name: "catatan.txt", mimeType: "text/plain", buffer: Buffer.from("Notulen rapat tanpa SOP.\n") });
    await chooseOptionContaining(page.getByRole("combobox", { name: "Unit pemilik" }), "Sub Bagian Keuangan");
    await page.getByRole("button", { name: "Pratinjau" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "tidak memuat SOP AP" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Impor \d+ SOP/ })).toHaveCount(0);
  });
});
