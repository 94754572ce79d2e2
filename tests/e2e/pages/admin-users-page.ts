import { expect, type Locator, type Page } from "@playwright/test";
import { chooseOptionContaining } from "./select-option";

export interface NewUser {
  name: string;
  nip: string;
  email: string;
  position: string;
  unitName: string;
  password: string;
}

export class AdminUsersPage {
  constructor(private readonly page: Page) {}

  async openNew() {
    await this.page.goto("/admin/users/new");
  }

  async chooseUnit(label: string, unitName: string, scope: Page | Locator = this.page) {
    await chooseOptionContaining(scope.getByRole("combobox", { name: label, exact: true }), unitName);
  }

  async create(user: NewUser) {
    await this.page.getByLabel("Nama lengkap").fill(user.name);
    await this.page.getByLabel("NIP", { exact: true }).fill(user.nip);
    await this.page.getByLabel("Email", { exact: true }).fill(user.email);
    await this.page.getByLabel("Jabatan").fill(user.position);
    await this.chooseUnit("Unit", user.unitName);
    await this.page.getByRole("textbox", { name: "Kata sandi", exact: true }).fill(user.password);
    await this.page.getByLabel("Konfirmasi kata sandi").fill(user.password);
    await this.page.getByRole("button", { name: "Simpan" }).click();
    await expect(this.page.getByRole("heading", { name: user.name })).toBeVisible();
  }

  async grantRole(roleLabel: string, unitName: string) {
    const form = this.page.locator("form", { has: this.page.getByRole("button", { name: "Berikan peran" }) });
    await form.getByRole("combobox", { name: "Peran", exact: true }).selectOption({ label: roleLabel });
    await this.chooseUnit("Unit", unitName, form);
    await form.getByRole("button", { name: "Berikan peran" }).click();
  }
}
