// The journeys' `test`: Playwright's, with every page they open checked by axe-core
// (./accessibility.ts). page.goto checks the page it reaches (when the server answered 2xx), and
// the page a test ends on is checked after it passed. `test.use({ axe: false })` turns it off for
// a test that deliberately shows a broken state.
import { test as base, type Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";

export { expect } from "@playwright/test";
export { expectAccessible };

type Fixtures = { axe: boolean };

export const test = base.extend<Fixtures>({
  axe: [true, { option: true }],
  page: async ({ page, axe }, use, testInfo) => {
    if (!axe) {
      await use(page);
      return;
    }
    const goto = page.goto.bind(page);
    const checked: Page["goto"] = async (url, options) => {
      const response = await goto(url, options);
      if (response?.ok()) {
        await page.waitForLoadState("load");
        await expectAccessible(page);
      }
      return response;
    };
    page.goto = checked;
    await use(page);
    // Where the journey ended (reached by clicks, not goto): checked too, unless it already failed.
    if (testInfo.status === testInfo.expectedStatus && !page.isClosed() && /^https?:/.test(page.url())) {
      await page.waitForLoadState("load");
      await expectAccessible(page);
    }
  },
});
