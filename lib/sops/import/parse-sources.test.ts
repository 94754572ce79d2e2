// Which adapter parseSopDocument picks, and parseSopPages through the layout reader (stubbed here:
// the reader itself is tested with its own files).
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PositionedPage, SourceRow } from "./grid";

const layout = vi.hoisted(() => ({ rows: [] as SourceRow[], columnLaidOut: false, pages: [] as PositionedPage[] }));

vi.mock("./layout-reader", () => ({ readLayout: () => layout.rows }));
vi.mock("./layout-text", () => ({ isColumnLaidOut: () => layout.columnLaidOut, textToPages: () => layout.pages }));

const { parseSopDocument, parseSopPages } = await import("./parse");

const row = (page: number, line: number, ...cells: string[]): SourceRow => ({ cells, text: cells.join("\t"), page, line });

const ROWS: SourceRow[] = [
  row(1, 4, "Nomor SOP", "12/2025"),
  row(1, 5, "Nama SOP", "Penerimaan Tamu"),
  row(2, 1, "No", "Aktivitas", "Resepsionis", "Kelengkapan", "Waktu", "Output"),
  row(2, 3, "1", "Menerima tamu", "X", "Buku tamu", "5 menit", "Tamu tercatat"),
  row(2, 4, "1", "Menerima tamu", "X", "Buku tamu", "5 menit", "Tamu tercatat"),
];

beforeEach(() => {
  layout.rows = ROWS;
  layout.columnLaidOut = false;
});

describe("parseSopPages", () => {
  it("reads the rows the layout reader rebuilt, warnings with page and line", () => {
    const { sops } = parseSopPages([]);
    expect(sops).toHaveLength(1);
    expect(sops[0]).toMatchObject({ nomor: "12/2025", nama: "Penerimaan Tamu", source_line: 4 });
    expect(sops[0].steps[0]).toMatchObject({ activity: "Menerima tamu", actor: "Resepsionis", actor_confidence: "certain" });
    expect(sops[0].warnings).toEqual([
      { page: 2, line: 4, message: "Langkah 1 sama dengan langkah di hlm. 2 baris 3 (tabel diulang); diabaikan" },
    ]);
  });
});

describe("parseSopDocument", () => {
  it("sends text laid out by columns to the layout reader", () => {
    layout.columnLaidOut = true;
    expect(parseSopDocument("Nomor SOP   12/2025").sops.map((s) => s.nama)).toEqual(["Penerimaan Tamu"]);
  });

  it("reads tab-separated text row by row", () => {
    const { sops } = parseSopDocument("Nomor SOP\t7/2025\nNama SOP\tPeminjaman Ruang Rapat");
    expect(sops.map((s) => s.nama)).toEqual(["Peminjaman Ruang Rapat"]);
  });
});
