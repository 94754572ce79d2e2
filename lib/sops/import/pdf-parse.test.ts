// A whole PDF into SOPs: the PDF adapter, the layout reader and the SOP rules together. The actor
// of each step comes from the symbol drawn in its column (no text marks in this PDF at all).
import { describe, expect, it } from "vitest";
import { buildSopPdf } from "./__pdf__/build-sop-pdf";
import { layoutReaderReady } from "./__pdf__/layout-ready";
import { PUSKESMAS_SOP } from "./__pdf__/sample-sops";
import { parsePdf } from "./pdf-parse";

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

  it.skipIf(!layoutReaderReady)("gives each SOP the page it starts on and points its warnings to their page and line", async () => {
    const second = {
      ...PUSKESMAS_SOP,
      identity: PUSKESMAS_SOP.identity.map(([label, value]): [string, string] => [label, label === "Nama SOP" ? "Pengarsipan Surat" : value]),
      // Other texts than the first SOP's: lines repeated at the foot of two pages are page furniture.
      steps: PUSKESMAS_SOP.steps.map((s) => ({ ...s, activity: `${s.activity} (arsip)`, waktu: s.no === 3 ? "sebentar" : s.waktu })),
    };
    const { sops } = await parsePdf((await buildSopPdf([PUSKESMAS_SOP, second])).bytes, { fileName: "dua.pdf" });
    expect(sops.map((s) => [s.nama, s.source_page])).toEqual([
      ["Pelayanan Surat Masuk", 1],
      ["Pengarsipan Surat", 2],
    ]);
    const warning = sops[1].warnings.find((w) => w.message.includes("sebentar"));
    expect(warning).toMatchObject({ page: 2, message: 'Waktu "sebentar" tidak dapat diubah ke menit' });
    // The decision drawn as a diamond in the table, and no other (no flowchart pages here).
    expect(sops[1].steps.map((s) => s.decision ?? false)).toEqual([false, true, false, false]);
  });
});
