// The charts' text is rendered on the server (caption, accessible name, data table) while the plot
// is left to the browser: the HTML holds the figures without recharts, in a box of the plot's height.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FindingChartsPanel } from "@/components/findings/finding-charts";
import { PackChart } from "@/components/management-reviews/pack-chart";
import { AchievementShareChart } from "./achievement-share-chart";
import { TargetLineChart } from "./target-line-chart";

const noPlot = (html: string) => expect(html).not.toMatch(/recharts|<svg/);

describe("charts on the server", () => {
  it("TargetLineChart: caption and the values' table, the plot's height reserved", () => {
    const html = renderToStaticMarkup(
      <TargetLineChart title="Realisasi SM-01 tahun 2026" unit="%" height={280}
        data={[{ label: "Jan", value: 96.5 }, { label: "Feb", value: null }]}
        target={{ kind: "single", value: 95, text: "≥ 95 %" }} />,
    );
    expect(html).toContain("Realisasi SM-01 tahun 2026: 1 dari 2 periode sudah diukur; target ≥ 95 %.");
    expect(html).toMatch(/<th scope="row">Jan<\/th><td>96,5 %<\/td>/);
    expect(html).toContain("belum diukur");
    expect(html).toContain("height:280px");
    noPlot(html);
  });

  it("AchievementShareChart: accessible name and the table under Lihat data", () => {
    const html = renderToStaticMarkup(
      <AchievementShareChart groupLabel="Unit" title="Capaian per unit 2026"
        data={[{ key: "u1", label: "Sekretariat", achieved: 3, missed: 1, percent: 75 }]} />,
    );
    expect(html).toContain('role="img" aria-label="Capaian per unit 2026: grafik batang');
    expect(html).toContain("Sekretariat");
    expect(html).toContain("75%");
    expect(html).toContain(`height:${2 * 44 + 70}px`);
    noPlot(html);
  });

  it("FindingChartsPanel: every chart's title and figures", () => {
    const html = renderToStaticMarkup(
      <FindingChartsPanel charts={{
        byClause: [{ key: "8.5.1", label: "8.5.1 Pengendalian produksi", count: 3 }, { key: "7.5", label: "7.5 Informasi terdokumentasi", count: 1 }],
        bySop: [],
        ageing: [{ bucket: "0-30", label: "0-30 hari", count: 2 }],
        perMonth: [{ month: "2026-03", opened: 4, closed: 1 }],
      }} />,
    );
    expect(html).toContain("Pareto per klausul: 8.5.1 Pengendalian produksi 3, 7.5 Informasi terdokumentasi 1");
    expect(html).toContain("Belum ada temuan dengan sop.");
    expect(html).toContain("Umur temuan terbuka: 0-30 hari 2");
    expect(html).toContain("2026-03 dibuka 4 ditutup 1");
    noPlot(html);
  });

  it("PackChart: caption and the series' table", () => {
    const html = renderToStaticMarkup(
      <PackChart chart={{ kind: "bar", caption: "Temuan per bulan", series: [{ name: "Dibuka", points: [{ label: "Jan", value: 2 }] }] }} />,
    );
    expect(html).toContain("<caption>Temuan per bulan</caption>");
    expect(html).toMatch(/<th scope="row">Jan<\/th><td>2<\/td>/);
    noPlot(html);
  });
});
