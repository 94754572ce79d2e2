// axe-core, injected by Playwright into the page under test. Journeys import `test` and `expect`
// from ./test (tests/e2e/support/test.ts): every page reached with page.goto, and the page a test
// ends on, is checked for serious and critical violations without a line in the journey.
import { expect, type Page } from "@playwright/test";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Impacts that fail a journey; minor and moderate findings are left to review. */
const BLOCKING = new Set(["serious", "critical"]);

export type AxeFinding = { id: string; impact: string; help: string; nodes: string[] };

/**
 * Runs axe on the settled page and returns its serious and critical violations. Next.js streams a
 * dynamic page's metadata after its body, and a router refresh replaces it: wait until the page
 * has loaded and carries its title again, so axe judges the page a user sees, not a moment of it.
 */
export async function accessibilityViolations(page: Page): Promise<AxeFinding[]> {
  await page.waitForLoadState("load");
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 15_000 }).catch(() => {});
  // A toast fading in is judged on its final colours, not on a frame of its animation.
  await page.evaluate(() => {
    const finite = document.getAnimations().filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)));
    const settled = Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    return Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 2_000))]);
  });
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === "object");
  if (!injected) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    type Result = { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Result[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ["violations"] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? "",
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${(n.failureSummary ?? "").replace(/\s+/g, " ")}`),
    }));
  });
  return violations.filter((v) => BLOCKING.has(v.impact));
}

/** Fails with every serious or critical axe violation of the page, named with its nodes. */
export async function expectAccessible(page: Page) {
  const found = await accessibilityViolations(page);
  const report = found.map((v) => `${v.impact} ${v.id} (${v.help}) on ${page.url()}\n  ${v.nodes.join("\n  ")}`).join("\n");
  expect(found, `axe: serious or critical violations\n${report}`).toEqual([]);
}
