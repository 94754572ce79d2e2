import { expect, type Page } from "@playwright/test";

export class LoginPage {
  constructor(private readonly page: Page) {}

  async open(path = "/login") {
    await this.page.goto(path);
    await expect(this.page.getByRole("heading", { name: "Portal Mutu" })).toBeVisible();
  }

  async signIn(login: string, password: string) {
    await this.page.getByLabel("NIP atau email").fill(login);
    await this.page.getByLabel("Kata sandi").fill(password);
    await this.page.getByRole("button", { name: "Masuk" }).click();
  }

  /** The form's error message (Next.js keeps an empty route announcer with the same role). */
  error() {
    return this.page.locator("form").getByRole("alert");
  }
}
