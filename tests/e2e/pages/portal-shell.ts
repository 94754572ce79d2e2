import type { Page } from "@playwright/test";

export class PortalShell {
  constructor(private readonly page: Page) {}

  menu() {
    return this.page.getByRole("navigation", { name: "Menu utama" });
  }

  menuLink(label: string) {
    return this.menu().getByRole("link", { name: label, exact: true });
  }

  /** The "Menu" button that folds the main menu on a narrow screen. */
  menuToggle() {
    return this.page.getByRole("button", { name: "Menu", exact: true });
  }

  header() {
    return this.page.getByRole("banner");
  }

  /** The signed-in user's name in the header, which opens "Akun saya" and "Keluar". */
  userMenuButton() {
    return this.header().locator("button[aria-expanded]").first();
  }

  async openUserMenu() {
    if ((await this.userMenuButton().getAttribute("aria-expanded")) !== "true") await this.userMenuButton().click();
  }

  async logout() {
    await this.openUserMenu();
    await this.header().getByRole("button", { name: "Keluar" }).click();
    await this.page.waitForURL(/\/login/);
  }
}
