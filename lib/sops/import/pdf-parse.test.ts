// A whole PDF into SOPs: the PDF adapter, the layout reader and the SOP rules together. The actor
// of each step comes from the symbol drawn in its column (no text marks in this PDF at all).
import { describe, expect, it } from "vitest";
import { buildSopPdf } from "./__pdf__/build-sop-pdf";
import { layoutReaderReady } from "./__pdf__/layout-ready";
import { PUSKESMAS_SOP } from "./__pdf__/sample-sops";
import { parsePdf, parseRows } from "./pdf-parse";

describe("parsePdf", () => {
  it.skipIf(!layoutReaderReady)("reads the SOP drawn by a word processor: identity, steps, Waktu and the actor of every step from its symbol", async () => {
    const { bytes } = await buildSopPdf([PUSKESMAS_SOP]);
    const { sops } = await parsePdf(bytes, { fileName: "surat-masuk.pdf" });
    expect(sops).toHaveLength(1);
    const [sop] = sops;
    expect(sop.nomor).toBe("440/001/PKM");
    expect(sop.nama).toBe("Pelayanan Surat Masuk");
    expect(sop.unit_lines).toContain("PUSKESMAS MAKMUR");
    expect(sop.actors).toEqual(PUSKESMAS_SOP.actors);
    expect(sop.steps.map((s) => s.activity)).toEqual(PUSKESMAS_SOP.steps.map((s) => s.activity));
    expect(sop.steps.map((s) => s.actor)).toEqual(PUSKESMAS_SOP.steps.map((s) => PUSKESMAS_SOP.actors[s.actor]));
    expect(sop.steps.every((s) => s.actor_confidence === "certain")).toBe(true);
    expect(sop.steps.map((s) => s.waktu_minutes).slice(1)).toEqual([5, 10, 60]);
    expect(sop.steps.map((s) => s.decision ?? false)).toEqual([false, true, false, false]);
  });

  it("points each warning to the page and line of the row it is about", () => {
    const row = (page: number, line: number, ...cells: string[]) => ({ cells, text: cells.join("\t"), page, line });
    const rows = [
      row(1, 3, "Nomor SOP", "001"),
      row(1, 4, "Nama SOP", "Contoh"),
      row(1, 9, "NO", "Kegiatan", "Pelaksana", "Kelengkapan", "Waktu", "Output"),
      row(1, 10, "", "", "Kepala", "", "", ""),
      row(1, 12, "1", "Menerima surat", "", "Surat", "5 menit", "Surat"),
      row(2, 5, "2", "Mengarsipkan", "", "Map", "sebentar", "Arsip"),
    ];
    const [sop] = parseRows(rows, { fileName: "contoh.pdf" }).sops;
    expect(sop.steps.map((s) => s.activity)).toEqual(["Menerima surat", "Mengarsipkan"]);
    expect(sop.warnings).toContainEqual({ page: 2, line: 5, message: 'Waktu "sebentar" tidak dapat diubah ke menit' });
  });
});
