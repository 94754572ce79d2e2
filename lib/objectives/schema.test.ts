import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../utils/zod";
import { measurementFormSchema, measurementSchema, objectiveFormSchema, type ObjectiveFormInput } from "./schema";

const valid: ObjectiveFormInput = {
  unitId: "u1", year: 2026, code: "SM-01", statement: "Surat masuk didisposisi paling lambat 1 hari kerja.",
  perspective: "PROSES_INTERNAL", indicator: "Persentase surat tepat waktu", formula: "", measureUnit: "%",
  direction: "MINIMAL", target: "95,5", targetLow: "", targetHigh: "", baseline: "88", frequency: "BULANAN",
  ownerId: "p1", dataSource: "Buku agenda", processes: "", sopIds: [], policyId: "", commitmentNo: null,
};

describe("objectiveFormSchema", () => {
  it("reads Indonesian decimal commas and blanks", () => {
    const parsed = objectiveFormSchema.parse(valid);
    expect([parsed.target, parsed.baseline, parsed.targetLow, parsed.formula, parsed.policyId]).toEqual([95.5, 88, null, null, null]);
  });

  it("asks for the target together with every other error on the first submit", () => {
    const result = objectiveFormSchema.safeParse({ ...valid, statement: "", target: "" });
    expect(result.success).toBe(false);
    const errors = fieldErrorsOf(result.error!);
    expect(errors.statement).toEqual(["Tuliskan pernyataan sasaran (minimal 10 karakter)."]);
    expect(errors.target).toEqual(["Isi nilai target."]);
  });

  it("checks a range's bounds", () => {
    const missing = fieldErrorsOf(objectiveFormSchema.safeParse({ ...valid, direction: "RENTANG", target: "" }).error!);
    expect(missing).toMatchObject({ targetLow: ["Isi batas bawah rentang."], targetHigh: ["Isi batas atas rentang."] });
    const inverted = fieldErrorsOf(objectiveFormSchema.safeParse({ ...valid, direction: "RENTANG", targetLow: "30", targetHigh: "22" }).error!);
    expect(inverted.targetHigh).toEqual(["Batas atas harus lebih besar dari batas bawah."]);
  });

  it("refuses text where a number belongs", () => {
    const errors = fieldErrorsOf(objectiveFormSchema.safeParse({ ...valid, target: "sembilan puluh" }).error!);
    expect(errors.target).toEqual(["Isi dengan angka, mis. 95 atau 95,5."]);
  });
});

describe("measurementSchema", () => {
  it("takes a value with a decimal comma and checks the evidence link", () => {
    expect(measurementSchema.parse({ objectiveId: "o", period: "10", version: null, value: "95,5" }).value).toBe(95.5);
    const bad = measurementSchema.safeParse({ objectiveId: "o", period: 1, version: null, value: "", evidenceUrl: "ftp://x" });
    expect(fieldErrorsOf(bad.error!)).toMatchObject({ value: ["Wajib diisi dengan angka."], evidenceUrl: ["Tautan harus diawali http:// atau https://."] });
  });
});

describe("plausible values", () => {
  it("refuses a target outside what the unit allows, and inverted own bounds", () => {
    const percent = fieldErrorsOf(objectiveFormSchema.safeParse({ ...valid, target: "150" }).error!);
    expect(percent.target).toEqual(["Nilai harus antara 0 % dan 100 %."]);
    const own = fieldErrorsOf(objectiveFormSchema.safeParse({ ...valid, measureUnit: "indeks", target: "3", valueMin: "4", valueMax: "1" }).error!);
    expect(own.valueMax).toEqual(["Nilai terbesar harus lebih besar dari nilai terkecil."]);
    const outside = fieldErrorsOf(objectiveFormSchema.safeParse({ ...valid, measureUnit: "indeks", target: "5", baseline: "", valueMin: "1", valueMax: "4" }).error!);
    expect(outside.target).toEqual(["Nilai harus antara 1 indeks dan 4 indeks."]);
    expect(objectiveFormSchema.parse({ ...valid, measureUnit: "indeks", target: "3,5", baseline: "2", valueMin: "1", valueMax: "4" })).toMatchObject({ valueMin: 1, valueMax: 4 });
  });

  it("checks the measured value in the form against the bounds it is given", () => {
    const input = { objectiveId: "o1", period: "2", version: null, value: "1000000,5", note: "", analysis: "", evidenceUrl: "" };
    const errors = fieldErrorsOf(measurementFormSchema({ min: 0, max: 100 }, "%").safeParse(input).error!);
    expect(errors.value).toEqual(["Nilai harus antara 0 % dan 100 %."]);
    expect(measurementFormSchema({ min: 0, max: 100 }, "%").safeParse({ ...input, value: "95,5" }).success).toBe(true);
    expect(measurementSchema.safeParse(input).success).toBe(true); // the shared schema cannot know the objective
  });
});
