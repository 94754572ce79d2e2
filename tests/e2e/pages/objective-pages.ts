import { expect, type Page } from "@playwright/test";
import { chooseOptionContaining } from "./select-option";

export interface NewObjective {
  unitName: string;
  year: string;
  code: string;
  statement: string;
  indicator: string;
  measureUnit: string;
  target: string;
  ownerName: string;
  dataSource: string;
  sopFilter?: string;
}

export class ObjectiveFormPage {
  constructor(private readonly page: Page) {}

  private field(role: "textbox" | "combobox", name: string) {
    return this.page.getByRole(role, { name, exact: true });
  }

  async create(o: NewObjective) {
    await this.page.goto("/objectives/new");
    await chooseOptionContaining(this.field("combobox", "Unit"), o.unitName);
    await this.field("textbox", "Tahun").fill(o.year);
    await this.field("textbox", "Kode").fill(o.code);
    await this.field("textbox", "Pernyataan sasaran").fill(o.statement);
    await this.field("combobox", "Perspektif").selectOption({ label: "Proses bisnis internal" });
    await this.field("textbox", "Indikator").fill(o.indicator);
    await this.field("textbox", "Satuan").fill(o.measureUnit);
    await this.field("combobox", "Arah target").selectOption({ label: "Paling sedikit (≥)" });
    await this.field("textbox", "Target").fill(o.target);
    await this.field("combobox", "Frekuensi pengukuran").selectOption({ label: "Bulanan" });
    await chooseOptionContaining(this.field("combobox", "PIC"), o.ownerName);
    await this.field("textbox", "Sumber data").fill(o.dataSource);
    if (o.sopFilter) {
      await this.page.getByRole("searchbox", { name: "Saring SOP" }).fill(o.sopFilter);
      await this.page.getByRole("list", { name: "Pilihan SOP" }).getByRole("checkbox").first().check();
    }
    await this.page.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: new RegExp(o.code) })).toBeVisible();
  }
}

export class ObjectivePage {
  constructor(private readonly page: Page) {}

  async openFromList(code: string, year: string) {
    await this.page.goto(`/objectives?year=${year}&q=${encodeURIComponent(code)}`);
    await this.page.getByRole("row").filter({ hasText: code }).getByRole("link").first().click();
    await expect(this.page.getByRole("heading", { level: 1, name: new RegExp(code) })).toBeVisible();
  }

  /** Runs a workflow button and confirms its dialog. */
  async transition(label: "Ajukan" | "Setujui" | "Ajukan revisi" | "Setujui revisi") {
    await this.page.getByRole("button", { name: label, exact: true }).click();
    await this.page.getByRole("alertdialog").getByRole("button", { name: label, exact: true }).click();
    await expect(this.page.getByRole("alertdialog")).toHaveCount(0);
  }

  /** Starts a revision of the approved objective with a new target and its reason. */
  async revise(target: string, reason: string) {
    await this.page.getByRole("link", { name: "Revisi", exact: true }).click();
    await this.page.getByRole("textbox", { name: "Target", exact: true }).fill(target);
    await this.page.getByRole("textbox", { name: /Alasan revisi/ }).fill(reason);
    await this.page.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect(this.page.getByRole("heading", { name: /Revisi 2: draf revisi/ })).toBeVisible();
  }

  status() {
    return this.page.getByRole("main");
  }

  async measure(periodLabel: string, value: string) {
    await this.page.getByRole("button", { name: `Catat ${periodLabel}`, exact: true }).click();
    const dialog = this.page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: "Nilai realisasi", exact: true }).fill(value);
    await dialog.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect(this.page.getByRole("dialog")).toHaveCount(0);
  }

  /** The row of a period, by its label as the table prints it ("Jan", "TW I"). */
  measurementRow(periodLabel: string) {
    const table = this.page.getByRole("table", { name: /Pengukuran/ });
    return table.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: periodLabel, exact: true }) });
  }

  chart() {
    return this.page.locator("figure").filter({ has: this.page.locator(".recharts-wrapper") });
  }
}
