// The administration screens at 1440 px: every column of the user list and whole role badges;
// destructive actions ask first; a role is granted on the admin's own unit unless chosen otherwise.
import { storageStateOf } from "./demo-accounts";
import { expect, test } from "./support/test";
import type { Locator } from "@playwright/test";

test.use({ viewport: { width: 1440, height: 900 }, storageState: storageStateOf("admin") });

/** The element is inside the visible part of its scrolling box and of the window. */
async function expectFullyShown(element: Locator, box: Locator) {
  const [e, b] = await Promise.all([element.boundingBox(), box.boundingBox()]);
  expect(e && b).toBeTruthy();
  expect(e!.x).toBeGreaterThanOrEqual(b!.x - 1);
  expect(e!.x + e!.width).toBeLessThanOrEqual(b!.x + b!.width + 1);
  expect(e!.x + e!.width).toBeLessThanOrEqual(1440);
}

/** No text cut inside the element (a badge wider than its pill). */
async function expectNotClipped(element: Locator) {
  const clipped = await element.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  expect(clipped, await element.innerText()).toBe(false);
}

test("the user list shows Status and Login terakhir and whole role badges", async ({ page }) => {
  await page.goto("/admin/users");
  const table = page.getByRole("table", { name: "Daftar pengguna" });
  const box = table.locator("xpath=..");
  for (const column of ["Nama", "Peran", "Status", "Login terakhir"]) {
    const header = table.getByRole("columnheader", { name: column, exact: true });
    await expect(header).toBeVisible();
    await expectFullyShown(header, box);
  }
  const badges = table.getByRole("row").nth(1).getByRole("listitem");
  for (const badge of await badges.all()) {
    await expectFullyShown(badge, box);
    await expectNotClipped(badge.locator("span").first());
  }
  expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
});

test("the account page keeps the role badges inside their card", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/account");
  const card = page.locator("section").filter({ has: page.getByRole("heading", { name: "Profil", exact: true }) });
  for (const badge of await page.getByRole("main").getByRole("listitem").all()) {
    await expectFullyShown(badge, card);
    await expectNotClipped(badge.locator("span").first());
  }
});

test("resetting a password and deactivating a user ask for confirmation", async ({ page }) => {
  await page.goto("/admin/users?q=Kristoforus");
  await page.getByRole("link", { name: "Kristoforus Seran" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Kristoforus Seran/ })).toBeVisible();

  await page.getByRole("textbox", { name: "Kata sandi baru", exact: true }).fill("Sementara#Kupang2026");
  await page.getByRole("textbox", { name: "Konfirmasi kata sandi baru", exact: true }).fill("Sementara#Kupang2026");
  await page.getByRole("button", { name: "Reset kata sandi", exact: true }).click();
  const confirmReset = page.getByRole("alertdialog", { name: "Reset kata sandi pengguna ini?" });
  await expect(confirmReset).toBeVisible();
  await confirmReset.getByRole("button", { name: "Batal" }).click();
  await expect(confirmReset).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Reset kata sandi", exact: true })).toBeFocused();

  await page.getByRole("textbox", { name: "Alasan" }).fill("Pindah tugas");
  await page.getByRole("button", { name: "Nonaktifkan", exact: true }).click();
  const confirmDeactivate = page.getByRole("alertdialog", { name: "Nonaktifkan pengguna ini?" });
  await expect(confirmDeactivate).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(confirmDeactivate).toHaveCount(0);
  // Nothing was sent: the user is still active.
  await page.goto("/admin/users?q=Kristoforus");
  await expect(page.getByRole("row").filter({ hasText: "Kristoforus Seran" })).toContainText("Aktif");
});

test("granting a role starts on the admin's own unit, never the whole portal", async ({ page }) => {
  await page.goto("/admin/users?q=Kristoforus");
  await page.getByRole("link", { name: "Kristoforus Seran" }).click();
  const form = page.locator("form", { has: page.getByRole("button", { name: "Berikan peran" }) });
  const unit = form.getByRole("combobox", { name: "Unit", exact: true });
  await expect(unit.locator("option:checked")).toHaveText(/Bagian Tata Laksana/);
  await expect(unit.locator("option").first()).not.toHaveText(/Seluruh portal/);
});
