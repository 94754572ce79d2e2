import { describe, expect, it } from "vitest";
import { editDistance, numberKey, resolveName, titleKey } from "./keys";

describe("titleKey", () => {
  it("drops SOP prefixes, punctuation and case", () => {
    expect(titleKey("SOP Penanganan Surat Masuk.")).toBe("penanganan surat masuk");
    expect(titleKey("SOP AP  Penanganan  surat-masuk")).toBe("penanganan surat masuk");
    expect(titleKey("Standar Operasional Prosedur Pengendalian Dokumen")).toBe("pengendalian dokumen");
  });
});

describe("numberKey", () => {
  it("ignores spaces and case", () => {
    expect(numberKey(" 800/ Dinsos.01 / 2023 ")).toBe("800/dinsos.01/2023");
    expect(numberKey(null)).toBe("");
  });
});

describe("resolveName", () => {
  const catalogue = [
    { key: titleKey("Penanganan Surat Masuk"), id: "masuk" },
    { key: titleKey("Penanganan Surat Keluar"), id: "keluar" },
    { key: titleKey("Pengendalian Dokumen"), id: "dokumen" },
  ];

  it("resolves the same name written differently", () => {
    expect(resolveName("SOP penanganan surat masuk", catalogue)?.id).toBe("masuk");
  });

  it("tolerates a small spelling difference", () => {
    expect(resolveName("Pengendalian Dokumem", catalogue)?.id).toBe("dokumen");
    expect(resolveName("Penanganan Surat Msuk", catalogue)?.id).toBe("masuk");
  });

  it("leaves an unknown or too different name unresolved", () => {
    expect(resolveName("Pengelolaan Arsip Inaktif", catalogue)).toBeNull();
    expect(resolveName("", catalogue)).toBeNull();
  });

  it("leaves a name equally close to two entries unresolved", () => {
    const twins = [{ key: "laporan bulanan a", id: "a" }, { key: "laporan bulanan b", id: "b" }];
    expect(resolveName("laporan bulanan c", twins)).toBeNull();
  });

  it("computes edit distances", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("abc", "abc")).toBe(0);
  });
});
