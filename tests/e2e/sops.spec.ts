// The SOP catalogue as its users meet it: find an SOP, read it in the official layout with its
// flowchart, and (manajer mutu) import a document and propose revisions (which take effect through
// the document register's check and approval).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test";
import { storageStateOf } from "./demo-accounts";
import { SopCataloguePage, SopPage } from "./pages/sop-catalogue-page";
import { chooseOptionContaining } from "./pages/select-option";

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);

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

    // The side panel dates the import as such and keeps the internal file name from readers.
    const info = page.getByRole("complementary", { name: "Informasi SOP" });
    await expect(info).toContainText("Diimpor ke portal");
    await expect(info).not.toContainText("Tanggal revisi");
    await expect(info).not.toContainText(".txt");
    await expect(page.getByRole("button", { name: /Tetapkan pelaksana/ })).toHaveCount(0);
  });

  test("sees why a search hit matched: bansos in the steps of Kelompok Usaha Bersama", async ({ page }) => {
    const catalogue = new SopCataloguePage(page);
    await catalogue.search("bansos KUBE");
    const row = page.getByRole("row").filter({ hasText: "Kelompok Usaha Bersama" }).first();
    await expect(row.getByTestId("search-snippet").locator("mark").filter({ hasText: /bansos/i }).first()).toBeVisible();
  });

  test("reads Layanan Pengaduan (32 steps, 12 Pelaksana): no fake number, clear numbering, Mutu Baku in view, paged print", async ({ page }) => {
    const catalogue = new SopCataloguePage(page);
    await catalogue.search("Layanan Pengaduan");
    await catalogue.open("Layanan Pengaduan", "Biro Organisasi");
    await expect(page.getByRole("table", { name: "Identitas SOP" })).toContainText("Nomor belum tercantum");
    await expect(page.getByText("Nomor Tahun 2024")).toHaveCount(0);

    const sop = new SopPage(page);
    await expect(sop.stepRows()).toHaveCount(32);
    await expect(sop.procedure()).toContainText("B.1");
    for (const name of ["Kelengkapan", "Waktu", "Output"]) {
      const box = await sop.procedure().getByRole("columnheader", { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.x + box!.width, name).toBeLessThanOrEqual(page.viewportSize()!.width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // "Belum diketahui" is not pushed to the far right.
    const lanes = await sop.flowchart().locator("[data-lane-label]").evaluateAll((els) => els.map((e) => e.getAttribute("data-lane-label")));
    expect(lanes).toContain("Belum diketahui");
    expect(lanes[lanes.length - 1]).not.toBe("Belum diketahui");

    // Printed, the chart continues over pages joined by off-page connectors.
    await page.emulateMedia({ media: "print" });
    const pages = page.getByTestId("swimlane-page");
    await expect(pages.first()).toBeVisible();
    expect(await pages.count()).toBeGreaterThan(4);
    await expect(pages.first().locator('[data-kind="connector"]')).toHaveCount(1);
    await expect(sop.flowchart()).toBeHidden();
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
    await page.getByLabel("Berkas SOP").setInputFiles(fixture("sop-uji-coba.txt"));
    await chooseOptionContaining(page.getByRole("combobox", { name: "Unit bawaan" }), "Sub Bagian Keuangan");
    await page.getByRole("button", { name: "Pratinjau" }).click();

    const preview = page.getByRole("region", { name: "Verifikasi Uji Coba Pertanggungjawaban Uang Persediaan", exact: true });
    await expect(preview).toContainText("Baru");
    await expect(preview).toContainText("Dicocokkan dari baris organisasi");
    // The SOP as it will look, in the official layout, before anything is saved.
    await preview.getByText("Tampilan format resmi").click();
    const document = preview.getByTestId("sop-preview-document");
    await expect(document.getByRole("table", { name: "Identitas SOP" })).toContainText("Verifikasi Uji Coba Pertanggungjawaban Uang Persediaan");
    await expect(document.getByRole("table", { name: "Prosedur" }).locator("tbody tr")).toHaveCount(3);
    await expect(document.getByTestId("swimlane")).toBeVisible();
    await page.getByRole("button", { name: /Impor 1 SOP/ }).click();
    await expect(page.getByText(/1 SOP baru/)).toBeVisible();

    const catalogue = new SopCataloguePage(page);
    await catalogue.search("Uang Persediaan");
    await catalogue.open("Verifikasi Uji Coba Pertanggungjawaban Uang Persediaan", "Sub Bagian Keuangan");
    await expect(new SopPage(page).stepRows()).toHaveCount(3);
  });

  test("uploads three files (one without an SOP), moves one SOP to another unit and names a step's Pelaksana, then finds both under the chosen units", async ({ page }) => {
    await page.goto("/sops/import");
    const notes = { name: "notulen.txt", mimeType: "text/plain", buffer: Buffer.from("Notulen rapat tanpa SOP.\n") };
    const file = (name: string) => ({ name, mimeType: "text/plain", buffer: readFileSync(fixture(name)) });
    await page.getByLabel("Berkas SOP").setInputFiles([file("sop-unggah-keuangan.txt"), notes, file("sop-unggah-rehsos.txt")]);
    await chooseOptionContaining(page.getByRole("combobox", { name: "Unit bawaan" }), "Sub Bagian Kepegawaian dan Umum");
    await page.getByRole("button", { name: "Pratinjau" }).click();

    // A file without an SOP says so beside the others, which still import.
    await expect(page.getByRole("region", { name: "Berkas notulen.txt" })).toContainText("tidak memuat SOP AP");
    // Each SOP's unit comes from its own organisation lines, not from the default.
    const keuangan = page.getByRole("region", { name: "Rekonsiliasi Uji Unggah Kas Bendahara", exact: true });
    const rehsos = page.getByRole("region", { name: "Pendataan Uji Unggah Penerima Bantuan", exact: true });
    await expect(keuangan.getByRole("combobox", { name: "Unit pemilik" }).locator("option:checked")).toHaveText(/Sub Bagian Keuangan/);
    await expect(rehsos.getByRole("combobox", { name: "Unit pemilik" }).locator("option:checked")).toHaveText(/Bidang Rehabilitasi Sosial/);
    await expect(rehsos).toContainText("Dicocokkan dari baris organisasi “BIDANG REHABILITASI SOSIAL”");
    await chooseOptionContaining(rehsos.getByRole("combobox", { name: "Unit pemilik" }), "Bidang Pemberdayaan Sosial");
    await expect(rehsos).toContainText("Anda memilih unit lain");

    // The step without a marked actor is flagged; the user names its Pelaksana.
    await expect(keuangan).toContainText("1 langkah dengan pelaksana belum pasti");
    const step = keuangan.getByRole("combobox", { name: "Pelaksana langkah 2" });
    await expect(step).toHaveValue("");
    await step.selectOption("Bendahara Pengeluaran");
    await expect(keuangan).not.toContainText("pelaksana belum pasti");
    await expect(step).toBeVisible();
    await expect(rehsos).toContainText("Baru");

    await page.getByRole("button", { name: "Impor 2 SOP" }).click();
    await expect(page.getByText(/2 SOP baru/)).toBeVisible();

    const catalogue = new SopCataloguePage(page);
    await catalogue.search("Uji Unggah");
    await expect(catalogue.row("Pendataan Uji Unggah Penerima Bantuan", "Bidang Pemberdayaan Sosial")).toHaveCount(1);
    await expect(catalogue.row("Pendataan Uji Unggah Penerima Bantuan", "Bidang Rehabilitasi Sosial")).toHaveCount(0);
    await catalogue.open("Rekonsiliasi Uji Unggah Kas Bendahara", "Sub Bagian Keuangan");
    await expect(new SopPage(page).stepRows().nth(1).getByLabel("Dilaksanakan oleh Bendahara Pengeluaran", { exact: true })).toBeVisible();
  });

  test("assigns a Pelaksana to the steps whose actor is unknown: a revision for check and approval, the revision in force still shown", async ({ page }) => {
    const catalogue = new SopCataloguePage(page);
    await catalogue.search("Penanganan Nota Dinas");
    await catalogue.open("Penanganan Nota Dinas", "Dinas Sosial");
    const info = page.getByRole("complementary", { name: "Informasi SOP" });
    const inForce = (await info.getByText(/^Revisi \d+$/).first().textContent())!;
    await page.getByRole("button", { name: /Tetapkan pelaksana/ }).click();
    const dialog = page.getByRole("dialog", { name: "Tetapkan pelaksana langkah" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("combobox", { name: "Pelaksana" }).selectOption({ index: 1 });
    await dialog.getByRole("button", { name: "Simpan draf revisi" }).click();
    await expect(page.getByText(/disimpan sebagai draf revisi \d+; berlaku setelah diperiksa dan disahkan/).first()).toBeVisible();
    // The catalogue keeps the revision in force; the proposed one waits in the register.
    await expect(page.getByText(/^Revisi \d+ masih draf, belum diajukan untuk pemeriksaan$/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Buka revisi di register dokumen" })).toHaveAttribute("href", /^\/documents\//);
    await expect(info).toContainText(inForce);
    await expect(info).toContainText("berlaku");
    await expect(info).not.toContainText("Penetapan pelaksana");
    await expect(page.getByRole("button", { name: /Tetapkan pelaksana/ })).toHaveCount(0);
    // The catalogue names the waiting revision beside the one in force.
    await catalogue.search("Penanganan Nota Dinas");
    const row = catalogue.row("Penanganan Nota Dinas", "Dinas Sosial").first();
    await expect(row).toContainText(/rev \d+ menunggu/);
    await expect(row).toContainText(inForce.replace("Revisi ", ""));
  });

  test("edits an SOP: the edit is proposed as a revision and the catalogue shows the revision in force until it is approved", async ({ page }) => {
    const catalogue = new SopCataloguePage(page);
    await catalogue.search("Pengusulan Kenaikan Gaji Berkala");
    await catalogue.open("Pengusulan Kenaikan Gaji Berkala", "Dinas Sosial");
    const warning = page.getByRole("region", { name: "Peringatan" });
    const before = (await warning.textContent())!;
    await page.getByRole("link", { name: "Sunting" }).click();
    await expect(page.getByText("Perubahan berlaku setelah diperiksa dan disahkan")).toBeVisible();
    await page.getByRole("textbox", { name: "Peringatan" }).fill("Surat keluar tanpa nomor agenda tidak boleh dikirim (uji e2e)");
    await page.getByLabel("Alasan perubahan").fill("Peringatan dipertegas");
    await page.getByRole("button", { name: "Simpan draf revisi" }).click();
    await expect(page.getByText(/Revisi \d+ disimpan sebagai draf di register dokumen; ajukan di sana untuk diperiksa dan disahkan\. Katalog tetap menampilkan revisi yang berlaku\./).first()).toBeVisible();
    await expect(page).toHaveURL(/\/sops\/[^/]+$/);
    const notice = page.getByRole("status").filter({ hasText: /^Revisi \d+ masih draf/ });
    await expect(notice).toContainText("Peringatan dipertegas");
    await expect(warning).toHaveText(before);
    await expect(warning).not.toContainText("(uji e2e)");
    // Editing again opens the pending draft, not a second revision.
    await page.getByRole("link", { name: /Sunting revisi \d+/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Sunting: / })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Peringatan" })).toHaveValue("Surat keluar tanpa nomor agenda tidak boleh dikirim (uji e2e)");
    await expect(page.getByRole("button", { name: "Simpan perubahan draf" })).toBeVisible();
  });

  test("is told clearly when a file holds no SOP, and nothing is imported", async ({ page }) => {
    await page.goto("/sops/import");
    await page.getByLabel("Berkas SOP").setInputFiles({ name: "catatan.txt", mimeType: "text/plain", buffer: Buffer.from("Notulen rapat tanpa SOP.\n") });
    await chooseOptionContaining(page.getByRole("combobox", { name: "Unit bawaan" }), "Sub Bagian Keuangan");
    await page.getByRole("button", { name: "Pratinjau" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "tidak memuat SOP AP" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Impor \d+ SOP/ })).toHaveCount(0);
  });
});
