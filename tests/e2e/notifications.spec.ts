// Notifications end to end: the pimpinan's bell counts up when the manajer mutu submits an
// objective; the pimpinan opens the notification and lands on the objective, which is then read.
import { storageStateOf } from "./demo-accounts";
import { NotificationBell } from "./pages/notification-pages";
import { ObjectiveFormPage, ObjectivePage } from "./pages/objective-pages";
import { expect, expectAccessible, test } from "./support/test";

const YEAR = String(new Date().getFullYear());
const CODE = "SM-NOTIF-E2E";

// This test's own page is the manajer mutu's; the pimpinan works in a second browser context.
test.use({ storageState: storageStateOf("manajerMutu") });

test("the pimpinan sees the bell count rise when an objective is submitted, opens it and lands on the objective", async ({ page, browser }) => {
  const pimpinan = await browser.newContext({ storageState: storageStateOf("pimpinan") });
  const pimpinanPage = await pimpinan.newPage();
  try {
    await pimpinanPage.goto("/dashboard");
    const bell = new NotificationBell(pimpinanPage);
    const before = await bell.unread();

    // The manajer mutu writes and submits an objective.
    await new ObjectiveFormPage(page).create({
      unitName: "Sub Bagian Kepegawaian dan Umum", year: YEAR, code: CODE,
      statement: "Surat masuk didisposisikan pimpinan pada hari yang sama.",
      indicator: "Persentase surat masuk terdisposisi pada hari diterima", measureUnit: "%",
      target: "90", ownerName: "Kristoforus Seran", dataSource: "Buku agenda surat masuk",
    });
    await new ObjectivePage(page).transition("Ajukan");

    await pimpinanPage.reload();
    await bell.expectUnread(before + 1);
    await bell.open();
    await expectAccessible(pimpinanPage);
    await bell.follow(CODE);
    await expect(pimpinanPage).toHaveURL(/\/objectives\/[^/]+$/);
    await expect(pimpinanPage.getByRole("heading", { level: 1, name: new RegExp(CODE) })).toBeVisible();
    await expect(pimpinanPage.getByRole("button", { name: "Setujui", exact: true })).toBeVisible();
    await bell.expectUnread(before);
  } finally {
    await pimpinan.close();
  }
});
