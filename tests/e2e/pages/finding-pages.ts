import { expect, type Page } from "@playwright/test";
import { chooseOptionContaining } from "./select-option";

/** A finding's page: its response buttons with their dialogs, and what it shows. */
export class FindingPage {
  constructor(private readonly page: Page) {}

  /** A transition that asks for a note (dispute, confirm, withdraw, close an observation). */
  async transitionWithNote(label: string, noteLabel: string, note: string) {
    await this.page.getByRole("button", { name: label, exact: true }).click();
    const dialog = this.page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: noteLabel }).fill(note);
    await dialog.getByRole("button", { name: label, exact: true }).click();
    await expect(this.page.getByRole("dialog")).toHaveCount(0);
  }

  /** A transition confirmed in an alert dialog (accept). */
  async transition(label: string) {
    await this.page.getByRole("button", { name: label, exact: true }).click();
    await this.page.getByRole("alertdialog").getByRole("button", { name: label, exact: true }).click();
    await expect(this.page.getByRole("alertdialog")).toHaveCount(0);
  }

  header() {
    return this.page.locator("header").filter({ has: this.page.getByRole("heading", { level: 1 }) }).first();
  }

  timeline() {
    return this.page.getByRole("list", { name: "Riwayat temuan" });
  }
}

export interface NewFinding {
  source: string;
  category: string;
  unitName: string;
  statement: string;
  evidence: string;
}

export class FindingFormPage {
  constructor(private readonly page: Page) {}

  async create(f: NewFinding) {
    await this.page.goto("/findings/new");
    await this.page.getByRole("combobox", { name: "Sumber" }).selectOption({ label: f.source });
    await this.page.getByRole("combobox", { name: "Kategori" }).selectOption({ label: f.category });
    await chooseOptionContaining(this.page.getByRole("combobox", { name: "Unit auditi" }), f.unitName);
    await this.page.getByRole("textbox", { name: /Pernyataan ketidaksesuaian/ }).fill(f.statement);
    await this.page.getByRole("textbox", { name: /Bukti objektif/ }).fill(f.evidence);
    await this.save();
  }

  async save() {
    await this.page.getByRole("button", { name: "Simpan temuan", exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: /^Temuan T\/\d{4}\/\d{3}$/ })).toBeVisible();
  }
}
