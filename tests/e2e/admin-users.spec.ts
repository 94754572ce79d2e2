// An administrator creates a user, who can then sign in; logging out ends that session for good.
import { expect, test } from "./support/test";
import { storageStateOf } from "./demo-accounts";
import { AdminUsersPage } from "./pages/admin-users-page";
import { LoginPage } from "./pages/login-page";
import { PortalShell } from "./pages/portal-shell";

const newcomer = {
  name: "Veronika Lake Bere",
  nip: "199402142020122007",
  email: "veronika.bere@dinsos.nttprov.go.id",
  position: "Analis Rehabilitasi Sosial",
  unitName: "Bidang Rehabilitasi Sosial",
  password: "Rehsos#Kupang2026",
};

test.describe.configure({ mode: "serial" });

test.describe("an administrator", () => {
  test.use({ storageState: storageStateOf("admin") });

  test("creates a user and gives them a role", async ({ page }) => {
    const admin = new AdminUsersPage(page);
    await admin.openNew();
    await admin.create(newcomer);
    await admin.grantRole("Pegawai", "Bidang Rehabilitasi Sosial");
    await expect(page.getByRole("table").filter({ hasText: "Pegawai" })).toContainText("Bidang Rehabilitasi Sosial");

    await page.goto(`/admin/users?q=${encodeURIComponent("Veronika")}`);
    await expect(page.getByRole("row").filter({ hasText: newcomer.name })).toContainText(newcomer.nip);
  });

  test("sees a clear error for an invalid NIP and nothing is saved", async ({ page }) => {
    const admin = new AdminUsersPage(page);
    await admin.openNew();
    await page.getByLabel("Nama lengkap").fill("Data Salah");
    await page.getByLabel("NIP", { exact: true }).fill("12345");
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByText("NIP harus 18 digit angka.")).toBeVisible();
    await page.goto(`/admin/users?q=${encodeURIComponent("Data Salah")}`);
    await expect(page.getByRole("row").filter({ hasText: "Data Salah" })).toHaveCount(0);
  });
});

test("the new user signs in with the NIP, and logging out revokes the session", async ({ page, browser }) => {
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(newcomer.nip, newcomer.password);
  // A password set by an administrator is changed before anything else: the account page comes first.
  await page.waitForURL(/\/account$/);
  const shell = new PortalShell(page);
  await expect(shell.header()).toContainText(newcomer.name);
  await expect(page.getByText("Ganti kata sandi Anda")).toBeVisible();

  const stolen = await page.context().storageState();
  await shell.logout();

  const replay = await browser.newContext({ storageState: stolen });
  const replayPage = await replay.newPage();
  await replayPage.goto("/dashboard");
  await expect(replayPage).toHaveURL(/\/login/);
  // The sign-in page says why, instead of an unexplained empty form.
  await expect(replayPage.getByText("Anda telah keluar dari semua sesi akun ini.")).toBeVisible();
  await replay.close();
});
