import { describe, expect, it } from "vitest";
import { toCaCsv, toExportRow } from "./export-files";

const source = {
  round: 2, status: "RENCANA_DISETUJUI" as const, dueDate: new Date("2026-12-01T00:00:00Z"), overdue: true, correction: "=HYPERLINK(\"x\")",
  finding: { number: "TM/2026/001", category: "KTS_MINOR" as const, statement: "Register; tanpa tanggal", clauseCode: "7.5", unit: { name: "Bidang Pemberdayaan Sosial" }, audit: null },
  causes: [{ category: "METODE" as const, description: "SOP tidak mengatur" }],
  items: [{ status: "SELESAI" as const, dueDate: new Date("2026-11-20T00:00:00Z"), description: "Revisi SOP", pic: { name: "Drs. Agustinus Lelo" } }],
};

describe("corrective-action export", () => {
  it("writes the register's row in Indonesian", () => {
    expect(toExportRow(source)).toMatchObject({
      Kategori: "KTS Minor", Status: "Rencana disetujui", Tenggat: "2026-12-01", Terlambat: "Ya", Putaran: 2,
      "Akar masalah": "[Metode] SOP tidak mengatur", "Tindakan selesai": "1/1",
    });
  });

  it("makes a formula inert and quotes separators in CSV", () => {
    const csv = toCaCsv([toExportRow(source)]);
    expect(csv.startsWith("\uFEFFNo. temuan;")).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(`"Register; tanpa tanggal"`);
  });
});
