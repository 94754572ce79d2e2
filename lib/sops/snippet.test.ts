import { describe, expect, it } from "vitest";
import { HIT_END, HIT_START, snippetParts } from "./snippet";

const mark = (word: string) => `${HIT_START}${word}${HIT_END}`;

describe("snippetParts", () => {
  it("cuts a marked excerpt into plain and matching parts", () => {
    expect(snippetParts(`menyalurkan ${mark("bansos")} kepada\nKelompok ${mark("Usaha")} Bersama`)).toEqual([
      { text: "menyalurkan ", hit: false },
      { text: "bansos", hit: true },
      { text: " kepada Kelompok ", hit: false },
      { text: "Usaha", hit: true },
      { text: " Bersama", hit: false },
    ]);
  });

  it("keeps markup as text: the page escapes it", () => {
    expect(snippetParts(`<b>x</b> ${mark("<script>")}`)).toEqual([
      { text: "<b>x</b> ", hit: false },
      { text: "<script>", hit: true },
    ]);
  });

  it("gives nothing when no word matched", () => {
    expect(snippetParts("Penanganan Surat Masuk")).toBeNull();
    expect(snippetParts("")).toBeNull();
    expect(snippetParts(null)).toBeNull();
  });

  it("survives an unclosed mark", () => {
    expect(snippetParts(`a ${HIT_START}b`)).toBeNull();
  });
});
