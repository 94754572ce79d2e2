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

  /** The position of the first item generated from an SOP step. */
  async firstSopStep(): Promise<number> {
    const label = await this.page.getByRole("listitem").filter({ hasText: "Langkah SOP" }).first().getAttribute("aria-label");
    return Number(label!.replace("Butir ", ""));
  }

  /** Answers every item still without an answer, one tap each, as an auditor does at the end. */
  async answerRemaining(label: string) {
    const items = this.page.getByRole("listitem", { name: /^Butir \d+$/ });
    for (const item of await items.all()) {
      const group = item.getByRole("group", { name: /^Jawaban Butir/ });
      if ((await group.locator('[aria-pressed="true"]').count()) === 0) await group.getByRole("button", { name: label, exact: true }).click();
    }
    await this.expectAllSaved();
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
