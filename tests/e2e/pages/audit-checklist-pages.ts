// Page objects of an audit's daftar periksa (tablet) and its Laporan Audit Internal.
import { expect, type Locator, type Page } from "@playwright/test";

export class ChecklistPage {
  constructor(private readonly page: Page) {}

  open(auditId: string) {
    return this.page.goto(`/audits/${auditId}/checklist`);
  }

  item(position: number): Locator {
    return this.page.getByRole("listitem", { name: `Butir ${position}`, exact: true });
  }

  answerButton(position: number, label: string): Locator {
    return this.item(position).getByRole("group", { name: `Jawaban Butir ${position}` }).getByRole("button", { name: label, exact: true });
  }

  async answer(position: number, label: string, evidence?: string) {
    if (evidence) await this.item(position).getByRole("textbox", { name: /Bukti objektif/ }).fill(evidence);
    await this.answerButton(position, label).click();
  }

  status(): Locator {
    return this.page.getByRole("status").filter({ hasText: /jawaban/ });
  }

  async expectAllSaved() {
    await expect(this.status()).toHaveText("Semua jawaban tersimpan");
  }
}

export class ReportPage {
  constructor(private readonly page: Page) {}

  open(auditId: string) {
    return this.page.goto(`/audits/${auditId}/report`);
  }

  async transition(label: "Setujui laporan" | "Terima laporan") {
    await this.page.getByRole("button", { name: label, exact: true }).click();
    await this.page.getByRole("alertdialog").getByRole("button", { name: label, exact: true }).click();
    await expect(this.page.getByRole("alertdialog")).toHaveCount(0);
  }
}
