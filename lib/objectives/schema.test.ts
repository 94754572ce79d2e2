import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../utils/zod";
import { measurementSchema, objectiveFormSchema, type ObjectiveFormInput } from "./schema";

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
