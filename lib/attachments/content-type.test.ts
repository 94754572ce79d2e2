import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { detectKind, downloadHeaders, MIME_TYPES } from "./content-type";
import { checkEvidence, EVIDENCE_KINDS } from "./store";

const text = (s: string) => new TextEncoder().encode(s);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function zipWith(name: string) {
  const zip = new JSZip();
  zip.file(name, "<x/>");
  return zip.generateAsync({ type: "uint8array" });
}

describe("detectKind", () => {
  it("recognises files by their content", async () => {
    expect(detectKind("bukti.pdf", text("%PDF-1.7\n"), EVIDENCE_KINDS)).toBe("pdf");
    expect(detectKind("foto.png", PNG, EVIDENCE_KINDS)).toBe("png");
    expect(detectKind("foto.JPG", new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), EVIDENCE_KINDS)).toBe("jpeg");
    expect(detectKind("rekap.docx", await zipWith("word/document.xml"), EVIDENCE_KINDS)).toBe("docx");
    expect(detectKind("rekap.xlsx", await zipWith("xl/workbook.xml"), EVIDENCE_KINDS)).toBe("xlsx");
    expect(detectKind("data.csv", text("a;b\n1;2\n"), EVIDENCE_KINDS)).toBe("csv");
    expect(detectKind("catatan.txt", text("catatan rapat"), EVIDENCE_KINDS)).toBe("txt");
  });

  it("refuses content that does not match the extension", async () => {
    expect(detectKind("bukti.pdf", text("<html><script>alert(1)</script></html>"), EVIDENCE_KINDS)).toBeNull();
    expect(detectKind("foto.png", text("%PDF-1.7"), EVIDENCE_KINDS)).toBeNull();
    expect(detectKind("rekap.docx", await zipWith("xl/workbook.xml"), EVIDENCE_KINDS)).toBeNull();
    expect(detectKind("catatan.txt", text("<!DOCTYPE html><p>x</p>"), EVIDENCE_KINDS)).toBeNull();
    expect(detectKind("catatan.txt", new Uint8Array([0x41, 0, 0x42]), EVIDENCE_KINDS)).toBeNull();
    expect(detectKind("gambar.svg", text("<svg/>"), EVIDENCE_KINDS)).toBeNull();
  });

  it("refuses kinds outside the upload's list", () => {
    expect(detectKind("foto.png", PNG, ["pdf"])).toBeNull();
  });
});

describe("checkEvidence", () => {
  it("ignores what the browser claims", () => {
    expect(() => checkEvidence({ name: "bukti.pdf", type: "application/pdf", bytes: text("<html></html>") }, 1024)).toThrow(/tidak didukung/);
    expect(() => checkEvidence({ name: "bukti.pdf", type: "text/html", bytes: text("%PDF-1.4 x") }, 1024)).not.toThrow();
  });
});

describe("downloadHeaders", () => {
  it("serve a known type, and anything else as a download of bytes", () => {
    expect(downloadHeaders("a.pdf", MIME_TYPES.pdf)["Content-Type"]).toBe("application/pdf");
    const html = downloadHeaders("a.html", "text/html");
    expect(html["Content-Type"]).toBe("application/octet-stream");
    expect(html["X-Content-Type-Options"]).toBe("nosniff");
    expect(html["Content-Disposition"]).toMatch(/^attachment;/);
  });
});
