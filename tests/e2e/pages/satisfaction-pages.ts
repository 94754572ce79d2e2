import type { Page } from "@playwright/test";
import { chooseOptionContaining } from "./select-option";

export interface NewSurvey {
  unitName: string;
  year: string;
  periodType: string;
  period: string;
  respondents: string;
  /** Nine NRR values as typed ("3,4"). */
  nrrs: string[];
  complaintsReceived: string;
  complaintsResolved: string;
}

/** The SKM form (/satisfaction/new and /satisfaction/[id]/edit). */
export class SurveyFormPage {
  constructor(private readonly page: Page) {}

  async fill(s: NewSurvey) {
    const form = this.page.getByRole("form");
    await chooseOptionContaining(form.getByRole("combobox", { name: "Unit pelayanan" }), s.unitName);
    await form.getByRole("spinbutton", { name: "Tahun" }).fill(s.year);
    await form.getByRole("combobox", { name: "Jenis periode" }).selectOption({ label: s.periodType });
    await form.getByRole("combobox", { name: "Periode", exact: true }).selectOption({ label: s.period });
    await form.getByRole("spinbutton", { name: "Jumlah responden" }).fill(s.respondents);
    for (const [i, nrr] of s.nrrs.entries()) await form.getByRole("textbox", { name: `NRR U${i + 1}` }).fill(nrr);
    await this.complaints(s.complaintsReceived, s.complaintsResolved);
  }

  async complaints(received: string, resolved: string) {
    const form = this.page.getByRole("form");
    await form.getByRole("spinbutton", { name: "Pengaduan diterima" }).fill(received);
    await form.getByRole("spinbutton", { name: "Pengaduan selesai ditangani" }).fill(resolved);
  }

  ikmPreview() {
    return this.page.getByTestId("ikm-preview");
  }

  async save(label = "Simpan hasil SKM") {
    await this.page.getByRole("button", { name: label }).click();
  }
}
