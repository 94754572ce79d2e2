// Sasaran mutu end to end: the manajer mutu writes and submits an objective, the pimpinan approves
// it, the PIC records a measurement, and the chart and the heatmap show it.
import { expect, test } from "./support/test";
import { storageStateOf } from "./demo-accounts";
import { ObjectiveFormPage, ObjectivePage } from "./pages/objective-pages";

const YEAR = String(new Date().getFullYear());
const CODE = "SM-E2E";

test.describe.configure({ mode: "serial" });

test.describe("the manajer mutu", () => {
  test.use({ storageState: storageStateOf("manajerMutu") });

  test("creates an objective linked to an SOP and submits it", async ({ page }) => {
    await new ObjectiveFormPage(page).create({
      unitName: "Sub Bagian Kepegawaian dan Umum", year: YEAR, code: CODE,
      statement: "Naskah dinas keluar diberi nomor dan dikirim pada hari yang sama.",
      indicator: "Persentase naskah dinas keluar terkirim pada hari penandatanganan", measureUnit: "%",
      target: "90", ownerName: "Kristoforus Seran", dataSource: "Buku agenda surat keluar", sopFilter: "Penanganan Surat Keluar",
    });
    await expect(page.getByRole("link", { name: /Penanganan Surat Keluar/ }).first()).toBeVisible();
    const objective = new ObjectivePage(page);
    await objective.transition("Ajukan");
    await expect(page.getByText("Diajukan").first()).toBeVisible();
  });

  test("is told in Indonesian what is missing in an empty form", async ({ page }) => {
    await page.goto("/objectives/new");
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect(page.getByText("Tuliskan pernyataan sasaran (minimal 10 karakter).")).toBeVisible();
    await expect(page.getByText("Isi nilai target.")).toBeVisible();
  });
});

test.describe("a unit head", () => {
  test.use({ storageState: storageStateOf("auditee") });

  test("sees a submitted objective of their unit waiting for the pimpinan, with nothing to approve", async ({ page }) => {
    await page.goto("/objectives?year=semua&status=DIAJUKAN");
    await page.getByRole("row").filter({ hasText: "Bidang Pemberdayaan Sosial" }).getByRole("link").first().click();
    await expect(page.getByText("Sasaran ini menunggu persetujuan pimpinan.")).toBeVisible();
    await expect(page.getByText("Diajukan").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Setujui", exact: true })).toHaveCount(0);
  });
});

test.describe("the pimpinan", () => {
  test.use({ storageState: storageStateOf("pimpinan") });

  test("returns a submitted objective only with a note", async ({ page }) => {
    await page.goto("/objectives?year=semua&status=DIAJUKAN");
    await page.getByRole("row").filter({ hasText: "Bidang Pemberdayaan Sosial" }).getByRole("link").first().click();
    await page.getByRole("button", { name: "Kembalikan", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Kembalikan sasaran mutu" });
    await dialog.getByRole("button", { name: "Kembalikan", exact: true }).click();
    await expect(dialog.getByText("Tuliskan catatan pengembalian.")).toBeVisible();
    await dialog.getByRole("textbox", { name: "Catatan" }).fill("Target rentang belum mengacu pada DPA perubahan.");
    await dialog.getByRole("button", { name: "Kembalikan", exact: true }).click();
    await expect(page.getByText("Target rentang belum mengacu pada DPA perubahan.")).toBeVisible();
    await expect(page.getByText("Dikembalikan").first()).toBeVisible();
  });

  test("finds the submitted objective waiting on their home, with the agency's figures", async ({ page }) => {
    await page.goto("/");
    const queue = page.getByRole("list", { name: "Menunggu persetujuan Anda" });
    await expect(queue.getByRole("link", { name: new RegExp(CODE) })).toBeVisible();
    await expect(page.getByRole("list", { name: "Sasaran menurut status" })).toContainText("Disetujui (aktif)");
  });

  test("approves the submitted objective", async ({ page }) => {
    const objective = new ObjectivePage(page);
    await objective.openFromList(CODE, YEAR);
    await objective.transition("Setujui");
    await expect(page.getByText("Disetujui (aktif)").first()).toBeVisible();
  });
});

test.describe("the PIC", () => {
  test.use({ storageState: storageStateOf("pegawai") });

  test("records January with a decimal comma; the table and the chart show it", async ({ page }) => {
    const objective = new ObjectivePage(page);
    await objective.openFromList(CODE, YEAR);
    await objective.measure(`Jan ${YEAR}`, "92,5");
    const row = objective.measurementRow("Jan");
    await expect(row).toContainText("92,5");
    await expect(row).toContainText("Tercapai");
    await expect(objective.chart()).toContainText("1 dari 12 periode sudah diukur");
    await expect(objective.chart().locator(".recharts-line-dot, .recharts-dot").first()).toBeVisible();
  });
});

test.describe("the PIC typing an implausible value", () => {
  test.use({ storageState: storageStateOf("pegawai") });

  test("is told the bounds in the form, and nothing is saved", async ({ page }) => {
    const objective = new ObjectivePage(page);
    await objective.openFromList(CODE, YEAR);
    await page.getByRole("button", { name: `Catat Feb ${YEAR}`, exact: true }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByText(/Dalam % \(0–100 %\)/)).toBeVisible();
    await dialog.getByRole("textbox", { name: "Nilai realisasi", exact: true }).fill("1000000,5");
    await dialog.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect(dialog.getByText("Nilai harus antara 0 % dan 100 %.")).toBeVisible();
    await dialog.getByRole("button", { name: "Batal", exact: true }).click();
    await expect(objective.chart()).toContainText("1 dari 12 periode sudah diukur");
  });
});

test.describe("a revision", () => {
  test.describe("drafted by the manajer mutu", () => {
    test.use({ storageState: storageStateOf("manajerMutu") });

    test("waits beside the definition in force and is submitted", async ({ page }) => {
      const objective = new ObjectivePage(page);
      await objective.openFromList(CODE, YEAR);
      await objective.revise("95", "Target dinaikkan mengikuti capaian Januari.");
      await expect(page.getByRole("row").filter({ hasText: "Target" }).first()).toContainText("95");
      await expect(page.getByRole("heading", { name: "Definisi yang berlaku (revisi 1)" })).toBeVisible();
      await objective.transition("Ajukan revisi");
      await expect(page.getByRole("heading", { name: /Revisi 2: revisi diajukan/ })).toBeVisible();
    });
  });

  test.describe("approved by the pimpinan", () => {
    test.use({ storageState: storageStateOf("pimpinan") });

    test("becomes the definition in force", async ({ page }) => {
      const objective = new ObjectivePage(page);
      await objective.openFromList(CODE, YEAR);
      await objective.transition("Setujui revisi");
      await expect(page.getByRole("heading", { name: "Definisi yang berlaku (revisi 2)" })).toBeVisible();
      await expect(page.getByText("≥ 95 %").first()).toBeVisible();
    });
  });
});

test.describe("the overview", () => {
  test.use({ storageState: storageStateOf("pimpinan") });

  test("colours January of the new objective as achieved in the heatmap", async ({ page }) => {
    await page.goto(`/objectives/overview?year=${YEAR}`);
    const row = page.getByRole("table", { name: "Peta capaian" }).getByRole("row").filter({ hasText: CODE });
    await expect(row.locator('[data-achievement="TERCAPAI"]').first()).toContainText("92,5");
  });
});
