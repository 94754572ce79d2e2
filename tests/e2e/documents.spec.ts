// Document control end to end: the pengendali dokumen registers a document and uploads its first
// revision, the manajer mutu checks it, the pimpinan approves it (in force today); then revision 2
// goes the same way and revision 1 is shown as KADALUARSA. Revision 1 is distributed to the pegawai's
// unit and the pegawai confirms reading it; revision 2 taking effect puts it back on their list.
import { expect, test } from "./support/test";
import { ACCOUNTS, storageStateOf } from "./demo-accounts";
import { DocumentPages } from "./pages/document-pages";

const TITLE = "Formulir E2E Permintaan Salinan Arsip";

test.describe.configure({ mode: "serial" });

/** The manajer mutu and then the pimpinan each find the revision in their home queue and act on it. */
async function checkAndApprove(browser: import("@playwright/test").Browser, title: string) {
  const steps = [
    ["manajerMutu", "Periksa", "Revisi dokumen menunggu pemeriksaan Anda"],
    ["pimpinan", "Sahkan", "Menunggu persetujuan Anda"],
  ] as const;
  for (const [account, label, queue] of steps) {
    const context = await browser.newContext({ storageState: storageStateOf(account) });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("list", { name: queue, exact: true }).getByRole("link", { name: new RegExp(title) }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
    await new DocumentPages(page).transition(label);
    await context.close();
  }
}

test.describe("a document's revisions", () => {
  test.use({ storageState: storageStateOf("pengendaliDokumen") });

  test("revision 1: registered with a file, submitted, checked, approved and in force", async ({ page, browser }) => {
    const pages = new DocumentPages(page);
    await pages.register({ type: "Formulir", unitName: "Sub Bagian Kepegawaian dan Umum", title: TITLE });
    await pages.writeRevision("Penerbitan pertama formulir", "formulir-salinan-arsip.pdf");
    await pages.transition("Ajukan");
    await expect(page.getByText("Menunggu pemeriksaan").first()).toBeVisible();

    await checkAndApprove(browser, TITLE);

    await page.reload();
    await expect(page.getByRole("heading", { level: 2, name: "Revisi yang berlaku (rev. 1)" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Unduh formulir-salinan-arsip\.pdf/ })).toBeVisible();
    await expect(pages.revisionRow(1).getByText("Berlaku", { exact: true })).toBeVisible();
  });

  test("revision 1 is distributed to the pegawai's unit and the pegawai confirms reading it", async ({ page, browser }) => {
    const pages = new DocumentPages(page);
    await pages.open(TITLE);
    await page.getByText("Distribusikan revisi 1").click();
    const form = page.getByRole("form", { name: "Distribusi revisi 1" });
    await form.getByRole("checkbox", { name: /Sub Bagian Kepegawaian dan Umum/ }).check();
    await form.getByRole("button", { name: "Distribusikan" }).click();
    await expect(page.getByText(/didistribusikan; \d+ orang masuk daftar wajib baca/).first()).toBeVisible();

    const pegawai = await browser.newContext({ storageState: storageStateOf("pegawai") });
    const reader = await pegawai.newPage();
    await reader.goto("/documents/read");
    const row = reader.getByRole("row", { name: new RegExp(TITLE) });
    await expect(row).toContainText("Belum dibaca");
    await row.getByRole("button", { name: /^Saya telah membaca dan memahami/ }).click();
    await reader.getByRole("alertdialog").getByRole("button", { name: "Ya, konfirmasi" }).click();
    await expect(reader.getByRole("row", { name: new RegExp(TITLE) })).toContainText("Sudah dibaca");
    await pegawai.close();

    await page.reload();
    const current = page.getByRole("region", { name: "Revisi 1 (berlaku)" });
    await expect(current.getByRole("region", { name: "Sudah membaca" })).toContainText(ACCOUNTS.pegawai.name);
  });

  test("revision 2 takes effect and revision 1 is KADALUARSA", async ({ page, browser }) => {
    const pages = new DocumentPages(page);
    await pages.open(TITLE);
    await page.getByRole("link", { name: "Buat revisi", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Revisi 2 · / })).toBeVisible();
    await pages.writeRevision("Menambah kolom tanda tangan pemohon", "formulir-salinan-arsip-rev2.pdf");
    await pages.transition("Ajukan");

    await checkAndApprove(browser, TITLE);

    await page.reload();
    await expect(page.getByRole("heading", { level: 2, name: "Revisi yang berlaku (rev. 2)" })).toBeVisible();
    await expect(pages.revisionRow(2).getByText("Berlaku", { exact: true })).toBeVisible();
    await expect(pages.revisionRow(1).getByText("Kadaluarsa", { exact: true })).toBeVisible();

    // The copies went over to revision 2: the pegawai must read it again.
    const pegawai = await browser.newContext({ storageState: storageStateOf("pegawai") });
    const reader = await pegawai.newPage();
    await reader.goto("/documents/read");
    await expect(reader.getByRole("row", { name: new RegExp(TITLE) })).toContainText("Belum dibaca");
    await pegawai.close();
  });
});

