// Signs each demo role in once through the login form and keeps its session for the journeys.
import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, storageStateOf, type AccountKey } from "./demo-accounts";
import { LoginPage } from "./pages/login-page";

for (const key of Object.keys(ACCOUNTS) as AccountKey[]) {
  setup(`sign in as ${key}`, async ({ page }) => {
    const login = new LoginPage(page);
    await login.open();
    await login.signIn(ACCOUNTS[key].login, DEMO_PASSWORD);
    await page.waitForURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: `Selamat datang, ${ACCOUNTS[key].name}` })).toBeVisible();
    await page.context().storageState({ path: storageStateOf(key) });
  });
}
