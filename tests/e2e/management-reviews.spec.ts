// Tinjauan manajemen end to end: the manajer mutu schedules a meeting and sees its input pack
// compiled (section (a) from last year's RTL, each figure linking to the RTL list that shows the
// same count), writes a narrative, starts the meeting (the pack is frozen), records attendance,
// minutes, a 9.3.3 decision and an RTL, and submits; the pemaraf initials, the Kepala Dinas signs,
// the manajer mutu publishes; the new RTL then shows in section (a) of the next review.
import { expect, test } from "./support/test";
import { storageStateOf } from "./demo-accounts";
import { ManagementReviewPage } from "./pages/management-review-pages";

const TITLE = "Rapat Tinjauan Manajemen Uji Alur";
const RTL = "Mengirim dua pegawai mengikuti pelatihan auditor internal ISO 9001.";
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const year = new Date().getFullYear();

test.describe.configure({ mode: "serial" });

test.describe("the manajer mutu", () => {
  test.use({ storageState: storageStateOf("manajerMutu") });

  test("schedules the meeting, sees the compiled pack, writes a narrative and starts it", async ({ page }) => {
    const review = new ManagementReviewPage(page);
    await review.schedule({
      title: TITLE, periodFrom: `${year}-01-01`, periodTo: `${year}-11-30`, date: inDays(1), place: "Aula Dinas Sosial",
      chair: "Theresia Adu", notulis: "Kristoforus Seran", initialer: "Agustinus Lelo", participant: "Yuliana Tefa",
    });
    const a = review.section("a");
    await expect(a.getByRole("link", { name: /^RTL tinjauan sebelumnya: 5,/ })).toBeVisible();
    await expect(a.getByRole("link", { name: /^Terlambat: 2,/ })).toBeVisible();
    await expect(a.getByRole("table")).toContainText("Melengkapi formulir asesmen penerima manfaat lanjut usia.");
    const narrative = review.section("b").getByRole("form");
    await narrative.getByRole("textbox", { name: "Narasi manajer mutu" }).fill("Regulasi baru standar pelayanan minimal bidang sosial.");
    await narrative.getByRole("button", { name: "Simpan narasi" }).click();
    await expect(page.getByText("Narasi disimpan.").first()).toBeVisible();
    // The figure drills down to the RTL list with the same count.
    await a.getByRole("link", { name: /^Terlambat: 2,/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Rencana tindak lanjut (RTL)" })).toBeVisible();
    await expect(page.getByText("2 RTL", { exact: true })).toBeVisible();
    await review.open(TITLE);
    await review.transition("Mulai rapat");
    await expect(review.status()).toContainText("Rapat berlangsung");
    await expect(review.section("b")).toContainText("Regulasi baru standar pelayanan minimal bidang sosial.");
    await expect(review.section("b").getByRole("form")).toHaveCount(0);
  });

  test("records attendance, minutes, a decision and an RTL, ends the meeting and submits the draft", async ({ page }) => {
    const review = new ManagementReviewPage(page);
    await review.open(TITLE);
    const attendance = page.getByRole("form", { name: "Daftar hadir" });
    await attendance.getByRole("checkbox", { name: /Yuliana Tefa/ }).check();
    await attendance.getByRole("button", { name: "Simpan daftar hadir" }).click();
    await expect(page.getByText("Daftar hadir disimpan.").first()).toBeVisible();
    await review.writeMinutes({
      minutes: "Dibahas sesuai bahan masukan",
      decision: "Menambah auditor internal terlatih.",
      action: { description: RTL, pic: "Yuliana Tefa", dueDate: inDays(60), reference: "Usulan DPA perubahan" },
    });
    await expect(page.getByRole("table", { name: /^RTL RTM\// })).toContainText(RTL);
    await review.transition("Rapat selesai");
    await review.transition("Ajukan untuk paraf");
    await expect(review.status()).toContainText("Menunggu paraf");
  });
});

test.describe("the pemaraf", () => {
  test.use({ storageState: storageStateOf("auditee") });
  test("initials the minutes and cannot sign", async ({ page }) => {
    const review = new ManagementReviewPage(page);
    await review.open(TITLE);
    await review.transition("Paraf");
    await expect(review.status()).toContainText("Diparaf");
    await expect(page.getByRole("button", { name: "Tanda tangani", exact: true })).toHaveCount(0);
  });
});

test.describe("the Kepala Dinas", () => {
  test.use({ storageState: storageStateOf("pimpinan") });
  test("signs the minutes", async ({ page }) => {
    const review = new ManagementReviewPage(page);
    await review.open(TITLE);
    await review.transition("Tanda tangani");
    await expect(review.status()).toContainText("Ditandatangani");
  });
});

test.describe("the manajer mutu, after signature", () => {
  test.use({ storageState: storageStateOf("manajerMutu") });
  test("publishes, and the new RTL shows in section (a) of the next review", async ({ page }) => {
    const review = new ManagementReviewPage(page);
    await review.open(TITLE);
    await review.transition("Terbitkan");
    await expect(review.status()).toContainText("Diterbitkan");
    await expect(page.getByRole("link", { name: "Unduh PDF" })).toBeVisible();
    const url = page.url();
    const pdf = await page.request.get(`${url}/pdf`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    await page.goto(`${url}/print`);
    await expect(page.getByRole("heading", { level: 1, name: "Notulen Rapat Tinjauan Manajemen" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Rencana tindak lanjut (RTL)" })).toContainText(RTL);
    await page.goto("/management-reviews/actions?status=open");
    await expect(page.getByRole("table", { name: "Rencana tindak lanjut" })).toContainText(RTL);
    await review.open(`Rapat Tinjauan Manajemen Tahun ${year}`);
    const a = review.section("a");
    await expect(a.getByRole("link", { name: /^RTL tinjauan sebelumnya: 6,/ })).toBeVisible();
    await expect(a.getByRole("table")).toContainText(RTL);
  });
});
