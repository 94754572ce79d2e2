// Keyboard only: the header's name menu and the workflow dialogs (focus moves in, Tab stays
// inside, Escape closes, focus returns to the button that opened it).
import { storageStateOf } from "./demo-accounts";
import { PortalShell } from "./pages/portal-shell";
import { expect, test } from "./support/test";

test.use({ storageState: storageStateOf("manajerMutu") });

test("the name in the header opens Akun saya and Keluar", async ({ page }) => {
  await page.goto("/dashboard");
  const shell = new PortalShell(page);
  const button = shell.userMenuButton();
  await expect(button).toContainText("Maria Goreti Bria");
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(shell.header().getByRole("button", { name: "Keluar" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(button).toBeFocused();

  await shell.openUserMenu();
  await shell.header().getByRole("link", { name: "Akun saya" }).click();
  await expect(page).toHaveURL(/\/account$/);
  // The change form names the new password, and its fields line up.
  const fields = ["Kata sandi saat ini", "Kata sandi baru", "Konfirmasi kata sandi baru"].map((name) =>
    page.getByRole("textbox", { name, exact: true }),
  );
  const boxes = await Promise.all(fields.map((f) => f.boundingBox()));
  for (const box of boxes) {
    expect(box!.x).toBeCloseTo(boxes[0]!.x, 0);
    expect(box!.width).toBeCloseTo(boxes[0]!.width, 0);
  }
});

test("a workflow dialog is usable with the keyboard alone", async ({ page }) => {
  await page.goto("/objectives");
  const links = await page.locator('main table a[href^="/objectives/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  let found = false;
  for (const href of links) {
    await page.goto(href);
    if ((await page.getByRole("button", { name: "Tutup", exact: true }).count()) > 0) {
      found = true;
      break;
    }
  }
  expect(found, "an objective with the Tutup button").toBe(true);

  const opener = page.getByRole("button", { name: "Tutup", exact: true });
  await opener.focus();
  await page.keyboard.press("Enter");
  const dialog = page.locator("dialog[open]");
  await expect(dialog).toBeVisible();
  const inside = () => page.evaluate(() => Boolean(document.activeElement?.closest("dialog[open]")));
  expect(await inside()).toBe(true);
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Tab");
    expect(await inside(), `focus after ${i + 1} Tab`).toBe(true);
  }
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Shift+Tab");
    expect(await inside()).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  // Cancelling with the "Batal" button returns focus too.
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Batal" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});
