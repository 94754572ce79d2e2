import { expect, type Page } from "@playwright/test";

export class SopCataloguePage {
  constructor(private readonly page: Page) {}

  async search(text: string) {
    await this.page.goto("/sops?agencyId=semua");
    await this.page.getByRole("searchbox", { name: "Cari" }).or(this.page.getByLabel("Cari", { exact: true })).first().fill(text);
    await this.page.getByRole("button", { name: "Terapkan" }).click();
    await this.page.waitForURL(/q=/);
  }

  /** The catalogue row of an SOP in a given unit or agency. */
  row(title: string, unitText: string) {
    return this.page.getByRole("row").filter({ hasText: title }).filter({ hasText: unitText });
  }

  async open(title: string, unitText: string) {
    await this.row(title, unitText).first().getByRole("link", { name: title, exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }
}

export class SopPage {
  constructor(private readonly page: Page) {}

  procedure() {
    return this.page.getByRole("table", { name: "Prosedur" });
  }

  stepRows() {
    return this.procedure().locator("tbody tr").filter({ has: this.page.locator("td") });
  }

  actorHeader(name: string) {
    return this.procedure().getByRole("columnheader", { name, exact: true });
  }

  flowchart() {
    return this.page.getByTestId("swimlane");
  }
}
