import { expect, type Page } from "@playwright/test";
import { chooseOptionContaining } from "./select-option";

/** The pages of one rapat tinjauan manajemen: schedule form, detail, minutes editor. */
export class ManagementReviewPage {
  constructor(private readonly page: Page) {}

  async schedule(entry: { title: string; periodFrom: string; periodTo: string; date: string; place: string; chair: string; notulis: string; initialer: string; participant: string }) {
    await this.page.goto("/management-reviews/new");
    await this.page.getByRole("textbox", { name: "Judul rapat" }).fill(entry.title);
    await this.page.getByLabel("Periode ditinjau, dari").fill(entry.periodFrom);
    await this.page.getByLabel("Periode ditinjau, sampai").fill(entry.periodTo);
    await this.page.getByLabel("Tanggal rapat").fill(entry.date);
    await this.page.getByLabel("Jam (WITA)").fill("09:00");
    await this.page.getByRole("textbox", { name: "Tempat" }).fill(entry.place);
    await chooseOptionContaining(this.page.getByRole("combobox", { name: "Pimpinan rapat (penanda tangan)" }), entry.chair);
    await chooseOptionContaining(this.page.getByRole("combobox", { name: "Notulis" }), entry.notulis);
    await chooseOptionContaining(this.page.getByRole("combobox", { name: "Pemaraf" }), entry.initialer);
    await this.page.getByRole("group", { name: "Peserta" }).getByRole("checkbox", { name: new RegExp(entry.participant) }).check();
    await this.page.getByRole("button", { name: "Jadwalkan rapat", exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: new RegExp(entry.title) })).toBeVisible();
  }

  async open(title: string) {
    await this.page.goto("/management-reviews");
    await this.page.getByRole("row").filter({ hasText: title }).getByRole("link").first().click();
    await expect(this.page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
  }

  section(key: string) {
    return this.page.getByRole("heading", { level: 2, name: new RegExp(`^\\(${key}\\) `) }).locator("xpath=ancestor::section[1]");
  }

  /** Runs a workflow button and confirms its dialog (with the note, when it asks for one). */
  async transition(label: string, note?: string) {
    await this.page.getByRole("button", { name: label, exact: true }).click();
    const dialog = this.page.getByRole(note ? "dialog" : "alertdialog");
    if (note) await dialog.getByRole("textbox").fill(note);
    await dialog.getByRole("button", { name: label, exact: true }).click();
    await expect(dialog).toHaveCount(0);
  }

  async writeMinutes(entry: { minutes: string; decision: string; action: { description: string; pic: string; dueDate: string; reference: string } }) {
    await this.page.getByRole("link", { name: "Tulis notulen dan RTL" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: /Notulen dan RTL/ })).toBeVisible();
    const agenda = this.page.getByRole("textbox", { name: /^\d+\. / });
    for (let i = 0; i < (await agenda.count()); i++) await agenda.nth(i).fill(`${entry.minutes} (${i + 1})`);
    await this.page.getByRole("button", { name: "Tambah keputusan" }).click();
    await this.page.getByRole("combobox", { name: "Jenis keluaran" }).selectOption({ label: "Kebutuhan sumber daya (9.3.3 c)" });
    await this.page.getByRole("textbox", { name: "Keputusan", exact: true }).fill(entry.decision);
    await this.page.getByRole("button", { name: "Tambah RTL" }).click();
    await this.page.getByRole("textbox", { name: "RTL 1", exact: true }).fill(entry.action.description);
    await chooseOptionContaining(this.page.getByRole("combobox", { name: "PIC" }), entry.action.pic);
    await this.page.getByLabel("Tenggat").fill(entry.action.dueDate);
    await this.page.getByRole("combobox", { name: "Rujukan" }).selectOption({ label: "Dokumen / rujukan lain" });
    await this.page.getByRole("textbox", { name: "Dokumen / rujukan" }).fill(entry.action.reference);
    await this.page.getByRole("button", { name: "Simpan notulen dan RTL" }).click();
    await expect(this.page.getByText("Notulen dan RTL disimpan.").first()).toBeVisible();
    await expect(this.page.getByRole("heading", { level: 1, name: /RTM\// })).toBeVisible();
  }

  status() {
    return this.page.locator("main header").first();
  }
}
