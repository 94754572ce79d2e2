// The shared controls of components/ui: text areas count their characters, the file picker
// speaks Indonesian, long titles are clamped with the full text kept, unit pickers show the tree.
import { storageStateOf } from "./demo-accounts";
import { expect, test } from "./support/test";

test.use({ storageState: storageStateOf("manajerMutu") });

test("a note with a maximum length shows how much of it is used", async ({ page }) => {
  await page.goto("/objectives");
  const links = await page.locator('main table a[href^="/objectives/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  for (const href of links) {
    await page.goto(href);
    if ((await page.getByRole("button", { name: "Tutup", exact: true }).count()) > 0) break;
  }
  await page.getByRole("button", { name: "Tutup", exact: true }).click();
  const dialog = page.locator("dialog[open]");
  await expect(dialog.getByText("0/1000")).toBeVisible();
  await dialog.getByRole("textbox").fill("Sudah selesai");
  await expect(dialog.getByText("13/1000")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
});

test("the file picker speaks Indonesian and names the chosen file", async ({ page }) => {
  await page.goto("/sops/import");
  await expect(page.getByText("Pilih berkas", { exact: true })).toBeVisible();
  await expect(page.getByText("Belum ada berkas dipilih")).toBeVisible();
  await page.getByLabel("Berkas SOP").setInputFiles({ name: "sop-contoh.txt", mimeType: "text/plain", buffer: Buffer.from("SOP\n") });
  await expect(page.getByText("sop-contoh.txt")).toBeVisible();
  await expect(page.getByText("Belum ada berkas dipilih")).toHaveCount(0);
});

test("a long title keeps its full text, and unit pickers show the tree indented", async ({ page }) => {
  await page.goto("/sops");
  const href = await page.locator('main table a[href^="/sops/"]').first().getAttribute("href");
  await page.goto(href!);
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toHaveAttribute("title", (await title.innerText()).replace(/\s+/g, " ").trim());

  await page.goto("/objectives");
  const labels = await page.getByRole("combobox", { name: "Unit", exact: true }).locator("option").allInnerTexts();
  expect(labels.some((l) => l.startsWith("— "))).toBe(true);
});
