import { describe, expect, it } from "vitest";
import { rowsFromText } from "./rows-from-text";

describe("rowsFromText", () => {
  it("gives one row per line with its tab-separated cells and file line, no page without form feeds", () => {
    expect(rowsFromText("\uFEFFNomor SOP\t12/2024\r\n\n1\tMenerima berkas\t\tX")).toEqual([
      { cells: ["Nomor SOP", "12/2024"], text: "Nomor SOP\t12/2024", page: null, line: 1 },
      { cells: [""], text: "", page: null, line: 2 },
      { cells: ["1", "Menerima berkas", "", "X"], text: "1\tMenerima berkas\t\tX", page: null, line: 3 },
    ]);
  });

  it("starts a new page at each form feed, lines counted again from 1", () => {
    const rows = rowsFromText("Judul\nNo\tAktivitas\n\f2\tMemeriksa\nlanjutan\f\fakhir");
    expect(rows.map((r) => [r.page, r.line, r.text])).toEqual([
      [1, 1, "Judul"],
      [1, 2, "No\tAktivitas"],
      [2, 1, "2\tMemeriksa"],
      [2, 2, "lanjutan"],
      [3, 1, ""],
      [4, 1, "akhir"],
    ]);
  });

  it("keeps the text before a form feed on the page it ends", () => {
    expect(rowsFromText("a\nb\fc").map((r) => [r.page, r.line, r.text])).toEqual([
      [1, 1, "a"],
      [1, 2, "b"],
      [2, 1, "c"],
    ]);
  });
});

describe("rowsFromText: markdown tables", () => {
  it("cuts a pipe row at its pipes, drops the rule row's cells, turns <br> into spaces", () => {
    const rows = rowsFromText("| Nomor SOP | 140/KMB/2023 |\n|---|:---:|\n| Disahkan oleh | Camat<br>NIP. 1982 |\n| a \\| b | |");
    expect(rows.map((r) => r.cells)).toEqual([["Nomor SOP", "140/KMB/2023"], [""], ["Disahkan oleh", "Camat NIP. 1982"], ["a | b", ""]]);
    expect(rows[0].text).toBe("| Nomor SOP | 140/KMB/2023 |");
  });

  it("keeps tab-separated lines with pipes as they are", () => {
    expect(rowsFromText("| a\t| b |")[0].cells).toEqual(["| a", "| b |"]);
  });
});
