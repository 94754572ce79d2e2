// Round trip: the portal's print view of seed SOPs, printed to PDF by Chromium, read back by the
// PDF import gives the same SOP: name, number, steps, each step's activity, Waktu in minutes and
// actor (read from the mark drawn in the actor's column), and the decisions the flowchart draws as
// diamonds. Set SOP_PDF_SAVE_DIR to keep the printed PDFs and what the page showed (the unit
// tests' fixture came from here).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { readPdf } from "../../lib/sops/import/pdf";
import { parsePositionedPages } from "../../lib/sops/import/pdf-parse";
import { storageStateOf } from "./demo-accounts";
import { SopCataloguePage, SopPage } from "./pages/sop-catalogue-page";
import { expect, test } from "./support/test";

interface ExpectedStep {
  activity: string;
  actor: string | null;
  minutes: number | null;
}

interface ExpectedSop {
  nama: string;
  nomor: string;
  actors: string[];
  steps: ExpectedStep[];
  /** Step labels the flowchart draws as diamonds. */
  decisions: string[];
}

/** What the page shows: the truth the printed PDF must give back. */
async function shownSop(page: Page): Promise<ExpectedSop> {
  const sop = new SopPage(page);
  const nama = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  const identity = page.getByRole("table", { name: "Identitas SOP" });
  const nomor = (await identity.getByRole("row").filter({ hasText: "Nomor SOP" }).getByRole("cell").last().textContent())!.trim();
  const actors = await sop.procedure().locator("thead tr").nth(1).locator("th").evaluateAll((ths) => ths.map((th) => th.getAttribute("title") ?? "").filter((t) => t !== ""));
  const steps = await sop.stepRows().evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll("td")];
      const activityCell = cells[1];
      // The activity without the confidence badge (hidden in print).
      const activity = [...activityCell.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join("").replace(/\s+/g, " ").trim();
      const mark = row.querySelector('[role="img"][aria-label^="Dilaksanakan oleh "]');
      const actor = mark ? mark.getAttribute("aria-label")!.replace(/^Dilaksanakan oleh /, "").replace(/ \(disimpulkan dari teks\)$/, "") : null;
      // Waktu: the raw text, then the minutes in a span of their own when they differ ("1 jam" + "60 menit").
      const waktu = cells[cells.length - 3];
      const last = [...waktu.children].pop();
      const minutesText = (last && /(menit|tidak diketahui)$/.test(last.textContent ?? "") ? last.textContent : waktu.textContent) ?? "";
      const minutes = /^([\d.]+) menit$/i.exec(minutesText.trim())?.[1];
      return { activity, actor, minutes: minutes === undefined ? null : Number(minutes.replace(/\./g, "")) };
    }),
  );
  const decisions = await sop
    .flowchart()
    .locator('[data-kind="decision"]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-step") ?? ""));
  return { nama, nomor, actors, steps, decisions };
}

async function printToPdf(page: Page, name: string, shown: ExpectedSop): Promise<Uint8Array> {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const dir = process.env.SOP_PDF_SAVE_DIR;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    const base = path.join(dir, name.toLowerCase().replace(/[^a-z0-9]+/g, "-"));
    writeFileSync(`${base}.pdf`, pdf);
    writeFileSync(`${base}.json`, JSON.stringify(shown, null, 2));
  }
  return new Uint8Array(pdf);
}

const SEED_SOPS = [
  { title: "Penanganan Surat Masuk", unit: "Sub Bagian Kepegawaian dan Umum" },
  { title: "Penanganan Surat Keluar", unit: "Sub Bagian Kepegawaian dan Umum" },
  { title: "Sasaran Mutu", unit: "Seksi Pengembangan Jasa Pengujian" },
  // Crowded: 32 steps over two numbered parts and 12 Pelaksana, whose names the print turns sideways.
  { title: "Layanan Pengaduan", unit: "Biro Organisasi" },
];

test.describe("the print view of an SOP read back by the PDF import", () => {
  test.use({ storageState: storageStateOf("manajerMutu") });

  for (const { title, unit } of SEED_SOPS) {
    test(`${title}: the same SOP comes back from its printed PDF, actors included`, async ({ page }) => {
      const catalogue = new SopCataloguePage(page);
      await catalogue.search(title);
      await catalogue.open(title, unit);
      const shown = await shownSop(page);
      expect(shown.steps.length).toBeGreaterThan(0);
      expect(shown.actors.length).toBeGreaterThan(0);
      expect(shown.steps.every((s) => s.activity !== "")).toBe(true);

      const bytes = await printToPdf(page, title, shown);
      const pages = await readPdf(bytes);
      // The drawn marks of the procedure table are read as shapes (one per step with a known actor, at least).
      const marks = pages.flatMap((p) => p.shapes);
      expect(marks.length).toBeGreaterThanOrEqual(shown.steps.filter((s) => s.actor !== null).length);

      const { sops } = parsePositionedPages(pages, { fileName: `${title}.pdf` });
      const sop = sops.find((s) => s.nama === shown.nama);
      expect(sop, `SOP "${shown.nama}" among ${JSON.stringify(sops.map((s) => s.nama))}`).toBeDefined();
      expect(sop!.nomor).toBe(shown.nomor);
      expect(sop!.actors).toEqual(shown.actors);
      expect(sop!.steps.map((s) => s.activity)).toEqual(shown.steps.map((s) => s.activity));
      expect(sop!.steps.map((s) => s.waktu_minutes)).toEqual(shown.steps.map((s) => s.minutes));
      expect(sop!.steps.map((s) => s.actor)).toEqual(shown.steps.map((s) => s.actor));
      const decided = sop!.steps.flatMap((s, i) => (s.decision ? [String(s.no ?? i + 1)] : []));
      expect(decided).toEqual(shown.decisions);
    });
  }
});
