// Evidence files through the file store (lib/files): the PIC attaches a file to a measurement
// and downloads it again, byte for byte, as an attachment; when the file has vanished from the
// store the download answers in Indonesian instead of failing. The run's store is the temporary
// FILES_DIR that scripts/e2e.ts gives the portal and this process alike.
import { readFileSync, unlinkSync } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { expect, test } from "./support/test";
import { storageStateOf } from "./demo-accounts";
import { ObjectivePage } from "./pages/objective-pages";

const YEAR = String(new Date().getFullYear());
const FILE_NAME = "rekap-disposisi-e2e.pdf";
const CONTENT = Buffer.from("%PDF-1.4\n% rekap disposisi surat masuk, uji e2e\n");

test.describe.configure({ mode: "serial" });
test.use({ storageState: storageStateOf("pegawai") });

test("the PIC attaches an evidence file and downloads the same file", async ({ page }) => {
  const objective = new ObjectivePage(page);
  await objective.openFromList("SM-01", YEAR);
  await page.getByRole("button", { name: new RegExp(`^Catat \\S+ ${YEAR}$`) }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "Nilai realisasi", exact: true }).fill("97");
  await dialog.getByLabel("Berkas bukti").setInputFiles({ name: FILE_NAME, mimeType: "application/pdf", buffer: CONTENT });
  await dialog.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);

  const link = page.getByRole("link", { name: FILE_NAME });
  await expect(link).toBeVisible();
  const downloading = page.waitForEvent("download");
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(FILE_NAME);
  expect(readFileSync(await download.path())).toEqual(CONTENT);
});

test("a file missing from the store is answered in Indonesian", async ({ page }) => {
  const filesDir = process.env.FILES_DIR;
  test.skip(!filesDir, "runs under npm run test:e2e, which sets FILES_DIR");
  const objective = new ObjectivePage(page);
  await objective.openFromList("SM-01", YEAR);
  const href = await page.getByRole("link", { name: FILE_NAME }).getAttribute("href");
  const key = createHash("sha256").update(CONTENT).digest("hex");
  unlinkSync(path.join(filesDir!, key.slice(0, 2), key.slice(2, 4), key));
  const response = await page.request.get(href!);
  expect(response.status()).toBe(404);
  expect((await response.json()).message).toMatch(/^Berkas tidak ditemukan di penyimpanan portal/);
});
