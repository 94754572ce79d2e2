// A long flowchart prints as pages joined by off-page connectors; the screen keeps the whole chart.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseSopDocument } from "@/lib/sops/import";
import { SEED_FILES, readSeed } from "@/lib/sops/import/seed-files";
import { SwimlaneFlowchart } from "./swimlane-flowchart";

const pengaduan = parseSopDocument(readSeed(SEED_FILES.biroOrganisasiNtt)).sops.find((s) => s.nama === "Layanan Pengaduan")!;

describe("SwimlaneFlowchart", () => {
  it("renders Layanan Pengaduan whole for the screen and in pages with connectors for print", () => {
    const html = renderToStaticMarkup(<SwimlaneFlowchart actors={pengaduan.actors} steps={pengaduan.steps} title="Layanan Pengaduan" />);
    expect(html.match(/data-testid="swimlane"/g)).toHaveLength(1);
    const pages = html.match(/data-testid="swimlane-page"/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(4);
    expect(html).toContain(`Diagram alir, halaman 1 dari ${pages}`);
    expect(html.match(/data-kind="connector"/g)).toHaveLength(2 * (pages - 1));
    expect(html).toMatch(/ke hlm\. 2/);
  });

  it("shows the whole text of a long step, not an ellipsis", () => {
    const long = "Pejabat pelaksana mengidentifikasi dan memastikan nama KPM dalam proposal KUBE telah terdaftar dalam DTKS, apabila tidak terdaftar maka proposal dikembalikan untuk perbaikan";
    const html = renderToStaticMarkup(
      <SwimlaneFlowchart actors={["A"]} steps={[{ no: 1, activity: long, actor: "A", actor_confidence: "certain" }]} title="Uji" />,
    );
    expect(html).not.toContain("…");
    expect(html).toContain("perbaikan</tspan>");
  });
});
