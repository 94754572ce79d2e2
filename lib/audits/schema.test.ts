import { describe, expect, it } from "vitest";
import { auditFormSchema, parseAttendance, scheduleItemSchema } from "./schema";

describe("auditFormSchema", () => {
  it("names every missing part of an empty plan at once", () => {
    const parsed = auditFormSchema.safeParse({ agencyId: "a", type: "INTERNAL", title: "", objectives: "", criteria: "", clauses: [], startDate: "", endDate: "", units: [], sopIds: [], team: [] });
    const messages = parsed.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain("Pilih paling sedikit satu unit auditi.");
    expect(messages).toContain("Tuliskan judul audit (minimal 5 karakter).");
    expect(messages).toContain("Isi tanggal mulai.");
  });
});

describe("scheduleItemSchema", () => {
  it("needs a unit and an auditor for a unit session", () => {
    const parsed = scheduleItemSchema.safeParse({ auditId: "a", kind: "SESI_UNIT", unitId: "", date: "2026-01-01", startTime: "09:00", endTime: "10:00", auditorIds: [] });
    const messages = parsed.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toEqual(expect.arrayContaining(["Pilih unit yang diaudit pada sesi ini.", "Pilih paling sedikit satu auditor untuk sesi ini."]));
  });
});

it("reads an attendance list, one person per line", () => {
  expect(parseAttendance("Yohanes Kefi — Ketua auditor\n\n  Maria - Sekretaris \nTanpa jabatan")).toEqual([
    { name: "Yohanes Kefi", position: "Ketua auditor" },
    { name: "Maria", position: "Sekretaris" },
    { name: "Tanpa jabatan", position: null },
  ]);
});
