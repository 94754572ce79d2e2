import { describe, expect, it } from "vitest";
import { safeFileName } from "./store";

describe("safeFileName", () => {
  it("keeps only the last part of a path the browser sent", () => {
    expect(safeFileName("../../etc/passwd.pdf")).toBe("passwd.pdf");
    expect(safeFileName("C:\\Users\\budi\\Desktop\\bukti rapat.pdf")).toBe("bukti rapat.pdf");
    expect(safeFileName("/var/www/../laporan.docx")).toBe("laporan.docx");
  });

  it("drops control characters and leading dots, and never returns an empty name", () => {
    expect(safeFileName("lapo\u0000ran\n.pdf")).toBe("laporan.pdf");
    expect(safeFileName("..pdf")).toBe("pdf");
    expect(safeFileName("../")).toBe("berkas");
    expect(safeFileName("   ")).toBe("berkas");
  });

  it("shortens a long name to 255 characters, keeping its extension", () => {
    const name = safeFileName(`${"a".repeat(300)}.pdf`);
    expect(name).toHaveLength(255);
    expect(name.endsWith(".pdf")).toBe(true);
  });
});
