// Distribution, wajib baca and periodic review end to end: the pengendali dokumen opens the document
// due for review from the due list and distributes it to the pegawai's unit; the pegawai finds it on
// "Dokumen Wajib Baca" and confirms having read it; the keeper sees the pegawai as read and the
// others of the unit as not; the review recorded as "Masih sesuai" takes it off the due list.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { ACCOUNTS, storageStateOf } from "./demo-accounts";

const CODE = "FRM/DINSOS/04";
const UNIT = "Sub Bagian Kepegawaian dan Umum";

test.describe.configure({ mode: "serial" });

async function openFromDueList(page: Page) {
  await page.goto("/documents/reviews");
  await expect(page.getByRole("heading", { level: 1, name: "Kaji Ulang Dokumen" })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(CODE) });
  await expect(row).toContainText("Terlambat");
  await row.getByRole("link", { name: CODE }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(CODE) })).toBeVisible();
}

test.describe("the pengendali dokumen", () => {
  test.use({ storageState: storageStateOf("pengendaliDokumen") });

  test("distributes the document in force to the pegawai's unit", async ({ page }) => {
    await openFromDueList(page);
    await page.getByText("Distribusikan revisi 2").click();
    const form = page.getByRole("form", { name: "Distribusi revisi 2" });
    await form.getByRole("checkbox", { name: new RegExp(UNIT) }).check();
    await form.getByRole("button", { name: "Distribusikan" }).click();
    await expect(page.getByText(/didistribusikan; \d+ orang masuk daftar wajib baca/).first()).toBeVisible();
    const copies = page.getByRole("table", { name: "Salinan terkendali revisi 2" });
    await expect(copies.getByRole("row", { name: new RegExp(UNIT) })).toContainText("Beredar");
  });
});

test.describe("the pegawai", () => {
  test.use({ storageState: storageStateOf("pegawai") });

  test("finds it on Dokumen Wajib Baca and confirms having read it", async ({ page }) => {
    await page.goto("/documents/read");
    const row = page.getByRole("row", { name: new RegExp(CODE) });
    await expect(row).toContainText("Belum dibaca");
    await row.getByRole("button", { name: /^Saya telah membaca dan memahami/ }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Ya, konfirmasi" }).click();
    await expect(page.getByText("Konfirmasi membaca dicatat.").first()).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(CODE) })).toContainText("Sudah dibaca");
  });
});

test.describe("the pengendali dokumen again", () => {
  test.use({ storageState: storageStateOf("pengendaliDokumen") });

  test("sees who has read and who has not, then records the review as still valid", async ({ page }) => {
    await openFromDueList(page);
    const current = page.getByRole("region", { name: "Revisi 2 (berlaku)" });
    await expect(current.getByRole("region", { name: "Sudah membaca" })).toContainText(ACCOUNTS.pegawai.name);
    await expect(current.getByRole("region", { name: "Belum membaca" })).toContainText(ACCOUNTS.pengendaliDokumen.name);
    await expect(current.getByRole("region", { name: "Belum membaca" })).not.toContainText(ACCOUNTS.pegawai.name);

    const review = page.getByRole("form", { name: "Catat kaji ulang" });
    await review.getByLabel("Hasil kaji ulang").selectOption({ label: "Masih sesuai" });
    await review.getByLabel("Catatan kaji ulang").fill("Isian formulir masih sesuai persyaratan layanan terbaru.");
    await review.getByRole("button", { name: "Simpan kaji ulang" }).click();
    await expect(page.getByText("Kaji ulang dicatat: Masih sesuai.").first()).toBeVisible();
    await expect(page.getByRole("table", { name: "Riwayat kaji ulang" })).toContainText("Isian formulir masih sesuai persyaratan layanan terbaru.");

    await page.goto("/documents/reviews");
    await expect(page.getByRole("heading", { level: 1, name: "Kaji Ulang Dokumen" })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(CODE) })).toHaveCount(0);
  });
});
