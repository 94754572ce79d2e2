// The procedure table keeps the printed numbers and shows the sequence when they restart.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { SopStepContent } from "@/lib/sops/content";
import { SopProcedureTable } from "./sop-procedure-table";

const step = (no: number, actor: string): SopStepContent => ({
  no, activity: `Langkah ${no}`, actor, actor_confidence: "certain", kelengkapan: "Berkas", waktu_raw: "5 menit",
  waktu_minutes: 5, output: "Dokumen", keterangan: null,
});

const cellsOfColumnNo = (html: string) => [...html.matchAll(/<td class="[^"]*no[^"]*">(.*?)<\/td>/g)].map((m) => m[1].replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim());

describe("SopProcedureTable numbering", () => {
  it("shows the running number and the part-lettered source number when the numbering restarts", () => {
    const steps = [step(1, "A"), step(2, "B"), step(1, "A"), step(2, "B"), step(3, "A")];
    const html = renderToStaticMarkup(<SopProcedureTable actors={["A", "B"]} steps={steps} />);
    expect(cellsOfColumnNo(html)).toEqual(["1 A.1", "2 A.2", "3 B.1", "4 B.2", "5 B.3"]);
    expect(html).toContain("Penomoran di dokumen sumber dimulai lagi");
  });

  it("keeps a plain numbering as printed", () => {
    const html = renderToStaticMarkup(<SopProcedureTable actors={["A"]} steps={[step(1, "A"), step(2, "A")]} />);
    expect(cellsOfColumnNo(html)).toEqual(["1", "2"]);
    expect(html).not.toContain("Penomoran di dokumen sumber");
  });

  it("gives crowded tables fixed column widths so Mutu Baku stays in view", () => {
    const actors = Array.from({ length: 12 }, (_, i) => `Pelaksana ${i + 1}`);
    const html = renderToStaticMarkup(<SopProcedureTable actors={actors} steps={[step(1, "Pelaksana 12")]} />);
    expect(html).toContain("<colgroup>");
    expect(html.match(/<col[ /]/g)?.length).toBe(2 + 12 + 4);
  });
});
