import { describe, expect, it } from "vitest";
import { EXPORT_COLUMNS, toCsv, type ExportRow } from "./export-files";

const row = (overrides: Partial<ExportRow>): ExportRow =>
  ({ ...Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, null])), ...overrides }) as ExportRow;

describe("toCsv", () => {
  it("writes a BOM, a header and ';'-separated rows with decimal commas", () => {
    const csv = toCsv([row({ Tahun: 2026, Kode: "SM-01", Realisasi: 95.5 })]);
    const [header, line] = csv.slice(1).split("\r\n");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(header.split(";")).toEqual([...EXPORT_COLUMNS]);
    expect(line.split(";").slice(0, 2)).toEqual(["2026", "SM-01"]);
    expect(line).toContain("95,5");
  });

  it("quotes text holding separators, quotes or line breaks", () => {
    const line = toCsv([row({ Catatan: 'Rapat "khusus"; lanjut\nbesok' })]).split("\r\n")[1];
    expect(line).toContain('"Rapat ""khusus""; lanjut\nbesok"');
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    const line = toCsv([row({ Catatan: "=HYPERLINK(\"http://x\")" })]).split("\r\n")[1];
    expect(line).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
