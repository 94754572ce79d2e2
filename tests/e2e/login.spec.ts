// Sign-in errors and the lockout, as a user meets them.
import { expect, test } from "./support/test";
import { DEMO_PASSWORD } from "./demo-accounts";
import { LoginPage } from "./pages/login-page";

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
