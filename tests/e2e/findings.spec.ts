// Temuan end to end: the manajer mutu raises a finding outside an audit from a missed sasaran mutu
// ("Buat temuan"), the auditee disputes it, the manajer mutu confirms it, the auditee accepts; and
// an observasi closed with a recorded decision, found in the register and printed on its sheet.
import { expect, test } from "./support/test";
import { DEMO_PASSWORD, storageStateOf } from "./demo-accounts";
import { FindingFormPage, FindingPage } from "./pages/finding-pages";
import { LoginPage } from "./pages/login-page";
import { ObjectivePage } from "./pages/objective-pages";

const YEAR = String(new Date().getFullYear());
const LANSIA = "UPTD Kesejahteraan Sosial Lanjut Usia";
const DISPUTE = "Tanggapan TW III tercatat di buku pengaduan manual, belum dimasukkan ke register.";
const DECISION = "Register adalah sumber data sasaran; tanggapan di luar register tidak dapat diverifikasi.";
let findingUrl = "";

/** The auditee of UPTD Lanjut Usia (not among the accounts signed in once): signed in here. */
async function signInLansiaAndOpen(page: import("@playwright/test").Page, url: string) {
  const login = new LoginPage(page);
  await login.open(`/login?callbackUrl=${encodeURIComponent(new URL(url).pathname)}`);
  await login.signIn("kaupt.lansia@dinsos.nttprov.go.id", DEMO_PASSWORD);
  await page.waitForURL((u) => u.pathname === new URL(url).pathname);
}

test.describe.configure({ mode: "serial" });

test.describe("the manajer mutu", () => {
  test.use({ storageState: storageStateOf("manajerMutu") });

  test("records a missed quarter and raises a finding from it with 'Buat temuan', prefilled", async ({ page }) => {
    await page.goto(`/objectives?year=${YEAR}&unitId=&q=SM-01`);
    await page.getByRole("row").filter({ hasText: LANSIA }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1, name: /SM-01/ })).toBeVisible();
    await page.getByRole("button", { name: `Catat TW III ${YEAR}`, exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: "Nilai realisasi", exact: true }).fill("4,5");
    await dialog.getByRole("textbox", { name: "Analisis penyebab" }).fill("Petugas pengaduan cuti; tidak ada pengganti.");
    await dialog.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(new ObjectivePage(page).measurementRow("TW III")).toContainText("Tidak tercapai");

    await page.getByRole("link", { name: `Buat temuan untuk periode TW III ${YEAR}` }).click();
    await expect(page.getByRole("textbox", { name: /Pernyataan ketidaksesuaian/ })).toHaveValue(new RegExp(`tidak tercapai pada periode TW III ${YEAR}`));
    await expect(page.getByRole("textbox", { name: /Bukti objektif/ })).toHaveValue(/4,5 hari kerja/);
    await expect(page.getByRole("textbox", { name: "Unit auditi" })).toHaveValue(new RegExp(LANSIA));
    await new FindingFormPage(page).save();
    findingUrl = page.url();
    const finding = new FindingPage(page);
    await expect(page.getByRole("main")).toContainText("Sasaran mutu tidak tercapai");
    await expect(page.getByRole("main")).toContainText("Terbuka (menunggu tanggapan)");
    await expect(finding.timeline()).toContainText("Temuan dicatat");
  });
});

test.describe("the auditee", () => {
  test("disputes the finding with reasons, and cannot decide it", async ({ page }) => {
    await signInLansiaAndOpen(page, findingUrl);
    await page.getByRole("button", { name: "Sanggah", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Sanggah", exact: true }).click();
    await expect(dialog.getByText("Tuliskan alasan sanggahan.")).toBeVisible();
    await dialog.getByRole("button", { name: "Batal", exact: true }).click();
    await new FindingPage(page).transitionWithNote("Sanggah", "Alasan sanggahan", DISPUTE);
    await expect(page.getByText(DISPUTE).first()).toBeVisible();
    await expect(page.getByText("Menunggu keputusan manajer mutu.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Kukuhkan temuan" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Cabut temuan" })).toHaveCount(0);
  });
});

test.describe("the manajer mutu deciding", () => {
  test.use({ storageState: storageStateOf("manajerMutu") });

  test("confirms the disputed finding with the reason", async ({ page }) => {
    await page.goto(findingUrl);
    await new FindingPage(page).transitionWithNote("Kukuhkan temuan", "Keputusan dan alasannya", DECISION);
    await expect(page.getByText(DECISION).first()).toBeVisible();
    await expect(page.getByRole("main")).toContainText("Terbuka (menunggu tanggapan)");
  });
});

test.describe("the auditee again", () => {
  test("accepts the confirmed finding; the timeline shows every step and the way to its corrective action", async ({ page }) => {
    await signInLansiaAndOpen(page, findingUrl);
    const finding = new FindingPage(page);
    await finding.transition("Terima temuan");
    await expect(page.getByRole("main")).toContainText("Diterima");
    const timeline = finding.timeline();
    await expect(timeline).toContainText("Disanggah auditi");
    await expect(timeline).toContainText("Sanggahan ditolak, temuan dikukuhkan");
    await expect(timeline).toContainText("Diterima auditi");
    await expect(timeline).toContainText(DISPUTE);
    // Accepting a KTS opens round 1 of its corrective action, shown on the finding page.
    await expect(page.getByRole("link", { name: "Putaran 1" })).toHaveAttribute("href", /\/corrective-actions\/[^/?]+$/);
  });
});

test.describe("an observasi", () => {
  test.use({ storageState: storageStateOf("manajerMutu") });

  test("is raised from a management review and closed with a recorded decision, without corrective action", async ({ page }) => {
    await new FindingFormPage(page).create({
      source: "Tinjauan manajemen", category: "Observasi", unitName: LANSIA,
      statement: "Hasil survei kepuasan penerima manfaat belum dibahas dalam rapat staf UPTD.",
      evidence: "Notulen RTM: tidak ada pembahasan hasil survei kepuasan triwulan III di UPTD.",
    });
    const decision = "Dicatat sebagai peluang peningkatan untuk RTM berikutnya; tidak perlu tindakan perbaikan.";
    await new FindingPage(page).transitionWithNote("Tutup observasi", "Keputusan", decision);
    await expect(page.getByRole("main")).toContainText("Ditutup");
    await expect(page.getByText(decision).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Tindakan perbaikan", exact: true })).toHaveCount(0);
    const number = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Temuan ", "");

    await page.goto("/findings?category=OBSERVASI&status=DITUTUP");
    const row = page.getByRole("row").filter({ hasText: number });
    await expect(row).toContainText("Ditutup");
    await row.getByRole("link", { name: number }).click();
    await page.getByRole("link", { name: "Cetak lembar" }).click();
    await expect(page.getByRole("heading", { name: "Lembar Ketidaksesuaian dan Tindakan Perbaikan" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(decision);
    await expect(page.getByRole("main")).toContainText("☒ Observasi");
  });
});
