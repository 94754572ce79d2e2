import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { columnName, escapeXml, writeXlsx } from "./xlsx";

// CRC-32 (IEEE 802.3), written out here so the check does not reuse the writer's own CRC.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) => (bytes.reduce((c, b) => CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

/** Reads a ZIP archive from its central directory, checking each file's sizes and CRC. */
function unzip(archive: Uint8Array): Map<string, string> {
  const buf = Buffer.from(archive);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBe(buf.length - 22);
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(at)).toBe(0x02014b50);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const packedSize = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localAt = buf.readUInt32LE(at + 42);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
    expect(buf.readUInt32LE(localAt)).toBe(0x04034b50);
    const dataAt = localAt + 30 + buf.readUInt16LE(localAt + 26) + buf.readUInt16LE(localAt + 28);
    const packed = buf.subarray(dataAt, dataAt + packedSize);
    const data = method === 8 ? inflateRawSync(packed) : packed;
    expect(data.length).toBe(size);
    expect(crc32(data)).toBe(crc);
    files.set(name, data.toString("utf8"));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const workbook = () =>
  writeXlsx(
    {
      name: "Sasaran Mutu",
      columns: [
        { header: "Kode", width: 10 },
        { header: "Realisasi", width: 13 },
        { header: "Catatan", width: 12 },
      ],
      rows: [
        ["SM-01", 95.5, "Rapat & evaluasi <triwulan>\nbaris 2"],
        ["SM-02", null, "=SUM(A1)"],
      ],
    },
    { creator: "Portal Mutu", created: new Date("2026-03-05T07:30:00Z") },
  );

describe("writeXlsx", () => {
  it("writes a ZIP holding the parts of a one-sheet workbook", () => {
    expect([...unzip(workbook()).keys()]).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "docProps/core.xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
    ]);
  });

  it("writes a bold header row that stays in view with filter buttons, then the rows", () => {
    const sheet = unzip(workbook()).get("xl/worksheets/sheet1.xml")!;
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<col min="2" max="2" width="13" customWidth="1"/>');
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t>Kode</t></is></c>');
    expect(sheet).toContain('<c r="B2"><v>95.5</v></c>');
    expect(sheet).toContain('<c r="C2" t="inlineStr"><is><t xml:space="preserve">Rapat &amp; evaluasi &lt;triwulan&gt;\nbaris 2</t></is></c>');
    // An empty cell is left out; text that looks like a formula stays text.
    expect(sheet).toContain('<row r="3"><c r="A3" t="inlineStr"><is><t>SM-02</t></is></c><c r="C3" t="inlineStr"><is><t>=SUM(A1)</t></is></c></row>');
    expect(sheet).toContain('<autoFilter ref="A1:C1"/>');
  });

  it("names the sheet and the creator", () => {
    const files = unzip(workbook());
    expect(files.get("xl/workbook.xml")).toContain('<sheet name="Sasaran Mutu" sheetId="1" r:id="rId1"/>');
    expect(files.get("docProps/core.xml")).toContain("<dc:creator>Portal Mutu</dc:creator>");
    expect(files.get("docProps/core.xml")).toContain("2026-03-05T07:30:00Z");
  });
});

describe("columnName", () => {
  it("counts A to Z, then AA", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
  });
});

describe("escapeXml", () => {
  it("escapes markup and drops characters XML cannot hold", () => {
    expect(escapeXml('a<b>&"c"\u0001\td')).toBe("a&lt;b&gt;&amp;&quot;c&quot;\td");
  });
});
