// Retention and archive loans end to end: the arsip proposes the destruction of the seeded record
// whose retention ended, the Kepala Dinas approves, the arsip executes it with two witnesses and
// the document page shows it destroyed without a download; a pegawai requests a loan, the arsip
// issues it, the pegawai acknowledges receipt and the arsip records the return.
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./support/test";
import { storageStateOf } from "./demo-accounts";

const RECORD = "RKM/DINSOS/R01";
const year = new Date().getFullYear();
const BA = new RegExp(`^BAP/DINAS-SOSIAL/${year}/\\d{2}$`);
const ARCHIVE = "Berkas Laporan Penyaluran Bantuan Sosial 2022 (uji)";

test.describe.configure({ mode: "serial" });

/** Runs a workflow button and confirms its dialog (with the note, when it asks for one). */
async function transition(page: Page, label: string, note?: string) {
  await page.getByRole("button", { name: label, exact: true }).click();
  const dialog = page.getByRole(note ? "dialog" : "alertdialog");
  if (note) await dialog.getByRole("textbox").fill(note);
  await dialog.getByRole("button", { name: label, exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

async function openBa(page: Page) {
  await page.goto("/documents/retention?tab=berita-acara");
  await page.getByRole("table", { name: "Berita acara pemusnahan" }).getByRole("link", { name: BA }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Berita Acara Pemusnahan BAP\/DINAS-SOSIAL\// })).toBeVisible();
}

async function openLoan(page: Page) {
  await page.goto("/documents/loans");
  await page.getByRole("row", { name: new RegExp(ARCHIVE.replace(/[()]/g, "\\$&")) }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Peminjaman PJ\// })).toBeVisible();
}

test.describe("the arsip proposes the destruction", () => {
  test.use({ storageState: storageStateOf("pengendaliDokumen") });

  test("selects the record past its retention and submits the proposal to the pimpinan", async ({ page }) => {
    await page.goto("/documents/retention");
    const form = page.getByRole("form", { name: "Usulan pemusnahan" });
    await expect(form.getByRole("table", { name: "Daftar usul musnah" })).toContainText(RECORD);
    await form.getByRole("checkbox", { name: `Pilih ${RECORD}` }).check();
    await form.getByRole("button", { name: "Usulkan pemusnahan (1 dokumen)" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Berita Acara Pemusnahan BAP\/DINAS-SOSIAL\// })).toBeVisible();
    await expect(page.getByText("Draf usulan", { exact: true })).toBeVisible();
    await transition(page, "Ajukan usulan");
    await expect(page.getByText("Diajukan", { exact: true }).first()).toBeVisible();
  });
});

test.describe("the arsip's other retention lists", () => {
  test.use({ storageState: storageStateOf("pengendaliDokumen") });

  test("records the hand-over of the permanent record and sees what comes due within a year", async ({ page }) => {
    await page.goto("/documents/retention?tab=permanen");
    const table = page.getByRole("table", { name: "Arsip permanen untuk diserahkan" });
    await expect(table).toContainText("KM/DINSOS/R02");
    await table.getByRole("button", { name: "Catat penyerahan KM/DINSOS/R02" }).click();
    const dialog = page.getByRole("dialog", { name: "Penyerahan KM/DINSOS/R02 ke arsip provinsi" });
    await dialog.getByRole("textbox", { name: "Catatan" }).fill("BA serah terima arsip statis No. 12/2026.");
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Simpan penyerahan" }).click();
    await expect(page.getByText("Penyerahan KM/DINSOS/R02 ke arsip provinsi dicatat.").first()).toBeVisible();
    await expect(page.getByRole("table", { name: "Arsip permanen untuk diserahkan" })).toHaveCount(0);
    await page.goto("/documents/retention?tab=mendatang");
    await expect(page.getByRole("table", { name: "Jatuh tempo 12 bulan ke depan" })).toContainText("IK/DINSOS/R04");
  });
});

test.describe("the Kepala Dinas", () => {
  test.use({ storageState: storageStateOf("pimpinan") });

  test("finds the proposal under Usulan Pemusnahan and approves it", async ({ page }) => {
    await page.goto("/dashboard");
    await page.getByRole("navigation").getByRole("link", { name: "Usulan Pemusnahan" }).click();
    await page.getByRole("table", { name: "Berita acara pemusnahan" }).getByRole("link", { name: BA }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: /^Berita Acara Pemusnahan BAP\/DINAS-SOSIAL\// })).toBeVisible();
    await expect(page.getByRole("table", { name: "Dokumen dalam berita acara" })).toContainText(RECORD);
    await transition(page, "Setujui pemusnahan");
    await expect(page.getByText("Disetujui, menunggu pelaksanaan", { exact: true })).toBeVisible();
  });
});

test.describe("the arsip executes it", () => {
  test.use({ storageState: storageStateOf("pengendaliDokumen") });

  test("records method, place and two witnesses; its documents are destroyed", async ({ page }) => {
    await openBa(page);
    const form = page.getByRole("form", { name: "Pelaksanaan pemusnahan" });
    await form.getByRole("combobox", { name: "Cara pemusnahan" }).selectOption("DICACAH");
    await form.getByRole("textbox", { name: "Tempat" }).fill("Ruang Arsip Sekretariat");
    await form.getByRole("textbox", { name: "Nama saksi 1" }).fill("Yohanes Bria");
    await form.getByRole("group", { name: "Saksi 1" }).getByRole("textbox", { name: "Jabatan" }).fill("Sekretaris Dinas");
    await form.getByRole("textbox", { name: "Nama saksi 2" }).fill("Maria Kolo");
    await form.getByRole("group", { name: "Saksi 2" }).getByRole("textbox", { name: "NIP" }).fill("198203172008012011");
    await form.getByRole("group", { name: "Saksi 2" }).getByRole("textbox", { name: "Jabatan" }).fill("Kepala Sub Bagian Keuangan");
    await form.getByRole("button", { name: "Laksanakan pemusnahan" }).click();
    await expect(page.getByText("Pemusnahan dicatat; isi 1 dokumen dihapus.").first()).toBeVisible();
    await expect(page.getByText("Dilaksanakan", { exact: true })).toBeVisible();
    await expect(page.getByText("Maria Kolo (NIP 198203172008012011), Kepala Sub Bagian Keuangan")).toBeVisible();
    const documents = page.getByRole("table", { name: "Dokumen dalam berita acara" });
    await expect(documents).toContainText("Dimusnahkan");
  });
});

test.describe("a pegawai borrows an archive", () => {
  test.use({ storageState: storageStateOf("pegawai") });

  test("requests the loan", async ({ page }) => {
    await page.goto("/documents/loans/new");
    const form = page.getByRole("form", { name: "Permintaan peminjaman arsip" });
    await form.getByRole("textbox", { name: "Uraian arsip" }).fill(ARCHIVE);
    await form.getByRole("textbox", { name: "Keperluan" }).fill("Bahan penyusunan laporan tahunan.");
    await form.getByRole("button", { name: "Ajukan peminjaman" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Peminjaman PJ\/DINAS-SOSIAL\// })).toBeVisible();
    await expect(page.getByText("Diajukan", { exact: true }).first()).toBeVisible();
  });
});

test.describe("the arsip issues it", () => {
  test.use({ storageState: storageStateOf("pengendaliDokumen") });

  test("gives a kartu kendali and the due date", async ({ page }) => {
    await openLoan(page);
    const form = page.getByRole("form", { name: "Serahkan arsip" });
    await form.getByRole("textbox", { name: "Nomor kartu kendali" }).fill("KK-E2E-1");
    await form.getByRole("button", { name: "Serahkan arsip" }).click();
    await expect(page.getByText("Arsip diserahkan kepada peminjam.").first()).toBeVisible();
    await expect(page.getByText("Dipinjam", { exact: true }).first()).toBeVisible();
  });
});

test.describe("the pegawai acknowledges", () => {
  test.use({ storageState: storageStateOf("pegawai") });

  test("states having received the archive", async ({ page }) => {
    await openLoan(page);
    await page.getByRole("button", { name: "Nyatakan arsip diterima" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Nyatakan diterima" }).click();
    await expect(page.getByText("Penerimaan arsip dicatat.").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Nyatakan arsip diterima" })).toHaveCount(0);
  });
});

test.describe("the arsip records the return", () => {
  test.use({ storageState: storageStateOf("pengendaliDokumen") });

  test("with the archive's condition", async ({ page }) => {
    await openLoan(page);
    await transition(page, "Catat pengembalian", "Lengkap dan baik.");
    await expect(page.getByText("Dikembalikan", { exact: true }).first()).toBeVisible();
    await expect(page.getByText("Lengkap dan baik.")).toBeVisible();
  });
});

test.describe("the destroyed document", () => {
  test.use({ storageState: storageStateOf("pengendaliDokumen") });

  // Needs the document detail page of the register (app/(portal)/documents/[id]), which renders the retention section.
  test("the document page shows it destroyed under the BA, with no download", async ({ page }) => {
    await openBa(page);
    await page.getByRole("table", { name: "Dokumen dalam berita acara" }).getByRole("link", { name: RECORD }).click();
    await expect(page.getByText(/Dokumen ini dimusnahkan berdasarkan Berita Acara Pemusnahan BAP\/DINAS-SOSIAL\//)).toBeVisible();
    await expect(page.getByRole("link", { name: /Unduh/ })).toHaveCount(0);
  });
});
