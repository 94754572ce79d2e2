import type { Page } from "@playwright/test";

export class PortalShell {
  constructor(private readonly page: Page) {}

  menu() {
    return this.page.getByRole("navigation", { name: "Menu utama" });
  }

  menuLink(label: string) {
    return this.menu().getByRole("link", { name: label, exact: true });
  }

  header() {
    return this.page.getByRole("banner");
  }

  async logout() {
    await this.page.getByRole("button", { name: "Keluar" }).click();
    await this.page.waitForURL(/\/login/);
  }
}
