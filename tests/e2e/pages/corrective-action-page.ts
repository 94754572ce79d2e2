import { expect, type Page } from "@playwright/test";
import { chooseOptionContaining } from "./select-option";

export interface PlanEntry {
  correction: string;
  whys: string[];
  cause: { category: string; description: string };
  action: { description: string; picName: string; dueDate: string };
}

/** The page of one corrective-action round: its plan form, evidence forms and workflow buttons. */
export class CorrectiveActionPage {
  constructor(private readonly page: Page) {}

  async openFromRegister(statement: string) {
    await this.page.goto(`/corrective-actions?q=${encodeURIComponent(statement.slice(0, 40))}`);
    // The round in progress, not an earlier one judged not effective.
    await this.page.getByRole("row").filter({ hasText: statement }).filter({ hasNotText: "Tidak efektif" }).getByRole("link").first().click();
    await expect(this.page.getByRole("heading", { level: 1, name: /Tindakan perbaikan/ })).toBeVisible();
  }

  /** The round of a finding's corrective action, from the finding's page. */
  async openFromFinding(findingUrl: string, round: number) {
    await this.page.goto(findingUrl);
    await this.page.getByRole("link", { name: `Putaran ${round}`, exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: /Tindakan perbaikan/ })).toBeVisible();
  }

  async plan(entry: PlanEntry) {
    const form = this.page.getByRole("form", { name: "Rencana tindakan perbaikan" });
    await form.getByRole("textbox", { name: "Koreksi (tindakan segera)" }).fill(entry.correction);
    for (const [i, why] of entry.whys.entries()) await form.getByRole("textbox", { name: `Mengapa ${i + 1}`, exact: true }).fill(why);
    await form.getByRole("combobox", { name: "Kategori fishbone" }).first().selectOption({ label: entry.cause.category });
    await form.getByRole("textbox", { name: "Akar masalah 1", exact: true }).fill(entry.cause.description);
    await form.getByRole("textbox", { name: "Tindakan 1", exact: true }).fill(entry.action.description);
    await chooseOptionContaining(form.getByRole("combobox", { name: "PIC" }).first(), entry.action.picName);
    await form.getByLabel("Tenggat").first().fill(entry.action.dueDate);
    await form.getByRole("button", { name: "Simpan rencana", exact: true }).click();
    await expect(this.page.getByText("Rencana disimpan.").first()).toBeVisible();
  }

  /** Runs a workflow button and confirms its dialog (with the note, when it asks for one). */
  async transition(label: string, note?: string) {
    await this.page.getByRole("button", { name: label, exact: true }).click();
    const dialog = this.page.getByRole(note ? "dialog" : "alertdialog");
    if (note) await dialog.getByRole("textbox").fill(note);
    await dialog.getByRole("button", { name: label, exact: true }).click();
    await expect(dialog).toHaveCount(0);
  }

  async recordDone(index: number, note: string, fileName: string) {
    const form = this.page.getByRole("form", { name: `Catat pelaksanaan tindakan ${index + 1}` });
    await form.getByRole("textbox", { name: "Bukti pelaksanaan" }).fill(note);
    await form.getByLabel("Berkas bukti").setInputFiles({ name: fileName, mimeType: "text/plain", buffer: Buffer.from(`${note}\n`) });
    await form.getByRole("button", { name: "Catat selesai", exact: true }).click();
    await expect(this.page.getByText("Pelaksanaan tindakan dicatat.").first()).toBeVisible();
  }

  status() {
    return this.page.locator("main header").first();
  }
}
