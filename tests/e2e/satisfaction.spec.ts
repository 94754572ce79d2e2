// SKM/IKM end to end: the auditee of Bidang Pemberdayaan Sosial records his unit's survey (nine
// NRR values, the IKM and its category shown while typing), the manajer mutu finds it in the list
// and corrects the complaints, and the change is in the history; the pimpinan reads it only.
import { expect, test } from "./support/test";
import { storageStateOf } from "./demo-accounts";
import { SurveyFormPage } from "./pages/satisfaction-pages";

const YEAR = String(new Date().getFullYear());
const UNIT = "Bidang Pemberdayaan Sosial";
const PERIOD = `Semester II ${YEAR}`;

test.describe.configure({ mode: "serial" });

test.describe("the auditee", () => {
  test.use({ storageState: storageStateOf("auditee") });

  test("records his unit's SKM and sees the IKM and its category", async ({ page }) => {
    await page.goto("/satisfaction/new");
    const form = new SurveyFormPage(page);
    await form.fill({
      unitName: UNIT, year: YEAR, periodType: "Semester", period: PERIOD, respondents: "80",
      nrrs: ["3,6", "3,5", "3,2", "4", "3,5", "3,6", "3,7", "3,3", "3,2"],
      complaintsReceived: "3", complaintsResolved: "5",
    });
    // (3,6 + 3,5 + 3,2 + 4 + 3,5 + 3,6 + 3,7 + 3,3 + 3,2) / 9 x 25 = 31,6 / 9 x 25 = 87,78 → B.
    await expect(form.ikmPreview()).toHaveText("87,78");
    await expect(page.getByText("B · Baik").first()).toBeVisible();
    await form.save();
    await expect(page.getByText("Tidak boleh melebihi jumlah pengaduan yang diterima.")).toBeVisible();
    await form.complaints("3", "2");
    await form.save();
    await expect(page.getByRole("heading", { name: `SKM ${UNIT}, ${PERIOD}` })).toBeVisible();
    await expect(page.getByTestId("survey-ikm")).toHaveText("87,78");
  });
});

test.describe("the manajer mutu", () => {
  test.use({ storageState: storageStateOf("manajerMutu") });

  test("finds the survey in the list and corrects the complaints", async ({ page }) => {
    await page.goto(`/satisfaction?year=${YEAR}`);
    await page.getByRole("table", { name: "Daftar hasil SKM" }).getByRole("link", { name: UNIT }).click();
    await page.getByRole("link", { name: "Ubah" }).click();
    const form = new SurveyFormPage(page);
    await expect(form.ikmPreview()).toHaveText("87,78");
    await form.complaints("4", "4");
    await form.save("Simpan perubahan");
    await expect(page.getByText("4 diterima, 4 selesai ditangani (100%)")).toBeVisible();
    const history = page.getByRole("list", { name: "Riwayat perubahan" });
    await expect(history).toContainText("Diubah");
    await expect(history).toContainText("Dibuat");
  });
});

test.describe("the pimpinan", () => {
  test.use({ storageState: storageStateOf("pimpinan") });

  test("reads the survey but cannot change it", async ({ page }) => {
    await page.goto(`/satisfaction?year=${YEAR}&category=B`);
    await page.getByRole("table", { name: "Daftar hasil SKM" }).getByRole("link", { name: UNIT }).click();
    await expect(page.getByTestId("survey-ikm")).toHaveText("87,78");
    await expect(page.getByRole("link", { name: "Ubah" })).toHaveCount(0);
  });
});
