// PDF pages in points (what the PDF adapter reads: text items and drawn flowchart shapes): the
// procedure table is rebuilt by coordinates and each drawn symbol marks its step's actor cell.
import { describe, expect, it } from "vitest";
import type { PositionedLine, PositionedPage, Shape } from "./grid";
import { readLayout } from "./layout-reader";

/** A 10 pt line at `y` with chunks starting at the given x (5 pt per character). */
function line(n: number, y: number, ...chunks: [string, number][]): PositionedLine {
  return { line: n, y0: y, y1: y + 10, chunks: chunks.map(([text, x]) => ({ text, x0: x, x1: x + 5 * text.length })) };
}

const box = (kind: Shape["kind"], x0: number, y0: number, x1: number, y1: number): Shape => ({ kind, x0, y0, x1, y1 });

const HEADER_TOP: [string, number][] = [
  ["No", 40],
  ["Kegiatan", 80],
  ["Pelaksana", 330],
  ["Mutu Baku", 560],
];
const HEADER_BOTTOM: [string, number][] = [
  ["Staf TU", 290],
  ["Kasubag", 370],
  ["Kadis", 450],
  ["Kelengkapan", 520],
  ["Waktu", 600],
  ["Output", 660],
];

const page1: PositionedPage = {
  page: 1,
  width: 842,
  lines: [
    line(1, 40, ["DINAS KESEHATAN", 40], ["Nomor SOP", 300], ["5/SOP/2022", 420]),
    line(2, 52, ["Nama SOP", 300], ["Surat Masuk", 420]),
    line(3, 100, ...HEADER_TOP),
    line(4, 112, ...HEADER_BOTTOM),
    line(5, 140, ["1", 42], ["Menerima surat", 80], ["Surat", 520], ["5 menit", 600], ["Agenda", 660]),
    line(6, 152, ["masuk", 80]),
    // Step 2 is vertically centred: its first line is above the number, 14 pt below step 1.
    line(7, 176, ["Memeriksa apakah", 80]),
    line(8, 188, ["2", 42], ["berkas lengkap", 80]),
    line(9, 200, ["dan benar", 80]),
    line(10, 220, ["3", 42], ["Mendisposisi", 80], ["X", 465]),
  ],
  shapes: [
    box("process", 40, 20, 90, 60), // the logo frame above the table
    box("terminator", 290, 138, 330, 158),
    box("decision", 370, 176, 410, 204),
    box("process", 450, 215, 490, 235),
    box("process", 520, 215, 560, 235), // in the Kelengkapan column: no actor
  ],
};

const page2: PositionedPage = {
  page: 2,
  width: 842,
  lines: [line(1, 40, ...HEADER_TOP), line(2, 52, ...HEADER_BOTTOM), line(3, 80, ["4", 42], ["Mengarsipkan", 80])],
  shapes: [box("terminator", 290, 75, 330, 95), box("process", 290, 300, 330, 320)],
};

