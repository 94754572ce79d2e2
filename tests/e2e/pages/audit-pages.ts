import { expect, type Page } from "@playwright/test";
import { chooseOptionContaining } from "./select-option";

export interface NewAudit {
  title: string;
  objectives: string;
  startDate: string;
  endDate: string;
  units: { name: string; representative?: string }[];
  sopFilters: string[];
  clauses: RegExp[];
  team: { name: string; role: "Ketua (lead auditor)" | "Anggota" }[];
}

export class AuditFormPage {
  constructor(private readonly page: Page) {}

  async create(a: NewAudit) {
    const page = this.page;
    await page.goto("/audits/new");
    await page.getByRole("textbox", { name: "Judul", exact: true }).fill(a.title);
    await page.getByRole("textbox", { name: "Tujuan audit", exact: true }).fill(a.objectives);
    await page.getByLabel("Tanggal mulai").fill(a.startDate);
    await page.getByLabel("Tanggal selesai").fill(a.endDate);
    for (const unit of a.units) {
      await page.getByRole("checkbox", { name: unit.name, exact: true }).check();
      if (unit.representative) await page.getByRole("textbox", { name: `Wakil auditi ${unit.name}` }).fill(unit.representative);
    }
    for (const filter of a.sopFilters) {
      await page.getByRole("searchbox", { name: "Saring SOP" }).fill(filter);
      await page.getByRole("list", { name: "Pilihan SOP" }).getByRole("checkbox").first().check();
    }
    for (const clause of a.clauses) await page.getByRole("checkbox", { name: clause }).first().check();
    for (const member of a.team) {
      await page.getByRole("combobox", { name: `Peran ${member.name} dalam tim` }).selectOption({ label: member.role });
    }
    await page.getByRole("button", { name: "Simpan rencana", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(a.title) })).toBeVisible();
  }
}

export class AuditPage {
  constructor(private readonly page: Page) {}

  async open(title: string) {
    await this.page.goto(`/audits?q=${encodeURIComponent(title)}`);
    await this.page.getByRole("row").filter({ hasText: title }).getByRole("link").first().click();
    await expect(this.page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
  }

  /** Runs a workflow button and confirms its dialog. */
  async transition(label: "Terbitkan rencana" | "Mulai pelaksanaan" | "Masuk pelaporan" | "Selesaikan audit") {
    await this.page.getByRole("button", { name: label, exact: true }).click();
    await this.page.getByRole("alertdialog").getByRole("button", { name: label, exact: true }).click();
    await expect(this.page.getByRole("alertdialog")).toHaveCount(0);
  }

  async addSession(s: { unitName: string; auditors: string[]; date: string; from: string; to: string }) {
    const page = this.page;
    await page.getByRole("combobox", { name: "Kegiatan", exact: true }).selectOption({ label: "Sesi audit unit" });
    await chooseOptionContaining(page.getByRole("combobox", { name: "Unit auditi", exact: true }), s.unitName);
    await page.getByLabel("Tanggal").fill(s.date);
    await page.getByLabel("Mulai (WITA)").fill(s.from);
    await page.getByLabel("Selesai (WITA)").fill(s.to);
    const group = page.getByRole("group", { name: "Auditor" });
    for (const box of await group.getByRole("checkbox").all()) await box.uncheck();
    for (const name of s.auditors) await group.getByRole("checkbox", { name }).check();
    await page.getByRole("button", { name: "Tambah ke jadwal", exact: true }).click();
  }
}
