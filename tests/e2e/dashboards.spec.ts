// The leadership dashboard: the pimpinan opens their home, reads the open findings tile, drills
// down and finds the register showing the same count; then narrows the dashboard to one unit and
// the tile and the register agree again.
import { expect, test } from "./support/test";
import { storageStateOf } from "./demo-accounts";
import { chooseOptionContaining } from "./pages/select-option";

test.use({ storageState: storageStateOf("pimpinan") });

const countIn = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));

test("the pimpinan's tiles drill down to lists showing the same count", async ({ page }) => {
  await page.goto("/dashboard");
  const tiles = page.getByRole("definition").getByRole("link", { name: /^Temuan terbuka: / });
  await expect(tiles).toBeVisible();
  const open = countIn((await tiles.getAttribute("aria-label"))!.split(":")[1]);
  expect(open).toBeGreaterThan(0);
  await tiles.click();
  await expect(page).toHaveURL(/\/findings\?.*open=1/);
  await expect(page.getByText(new RegExp(`^${open} temuan$`))).toBeVisible();
  // The list names the tile's filter and keeps it when the reader filters further.
  const filters = page.getByRole("search", { name: "Penyaring" });
  await expect(filters).toContainText("Juga disaring: Hanya yang masih terbuka");
  await filters.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/open=1/);
  await expect(page.getByText(new RegExp(`^${open} temuan$`))).toBeVisible();

  await page.goto("/dashboard");
  await chooseOptionContaining(page.getByRole("combobox", { name: "Unit" }), "UPTD Kesejahteraan Sosial Lanjut Usia");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.getByRole("heading", { name: /UPTD Kesejahteraan Sosial Lanjut Usia/ })).toBeVisible();
  const unitTile = page.getByRole("definition").getByRole("link", { name: /^Temuan terbuka: / });
  const unitOpen = countIn((await unitTile.getAttribute("aria-label"))!.split(":")[1]);
  await unitTile.click();
  await expect(page).toHaveURL(/unitId=/);
  if (unitOpen > 0) await expect(page.getByText(new RegExp(`^${unitOpen} temuan$`))).toBeVisible();
  else await expect(page.getByText("Tidak ada temuan yang cocok")).toBeVisible();
});