test.describe("a pegawai", () => {
  test.use({ storageState: storageStateOf("pegawai") });

  test("reads the revision in force without its history, and never a RAHASIA document", async ({ page }) => {
    await page.goto(`/documents?q=${encodeURIComponent("Data Pribadi Penerima Manfaat")}`);
    await expect(page.getByText("Tidak ada dokumen yang cocok")).toBeVisible();
    const pages = new DocumentPages(page);
    await pages.open(TITLE);
    await expect(page.getByRole("heading", { level: 2, name: "Revisi yang berlaku (rev. 2)" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Riwayat revisi dokumen" })).toHaveCount(0);
  });
});

test.describe("the pengendali dokumen", () => {
  test.use({ storageState: storageStateOf("pengendaliDokumen") });

  test("edits the document's identity", async ({ page }) => {
    const pages = new DocumentPages(page);
    await pages.open(TITLE);
    await page.getByRole("link", { name: "Ubah identitas", exact: true }).click();
    await expect(page.getByRole("textbox", { name: "Jenis dokumen", exact: true })).toHaveValue("Formulir");
    await page.getByRole("textbox", { name: "Uraian (opsional)", exact: true }).fill("Dipakai pemohon salinan arsip dinamis.");
    await page.getByRole("button", { name: "Simpan perubahan", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(TITLE) })).toBeVisible();
    await expect(page.getByText("Dipakai pemohon salinan arsip dinamis.")).toBeVisible();
  });
});

test.describe("a returned revision", () => {
  test("the manajer mutu returns it with a note, the pengendali dokumen edits the draft", async ({ browser }) => {
    const title = "Formulir Pengaduan Masyarakat";
    const manajer = await browser.newContext({ storageState: storageStateOf("manajerMutu") });
    const managerPage = await manajer.newPage();
    await new DocumentPages(managerPage).open(title);
    await managerPage.getByRole("button", { name: "Kembalikan", exact: true }).click();
    const dialog = managerPage.getByRole("dialog", { name: "Kembalikan revisi" });
    await dialog.getByRole("textbox", { name: "Catatan" }).fill("Tambahkan kolom nomor telepon pelapor.");
    await dialog.getByRole("button", { name: "Kembalikan", exact: true }).click();
    await expect(managerPage.getByText("Tambahkan kolom nomor telepon pelapor.")).toBeVisible();
    await manajer.close();

    const arsip = await browser.newContext({ storageState: storageStateOf("pengendaliDokumen") });
    const page = await arsip.newPage();
    await new DocumentPages(page).open(title);
    await expect(page.getByText("Tambahkan kolom nomor telepon pelapor.")).toBeVisible();
    await page.getByRole("link", { name: "Ubah draf", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Revisi 1 · / })).toBeVisible();
    await page.getByRole("textbox", { name: "Bagian yang diubah (opsional)", exact: true }).fill("Kolom identitas pelapor");
    await page.getByRole("button", { name: "Simpan draf revisi", exact: true }).click();
    await expect(page.getByText("Kolom identitas pelapor")).toBeVisible();
    await expect(page.getByRole("button", { name: "Ajukan", exact: true })).toBeVisible();
    await arsip.close();
  });
});

test.describe("the manajer mutu's settings", () => {
  test.use({ storageState: storageStateOf("manajerMutu") });

  test("sets a code pattern with its preview, refusing an unknown placeholder", async ({ page }) => {
    await page.goto("/documents/settings");
    const pattern = page.getByRole("textbox", { name: "Pola kode Formulir", exact: true });
    await pattern.fill("F-{AGENCY}-{X}");
    await page.getByRole("button", { name: "Simpan pengaturan", exact: true }).click();
    await expect(page.getByText(/Penanda \{X\} tidak dikenal/)).toBeVisible();
    await pattern.fill("F-{AGENCY}-{NNN}");
    await expect(page.getByText("Contoh: F-DINSOS-001")).toBeVisible();
    await page.getByRole("button", { name: "Simpan pengaturan", exact: true }).click();
    await expect(page.getByText("Pengaturan dokumen disimpan.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("textbox", { name: "Pola kode Formulir", exact: true })).toHaveValue("F-{AGENCY}-{NNN}");
  });
});
