// Sign-in errors and the lockout, as a user meets them.
import { expect, test } from "./support/test";
import { DEMO_PASSWORD } from "./demo-accounts";
import { LoginPage } from "./pages/login-page";

test("the sign-in page carries a nonce-based CSP and nosniff, and its scripts run under it", async ({ page }) => {
  const response = await page.goto("/login");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // The form is hydrated (client-side validation works) only if the CSP let Next.js's scripts run.
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByText("Isi NIP atau alamat email.")).toBeVisible();
});

test("a wrong password shows an error and stays on the sign-in page", async ({ page }) => {
  const login = new LoginPage(page);
  await login.open();
  await login.signIn("kadis@dinsos.nttprov.go.id", "BukanKataSandi#1");
  await expect(login.error()).toHaveText("NIP/email atau kata sandi salah.");
  await expect(page).toHaveURL(/\/login/);
});

test("an empty form is explained field by field", async ({ page }) => {
  const login = new LoginPage(page);
  await login.open();
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByText("Isi NIP atau alamat email.")).toBeVisible();
  await expect(page.getByText("Isi kata sandi.")).toBeVisible();
});

test("five failed attempts lock the account, even for the right password", async ({ page }) => {
  const login = new LoginPage(page);
  await login.open();
  const account = "kaupt.lansia@dinsos.nttprov.go.id";
  for (let attempt = 1; attempt <= 5; attempt++) {
    await login.signIn(account, `Salah#Sandi${attempt}`);
    await expect(login.error()).toHaveText("NIP/email atau kata sandi salah.");
  }
  await login.signIn(account, DEMO_PASSWORD);
  await expect(login.error()).toHaveText("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.");
  await expect(page).toHaveURL(/\/login/);
});
