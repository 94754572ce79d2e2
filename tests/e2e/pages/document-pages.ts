import { expect, type Page } from "@playwright/test";
import { minimalPdf } from "../../../seeds/factories/documents";
import { chooseOptionContaining } from "./select-option";

export interface NewDocument {
  type: string;
  unitName: string;
  title: string;
}

/** The register's pages: registering a document, its revisions and its workflow. */
export class DocumentPages {
  constructor(private readonly page: Page) {}

  /** Registers a document (code from the agency's pattern) and lands on its first revision's form. */
  async register(d: NewDocument) {
    await this.page.goto("/documents/new");
    await this.page.getByRole("combobox", { name: "Jenis dokumen", exact: true }).selectOption({ label: d.type });
    await chooseOptionContaining(this.page.getByRole("combobox", { name: "Unit pemilik", exact: true }), d.unitName);
    await this.page.getByRole("textbox", { name: "Judul", exact: true }).fill(d.title);
    await this.page.getByRole("button", { name: "Daftarkan dokumen", exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: /^Revisi 1 · / })).toBeVisible();
  }

  /** Fills the form perubahan dokumen with a PDF and saves the draft; back on the document. */
  async writeRevision(reason: string, fileName: string) {
    await this.page.getByRole("textbox", { name: "Alasan perubahan", exact: true }).fill(reason);
    await this.page.getByLabel("Berkas dokumen").setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: Buffer.from(minimalPdf(reason)) });
    await this.page.getByRole("button", { name: "Simpan draf revisi", exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 2, name: /Revisi \d+ dalam proses/ })).toBeVisible();
  }

  async open(title: string) {
    await this.page.goto(`/documents?q=${encodeURIComponent(title)}`);
    await this.page.getByRole("link", { name: title, exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
  }

  /** Runs a workflow button and confirms its dialog. */
  async transition(label: "Ajukan" | "Periksa" | "Sahkan") {
    await this.page.getByRole("button", { name: label, exact: true }).click();
    await this.page.getByRole("alertdialog").getByRole("button", { name: label, exact: true }).click();
    await expect(this.page.getByRole("alertdialog")).toHaveCount(0);
  }

  revisionRow(revisionNo: number) {
    return this.page.getByRole("table", { name: "Riwayat revisi dokumen" }).getByRole("row").filter({ hasText: `Rev. ${revisionNo}` });
  }
}
