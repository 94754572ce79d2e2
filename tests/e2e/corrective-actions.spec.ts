// Tindakan perbaikan end to end, for an accepted KTS finding of the demo data: the auditee plans
// (correction, 5-why, root cause, an action), the manajer mutu approves, the auditee records the
// action done with evidence, the auditor judges it not effective (a new round opens) and, after a
// second round, effective: the corrective action and its finding are closed.
import { expect, test } from "./support/test";
import { storageStateOf } from "./demo-accounts";
import { CorrectiveActionPage } from "./pages/corrective-action-page";

const STATEMENT = "Daftar hadir sosialisasi program pemberdayaan tidak ditandatangani oleh peserta.";
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const PLAN = {
  correction: "Peserta sosialisasi September diminta menandatangani ulang daftar hadir.",
  whys: ["Daftar hadir tidak ditandatangani", "Daftar hadir diedarkan setelah acara", "Tidak ada petugas registrasi"],
  cause: { category: "Metode", description: "Tidak ada langkah registrasi peserta sebelum acara." },
  action: { description: "Tetapkan petugas registrasi dan daftar hadir ditandatangani saat datang.", picName: "Agustinus Lelo", dueDate: inDays(7) },
};

test.describe.configure({ mode: "serial" });

test.describe("the manajer mutu", () => {
  test.use({ storageState: storageStateOf("manajerMutu") });

  test("sees the overdue list and sets no waiting period for minor findings", async ({ page }) => {
    await page.goto("/corrective-actions/overdue");
    await expect(page.getByRole("table", { name: "Tindakan perbaikan terlambat" })).toContainText("Asesmen kebutuhan penerima manfaat");
    await page.goto("/corrective-actions/settings");
    const form = page.getByRole("form", { name: /Pengaturan Dinas Sosial/ });
    await form.getByRole("spinbutton", { name: "Masa tunggu verifikasi KTS minor (hari)" }).fill("0");
    await form.getByRole("button", { name: "Simpan pengaturan" }).click();
    await expect(page.getByText(/Pengaturan tindakan perbaikan .* disimpan/).first()).toBeVisible();
  });
});

async function planRound(page: import("@playwright/test").Page, plan = PLAN) {
  const ca = new CorrectiveActionPage(page);
  await ca.openFromRegister(STATEMENT);
  await expect(page.getByText("Sebelum rencana dapat diajukan")).toBeVisible();
  await expect(page.getByRole("button", { name: "Ajukan rencana", exact: true })).toHaveCount(0);
  await ca.plan(plan);
  await ca.transition("Ajukan rencana");
  await expect(ca.status()).toContainText("Rencana diajukan");
}

async function approve(page: import("@playwright/test").Page) {
  const ca = new CorrectiveActionPage(page);
  await ca.openFromRegister(STATEMENT);
  await ca.transition("Setujui rencana");
  await expect(ca.status()).toContainText("Rencana disetujui");
}

async function implement(page: import("@playwright/test").Page, note: string) {
  const ca = new CorrectiveActionPage(page);
  await ca.openFromRegister(STATEMENT);
  await expect(page.getByRole("button", { name: "Laporkan selesai", exact: true })).toHaveCount(0);
  // Earlier rounds stay on the page with their own evidence: this round adds one more file.
  const evidence = page.getByRole("link", { name: "bukti.txt" });
  const before = await evidence.count();
  await ca.recordDone(0, note, "bukti.txt");
  await expect(evidence).toHaveCount(before + 1);
  await ca.transition("Laporkan selesai");
  await expect(ca.status()).toContainText("Dilaksanakan");
}

test.describe("round 1", () => {
  test.describe("the auditee", () => {
    test.use({ storageState: storageStateOf("auditee") });
    test("plans the correction, root cause and action, and submits", async ({ page }) => {
      await planRound(page);
      await expect(page.getByText("Rencana menunggu persetujuan")).toBeVisible();
    });
  });
  test.describe("the manajer mutu", () => {
    test.use({ storageState: storageStateOf("manajerMutu") });
    test("approves the plan", async ({ page }) => approve(page));
  });
  test.describe("the auditee, implementing", () => {
    test.use({ storageState: storageStateOf("auditee") });
    test("records the action done with evidence and reports it; cannot verify", async ({ page }) => {
      await implement(page, "Petugas registrasi ditetapkan; daftar hadir Oktober lengkap.");
      await expect(page.getByRole("button", { name: "Mulai verifikasi", exact: true })).toHaveCount(0);
    });
  });
  test.describe("the auditor", () => {
    test.use({ storageState: storageStateOf("auditor") });
    test("judges it not effective: the round ends and a new one opens", async ({ page }) => {
      const ca = new CorrectiveActionPage(page);
      await ca.openFromRegister(STATEMENT);
      await ca.transition("Mulai verifikasi");
      await expect(ca.status()).toContainText("Verifikasi");
      await ca.transition("Tidak efektif", "November: 2 dari 5 daftar hadir masih tanpa tanda tangan.");
      await expect(ca.status()).toContainText("Tidak efektif");
      await expect(page.getByText("Putaran ini sudah selesai dan hanya dapat dibaca")).toBeVisible();
      await page.getByRole("link", { name: "Buka putaran 2 yang berjalan" }).click();
      await expect(ca.status()).toContainText("putaran 2");
      await expect(page.getByText("November: 2 dari 5 daftar hadir masih tanpa tanda tangan.")).toBeVisible();
    });
  });
});

test.describe("round 2", () => {
  test.describe("the auditee", () => {
    test.use({ storageState: storageStateOf("auditee") });
    test("analyses again and submits a new plan", async ({ page }) => {
      await planRound(page, {
        ...PLAN,
        cause: { category: "Manusia", description: "Petugas registrasi tidak diberi pengganti saat berhalangan." },
        action: { ...PLAN.action, description: "Tunjuk dua petugas registrasi bergantian dan periksa daftar hadir di akhir acara." },
      });
    });
  });
  test.describe("the manajer mutu", () => {
    test.use({ storageState: storageStateOf("manajerMutu") });
    test("approves the new plan", async ({ page }) => approve(page));
  });
  test.describe("the auditee, implementing", () => {
    test.use({ storageState: storageStateOf("auditee") });
    test("records it done with evidence", async ({ page }) => implement(page, "Dua petugas registrasi bergantian sejak 20 November."));
  });
  test.describe("the auditor", () => {
    test.use({ storageState: storageStateOf("auditor") });
    test("verifies it effective: closed, with both rounds kept", async ({ page }) => {
      const ca = new CorrectiveActionPage(page);
      await ca.openFromRegister(STATEMENT);
      await ca.transition("Mulai verifikasi");
      await ca.transition("Efektif, tutup", "Desember: 6 sosialisasi, semua daftar hadir bertanda tangan.");
      await expect(ca.status()).toContainText("Ditutup (efektif)");
      await expect(page.getByText("Diverifikasi efektif")).toBeVisible();
      await expect(page.getByRole("heading", { name: /Putaran 1 \(selesai, hanya baca\)/ })).toBeVisible();
    });
  });
});
