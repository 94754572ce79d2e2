import { describe, expect, it } from "vitest";
import { documentFormSchema, revisionFormSchema, settingsFormSchema } from "./schema";

describe("the register's forms", () => {
  it("turns a blank code into a generated one and numbers from text fields", () => {
    const parsed = documentFormSchema.parse({
      unitId: "u1", type: "FORMULIR", code: "  ", title: "Formulir", description: "", access: "TERBATAS",
      retentionActiveYears: "2", retentionInactiveYears: "3", finalDisposition: "MUSNAH", reviewIntervalMonths: "24",
    });
    expect(parsed).toMatchObject({ code: null, description: null, retentionActiveYears: 2, reviewIntervalMonths: 24 });
  });

  it("reads a multipart revision: blank revision number is a new one, the date is checked", () => {
    const base = { documentId: "d1", revisionNo: "", version: "3", changeReason: "Penerbitan pertama", changedParts: "", effectiveDate: "", text: "" };
    expect(revisionFormSchema.parse(base)).toMatchObject({ revisionNo: null, version: 3, effectiveDate: null, text: null });
    expect(revisionFormSchema.parse({ ...base, revisionNo: "2", effectiveDate: "2026-12-01" })).toMatchObject({ revisionNo: 2, effectiveDate: "2026-12-01" });
    expect(revisionFormSchema.safeParse({ ...base, effectiveDate: "1 Desember" }).success).toBe(false);
    expect(revisionFormSchema.safeParse({ ...base, changeReason: "" }).error?.issues[0]?.message).toBe("Tuliskan alasan perubahan.");
  });

  it("puts a broken pattern's message on its type", () => {
    const result = settingsFormSchema.safeParse({ agencyId: "a", version: 0, codePatterns: { FORMULIR: "F-{X}", REKAMAN: "" }, delegateApproverId: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["codePatterns.FORMULIR", expect.stringMatching(/\{X\} tidak dikenal/)]]);
  });
});
