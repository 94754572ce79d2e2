import { describe, expect, it } from "vitest";
import { surveyFormSchema, surveyListQuerySchema } from "./schema";

const base = {
  unitId: "u", year: "2026", periodType: "TRIWULAN", periodNo: "4", entryMode: "NRR", respondents: "10",
  elements: Array.from({ length: 9 }, () => ({ nrr: "3,25" })),
  complaintsReceived: "0", complaintsResolved: "0", note: " ",
};

const errorsOf = (input: unknown) => {
  const parsed = surveyFormSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("the SKM form", () => {
  it("reads NRR with a decimal comma and blank notes as none", () => {
    const v = surveyFormSchema.parse(base);
    expect(v.elements[0].nrr).toBe(3.25);
    expect(v.periodNo).toBe(4);
    expect(v.note).toBeNull();
  });

  it("wants nine elements, each NRR between 1 and 4", () => {
    expect(errorsOf({ ...base, elements: base.elements.slice(1) })).toHaveProperty("elements");
    const elements = base.elements.map((e, i) => (i === 0 ? { nrr: "0,9" } : i === 1 ? { nrr: "" } : e));
    expect(errorsOf({ ...base, elements })).toEqual({
      "elements.0.nrr": "NRR antara 1 dan 4.",
      "elements.1.nrr": "Isi NRR unsur ini (1–4).",
    });
    // Unreadable text is told first (the cross-field checks run once every field reads).
    expect(errorsOf({ ...base, elements: base.elements.map((e, i) => (i === 2 ? { nrr: "tiga" } : e)) })).toEqual({ "elements.2.nrr": "Isi dengan angka, mis. 3,25." });
  });

  it("wants every count of a counted element, at least one answer and no more than the respondents", () => {
    const counted = (c: string[]) => ({ count1: c[0], count2: c[1], count3: c[2], count4: c[3] });
    const elements = Array.from({ length: 9 }, (_, i) =>
      counted(i === 0 ? ["0", "0", "0", "0"] : i === 1 ? ["5", "5", "1", "0"] : i === 2 ? ["", "1", "1", "1"] : ["0", "1", "4", "5"]),
    );
    expect(errorsOf({ ...base, entryMode: "RESPONDEN", elements })).toEqual({
      "elements.0.count4": "Unsur ini belum punya jawaban.",
      "elements.1.count4": "Jumlah jawaban (11) melebihi jumlah responden.",
      "elements.2.count1": "Isi jumlahnya (0 bila tidak ada).",
    });
  });

  it("refuses a period the type does not have, fractional or negative counts, and more resolved than received", () => {
    expect(errorsOf({ ...base, periodType: "SEMESTER", periodNo: "3" })).toEqual({ periodNo: "Periode ini tidak ada pada jenis periode yang dipilih." });
    expect(errorsOf({ ...base, respondents: "2,5" })).toEqual({ respondents: "Isi dengan bilangan bulat 0 atau lebih." });
    expect(errorsOf({ ...base, respondents: "0" })).toEqual({ respondents: "Jumlah responden paling sedikit 1." });
    expect(errorsOf({ ...base, complaintsReceived: "1", complaintsResolved: "2" })).toEqual({ complaintsResolved: "Tidak boleh melebihi jumlah pengaduan yang diterima." });
    expect(errorsOf({ ...base, complaintsReceived: "-1" })).toEqual({ complaintsReceived: "Isi dengan bilangan bulat 0 atau lebih." });
  });
});

describe("the list's query", () => {
  it("drops what it cannot read instead of failing", () => {
    expect(surveyListQuerySchema.parse({ year: "abc", category: "E", from: "2025-13-45", to: "2025-12-31", page: "0" })).toEqual({ to: "2025-12-31", page: 1 });
  });
});
