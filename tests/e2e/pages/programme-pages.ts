import { expect, type Page } from "@playwright/test";

/** The audit programme screens: the list, the form with its rounds, and a programme's page. */
export class ProgrammePages {
  constructor(private readonly page: Page) {}

  async openNewForm() {
    await this.page.goto("/audits/programme/new");
    await expect(this.page.getByRole("heading", { level: 1, name: "Susun program audit" })).toBeVisible();
  }

  round(n: number) {
    return this.page.getByRole("region", { name: `Putaran ${n}` });
  }

  async fillProgramme(p: { year: string; objectives: string; rounds: { units: string[]; clauses?: string[] }[] }) {
    await this.page.getByRole("textbox", { name: "Tahun", exact: true }).fill(p.year);
    await this.page.getByRole("textbox", { name: "Tujuan program audit" }).fill(p.objectives);
    for (const [i, r] of p.rounds.entries()) {
      const round = this.round(i + 1);
      for (const unit of r.units) await round.getByRole("checkbox", { name: unit, exact: true }).check();
    }
  }

  async save() {
    await this.page.getByRole("button", { name: "Simpan draf" }).click();
  }

  async openProgramme(year: string) {
    await this.page.goto("/audits/programme");
    await this.page.getByRole("link", { name: `Program ${year}`, exact: true }).first().click();
    await expect(this.page.getByRole("heading", { level: 1, name: `Program audit ${year}` })).toBeVisible();
  }

  async transition(label: string, note?: string) {
    await this.page.getByRole("button", { name: label, exact: true }).click();
    // A confirmation is an alertdialog; a transition that asks for a note opens a dialog.
    const dialog = this.page.getByRole(note ? "dialog" : "alertdialog");
    if (note) await dialog.getByRole("textbox").fill(note);
    await dialog.getByRole("button", { name: label, exact: true }).click();
    await expect(dialog).toHaveCount(0);
  }
}
