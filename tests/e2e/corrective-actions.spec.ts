// Tindakan perbaikan: the manajer mutu's list of overdue corrective actions of the demo data.
// (The whole life of a corrective action, from the checklist's KTS to closure and the
// not-effective loop, is the second half of audit-journey.spec.ts.)
import { expect, test } from "./support/test";
import { storageStateOf } from "./demo-accounts";

test.use({ storageState: storageStateOf("manajerMutu") });

test("the manajer mutu sees the overdue corrective actions and opens one", async ({ page }) => {
  await page.goto("/corrective-actions/overdue");
  const table = page.getByRole("table", { name: "Tindakan perbaikan terlambat" });
  await expect(table).toContainText("Asesmen kebutuhan penerima manfaat");
  await table.getByRole("row").filter({ hasText: "Asesmen kebutuhan penerima manfaat" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Tindakan perbaikan/ })).toBeVisible();
});
