// Each role sees the modules its permissions open, and none of the others.
import { expect, test } from "./support/test";
import { ACCOUNTS, storageStateOf, type AccountKey } from "./demo-accounts";
import { PortalShell } from "./pages/portal-shell";

const EXPECTED: Record<AccountKey, { role: string; sees: string[]; hidden: string[] }> = {
  admin: { role: "Administrator", sees: ["Dasbor", "Unit Organisasi", "Pengguna dan Peran", "Katalog SOP AP"], hidden: ["Audit Internal", "Tinjauan Manajemen"] },
  manajerMutu: { role: "Manajer Mutu", sees: ["Sasaran Mutu", "Audit Internal", "Temuan", "Tinjauan Manajemen"], hidden: ["Pengguna dan Peran"] },
  auditor: { role: "Auditor", sees: ["Audit Internal", "Temuan", "Tindakan Perbaikan"], hidden: ["Tinjauan Manajemen", "Unit Organisasi"] },
  auditee: { role: "Auditi / Kepala Unit", sees: ["Temuan", "Tindakan Perbaikan"], hidden: ["Tinjauan Manajemen", "Pengguna dan Peran"] },
  pimpinan: { role: "Pimpinan", sees: ["Tinjauan Manajemen", "Sasaran Mutu", "Audit Internal"], hidden: ["Pengguna dan Peran"] },
  pengendaliDokumen: { role: "Pengendali Dokumen", sees: ["Pengendalian Dokumen", "Katalog SOP AP"], hidden: ["Audit Internal", "Temuan"] },
  pegawai: { role: "Pegawai", sees: ["Katalog SOP AP", "Pengendalian Dokumen"], hidden: ["Audit Internal", "Pengguna dan Peran", "Tinjauan Manajemen"] },
};

for (const key of Object.keys(EXPECTED) as AccountKey[]) {
  test.describe(`${key}`, () => {
    test.use({ storageState: storageStateOf(key) });

    test(`sees the navigation of the role ${EXPECTED[key].role}`, async ({ page }) => {
      await page.goto("/dashboard");
      const shell = new PortalShell(page);
      await expect(shell.header()).toContainText(ACCOUNTS[key].name);
      await expect(shell.header()).toContainText(EXPECTED[key].role);
      for (const label of EXPECTED[key].sees) await expect(shell.menuLink(label)).toBeVisible();
      for (const label of EXPECTED[key].hidden) await expect(shell.menuLink(label)).toHaveCount(0);
    });
  });
}

test.describe("a PEGAWAI", () => {
  test.use({ storageState: storageStateOf("pegawai") });

  test("is refused on admin URLs", async ({ page }) => {
    for (const url of ["/admin/users", "/admin/units", "/admin/users/new"]) {
      const response = await page.goto(url);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "Akses ditolak" })).toBeVisible();
    }
  });
});

test("a signed-out visitor is sent to the sign-in page", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fusers/);
});
