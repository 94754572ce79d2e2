// Phones (390 × 844): no page scrolls sideways (tables scroll inside their own box), and the main
// menu folds behind an accessible "Menu" button.
import { storageStateOf } from "./demo-accounts";
import { PortalShell } from "./pages/portal-shell";
import { expect, test } from "./support/test";
import type { Page } from "@playwright/test";

const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE });

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} is ${width} px wide`).toBeLessThanOrEqual(PHONE.width);
}

/** Opens the first detail link of a list (an SOP, an objective). */
async function openFirstDetail(page: Page, list: string, prefix: string) {
  await page.goto(list);
  const href = await page.locator(`main table a[href^="${prefix}/"]`).first().getAttribute("href");
  expect(href).toBeTruthy();
  await page.goto(href!);
}

test.describe("a manajer mutu on a phone", () => {
  test.use({ storageState: storageStateOf("manajerMutu") });

  test("never scrolls a page sideways", async ({ page }) => {
    for (const url of ["/", "/dashboard", "/sops", "/objectives", "/objectives/overview", "/account"]) {
      await page.goto(url);
      await expectNoSidewaysScroll(page);
    }
    await openFirstDetail(page, "/sops", "/sops");
    await expectNoSidewaysScroll(page);
    await openFirstDetail(page, "/objectives", "/objectives");
    await expectNoSidewaysScroll(page);
  });

  test("opens the main menu with the Menu button and closes it with Escape", async ({ page }) => {
    await page.goto("/dashboard");
    const shell = new PortalShell(page);
    const toggle = shell.menuToggle();
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(shell.menuLink("Sasaran Mutu")).toBeHidden();

    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(shell.menuLink("Sasaran Mutu")).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(shell.menu().getByRole("link").first()).toBeFocused();

    await page.keyboard.press("Escape");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(toggle).toBeFocused();
    await expect(shell.menuLink("Sasaran Mutu")).toBeHidden();

    await toggle.click();
    await shell.menuLink("Sasaran Mutu").click();
    await expect(page).toHaveURL(/\/objectives$/);
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
  });
});

test.describe("an administrator on a phone", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("never scrolls the user list sideways", async ({ page }) => {
    for (const url of ["/admin/users", "/admin/units", "/account"]) {
      await page.goto(url);
      await expectNoSidewaysScroll(page);
    }
  });
});