describe("PDF pages with drawn shapes", () => {
  const rows = readLayout([page1, page2]);

  it("rebuilds the header and one row per step from the coordinates", () => {
    expect(rows.slice(0, 4).map((r) => r.cells)).toEqual([
      ["DINAS KESEHATAN"],
      ["Nomor SOP", "5/SOP/2022"],
      ["Nama SOP", "Surat Masuk"],
      ["No", "Kegiatan", "Pelaksana", "", "", "Mutu Baku", "", ""],
    ]);
    expect(rows[4].cells).toEqual(["", "", "Staf TU", "Kasubag", "Kadis", "Kelengkapan", "Waktu", "Output"]);
    expect(rows.slice(5).map((r) => [r.page, r.line, r.cells[0], r.cells[1]])).toEqual([
      [1, 5, "1", "Menerima surat masuk"],
      [1, 8, "2", "Memeriksa apakah berkas lengkap dan benar"],
      [1, 10, "3", "Mendisposisi"],
      [2, 3, "4", "Mengarsipkan"],
    ]);
  });

  it("puts each shape's mark into the actor cell of the step whose y range holds its centre", () => {
    const actorCells = rows.slice(5).map((r) => r.cells.slice(2, 5));
    expect(actorCells).toEqual([
      ["⬭", "", ""],
      ["", "◇", ""],
      ["", "", "X ▭"], // the text mark stays, the drawn box is added
      ["⬭", "", ""],
    ]);
    // Shapes outside the actor columns or below the table mark nothing.
    expect(rows.slice(5).map((r) => r.cells[5])).toEqual(["Surat", "", "", ""]);
    expect(rows.flatMap((r) => r.cells).filter((c) => c.includes("▭"))).toHaveLength(1);
  });

  it("measures tolerances on the page: the same table scaled to twice the size reads the same", () => {
    const scale = (p: PositionedPage): PositionedPage => ({
      ...p,
      lines: p.lines.map((l) => ({
        ...l,
        y0: l.y0 * 2,
        y1: l.y1 * 2,
        chunks: l.chunks.map((c) => ({ ...c, x0: c.x0 * 2, x1: c.x1 * 2 })),
      })),
      shapes: p.shapes.map((s) => ({ ...s, x0: s.x0 * 2, x1: s.x1 * 2, y0: s.y0 * 2, y1: s.y1 * 2 })),
    });
    expect(readLayout([scale(page1), scale(page2)]).map((r) => r.cells)).toEqual(rows.map((r) => r.cells));
  });
});

describe("actor header cells printed as one text run", () => {
  it("splits them between the columns the drawn shapes stand in", () => {
    const page: PositionedPage = {
      page: 1,
      width: 842,
      lines: [
        line(1, 100, ["No", 40], ["Kegiatan", 80], ["Pelaksana", 300], ["Waktu", 430]),
        line(2, 112, ["Staf TU Kasubag Kadis", 290]),
        line(3, 140, ["1", 42], ["Menerima surat", 80], ["5 menit", 430]),
        line(4, 160, ["2", 42], ["Memeriksa surat", 80], ["5 menit", 430]),
        line(5, 180, ["3", 42], ["Menandatangani", 80], ["5 menit", 430]),
      ],
      shapes: [box("terminator", 297, 138, 317, 150), box("process", 337, 158, 357, 170), box("terminator", 372, 178, 392, 190)],
    };
    const rows = readLayout([page]).map((r) => r.cells);
    expect(rows[1]).toEqual(["", "", "Staf TU", "Kasubag", "Kadis", "Waktu"]);
    expect(rows.slice(2).map((r) => r.slice(2, 5))).toEqual([
      ["⬭", "", ""],
      ["", "▭", ""],
      ["", "", "⬭"],
    ]);
  });
});

