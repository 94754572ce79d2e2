import { expect, type Page } from "@playwright/test";

/** The bell in the header and the notification list it leads to. */
export class NotificationBell {
  constructor(private readonly page: Page) {}

  bell() {
    return this.page.getByRole("banner").getByRole("link", { name: /^Notifikasi,/ });
  }

  /** The unread count the bell announces ("Notifikasi, 3 belum dibaca"). */
  async unread(): Promise<number> {
    const label = (await this.bell().getAttribute("aria-label")) ?? "";
    const match = /(\d+) belum dibaca/.exec(label);
    return match ? Number(match[1]) : 0;
  }

  async expectUnread(count: number) {
    await expect(this.bell()).toHaveAttribute("aria-label", count === 0 ? "Notifikasi, tidak ada yang belum dibaca" : `Notifikasi, ${count} belum dibaca`);
  }

  async open() {
    await this.bell().click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Notifikasi" })).toBeVisible();
  }

  /** Opens the notification whose title contains `text`. */
  async follow(text: string) {
    await this.page.getByRole("list", { name: "Daftar notifikasi" }).getByRole("link", { name: new RegExp(text) }).first().click();
  }
}