describe("the portal's own print view, as the PDF adapter reads it", () => {
  // Coordinates of the procedure page of the printed "Penanganan Surat Keluar" (Chromium PDF):
  // header cells vertically centred, so their lines interleave and sit apart; marks drawn as shapes.
  const at = (n: number, y0: number, y1: number, ...chunks: [string, number, number][]): PositionedLine => ({
    line: n,
    y0,
    y1,
    chunks: chunks.map(([text, x0, x1]) => ({ text, x0, x1 })),
  });
  const page: PositionedPage = {
    page: 2,
    width: 842,
    lines: [
      at(1, 39, 47, ["Pelaksana", 344, 389], ["Mutu Baku", 601, 649]),
      at(2, 57, 65, ["Kasubag TU/", 238, 294]),
      at(3, 62, 71, ["No", 43, 55], ["Kegiatan", 126, 166], ["Sekretaris/", 404, 454], ["Keterangan", 750, 802]),
      at(4, 67, 75, ["Sub", 257, 275], ["Pengadministrasi", 311, 389], ["Kepala", 468, 499]),
      at(5, 72, 80, ["Kepala", 413, 444], ["Kelengkapan", 524, 582], ["Waktu", 611, 639], ["Output", 681, 713]),
      at(6, 78, 86, ["Koordinator", 239, 293], ["Umum", 336, 364], ["Dinas", 471, 496]),
      at(7, 83, 91, ["Bidang", 413, 445]),
      at(8, 88, 96, ["Substansi", 244, 288]),
      at(9, 106, 115, ["1", 46, 52], ["Memerintahkan pengadministrasi", 69, 212], ["Disposisi Surat", 510, 573], ["5 menit", 606, 639], ["Disposisi Surat", 654, 717]),
      at(10, 111, 118, ["Mulai", 255, 277]),
      at(11, 118, 126, ["umum untuk menyiapkan bahan", 69, 208], ["masuk/petunjuk", 510, 579], ["masuk/petunjuk", 654, 723]),
      at(12, 128, 137, ["kelengkapan surat keluar", 69, 177], ["atasan", 510, 539], ["atasan", 654, 683]),
      at(13, 147, 155, ["2", 46, 52], ["Menyiapkan bahan kelengkapan", 69, 206], ["Disposisi Surat", 510, 573], ["30 menit", 606, 644], ["Bahan kelengkapan", 654, 738]),
      at(14, 158, 167, ["surat keluar, menyusun konsep", 69, 203], ["masuk/petunjuk", 510, 579], ["surat keluar dan", 654, 724]),
      at(15, 169, 178, ["surat keluar dan menyerahkan", 69, 200], ["atasan", 510, 539], ["konsep surat keluar", 654, 738]),
      at(16, 453, 461, ["3", 46, 52], ["Mengagendakan, mendistribusikan", 69, 218], ["Surat keluar", 510, 562], ["10 menit", 606, 644], ["Surat keluar dan", 654, 725]),
      at(17, 464, 475, ["dan mengarsipkan.", 69, 151], ["Selesai", 336, 364], ["dokumentasi", 654, 709]),
      at(18, 484, 493, ["Total waktu baku: 1 jam 35 menit", 642, 802]),
    ],
    shapes: [
      box("terminator", 252, 110, 280, 119),
      box("process", 255, 121, 277, 133),
      box("process", 338, 166, 361, 179),
      box("process", 338, 451, 361, 464),
      box("terminator", 333, 466, 368, 475),
    ],
  };

  it("joins the header cells spread over eight lines and reads each step with its drawn marks", () => {
    const rows = readLayout([page]).map((r) => r.cells);
    expect(rows).toEqual([
      ["No", "Kegiatan", "Pelaksana", "", "", "", "Mutu Baku", "", "", "Keterangan"],
      ["", "", "Kasubag TU/ Sub Koordinator Substansi", "Pengadministrasi Umum", "Sekretaris/ Kepala Bidang", "Kepala Dinas", "Kelengkapan", "Waktu", "Output", ""],
      [
        "1",
        "Memerintahkan pengadministrasi umum untuk menyiapkan bahan kelengkapan surat keluar",
        "Mulai ⬭ ▭",
        "",
        "",
        "",
        "Disposisi Surat masuk/petunjuk atasan",
        "5 menit",
        "Disposisi Surat masuk/petunjuk atasan",
        "",
      ],
      [
        "2",
        "Menyiapkan bahan kelengkapan surat keluar, menyusun konsep surat keluar dan menyerahkan",
        "",
        "▭",
        "",
        "",
        "Disposisi Surat masuk/petunjuk atasan",
        "30 menit",
        "Bahan kelengkapan surat keluar dan konsep surat keluar",
        "",
      ],
      ["3", "Mengagendakan, mendistribusikan dan mengarsipkan.", "", "Selesai ▭ ⬭", "", "", "Surat keluar", "10 menit", "Surat keluar dan dokumentasi", ""],
      // The summary under the table ends it: it is a row of its own, not part of the last step.
      ["Total waktu baku: 1 jam 35 menit"],
    ]);
  });
});
