import { describe, expect, it } from "vitest";
import { formatAuditNumber, independenceConflict, slotOutsideAudit, slotsOverlap, slotTime, type AuditorPlacement } from "./rules";

const AGENCY = "/ntt/dinsos/";
const auditor = (over: Partial<AuditorPlacement> = {}): AuditorPlacement => ({
  name: "Yohanes", unitPath: "/ntt/dinsos/rehsos/", unitName: "Bidang Rehsos",
  grants: [{ role: "AUDITOR", unitPath: AGENCY, unitName: "Dinas Sosial" }], ...over,
});

describe("independenceConflict (ISO 9001:2015 9.2.2 c)", () => {
  it("refuses the auditor's own unit and names it", () => {
    expect(independenceConflict(auditor(), { path: "/ntt/dinsos/rehsos/", name: "Bidang Rehsos" }, AGENCY)).toMatch(/Yohanes.*Bidang Rehsos.*unit kerjanya sendiri/);
  });
  it("refuses a sub-unit of the auditor's unit", () => {
    expect(independenceConflict(auditor(), { path: "/ntt/dinsos/rehsos/anak/", name: "Seksi Anak" }, AGENCY)).toMatch(/di bawah unit kerjanya/);
  });
  it("refuses a unit above the auditor's unit below the agency", () => {
    const a = auditor({ unitPath: "/ntt/dinsos/rehsos/anak/", unitName: "Seksi Anak" });
    expect(independenceConflict(a, { path: "/ntt/dinsos/rehsos/", name: "Bidang Rehsos" }, AGENCY)).toMatch(/membawahi unit kerjanya \(Seksi Anak\)/);
  });
  it("refuses a unit on which the auditor holds another role", () => {
    const a = auditor({ grants: [...auditor().grants, { role: "AUDITEE", unitPath: "/ntt/dinsos/dayasos/", unitName: "Bidang Dayasos" }] });
    expect(independenceConflict(a, { path: "/ntt/dinsos/dayasos/", name: "Bidang Dayasos" }, AGENCY)).toContain("peran Auditi / Kepala Unit pada Bidang Dayasos");
  });
  it("allows another bidang, and the agency-wide AUDITOR grant is no conflict", () => {
    expect(independenceConflict(auditor(), { path: "/ntt/dinsos/dayasos/", name: "Bidang Dayasos" }, AGENCY)).toBeNull();
  });
  it("allows an auditor whose home unit is the agency itself to audit its bidang", () => {
    const a = auditor({ unitPath: AGENCY, unitName: "Dinas Sosial" });
    expect(independenceConflict(a, { path: "/ntt/dinsos/dayasos/", name: "Bidang Dayasos" }, AGENCY)).toBeNull();
  });
  it("allows an auditor of another agency", () => {
    const a = auditor({ unitPath: "/ntt/biro/", unitName: "Biro Organisasi", grants: [{ role: "PIMPINAN", unitPath: "/ntt/biro/", unitName: "Biro" }] });
    expect(independenceConflict(a, { path: "/ntt/dinsos/dayasos/", name: "Bidang Dayasos" }, AGENCY)).toBeNull();
  });
});

describe("slots", () => {
  const slot = (s: string, e: string) => ({ startsAt: slotTime("2026-03-10", s), endsAt: slotTime("2026-03-10", e) });
  it("overlap when they share time, not when they touch", () => {
    expect(slotsOverlap(slot("08:00", "10:00"), slot("09:30", "11:00"))).toBe(true);
    expect(slotsOverlap(slot("08:00", "10:00"), slot("10:00", "11:00"))).toBe(false);
  });
  it("reads times in WITA", () => {
    expect(slotTime("2026-03-10", "08:00").toISOString()).toBe("2026-03-10T00:00:00.000Z");
  });
  it("must fall on the audit's days", () => {
    const audit = { startDate: new Date("2026-03-10T00:00:00Z"), endDate: new Date("2026-03-11T00:00:00Z") };
    expect(slotOutsideAudit(slot("08:00", "10:00"), audit)).toBe(false);
    expect(slotOutsideAudit({ startsAt: slotTime("2026-03-09", "08:00"), endsAt: slotTime("2026-03-09", "09:00") }, audit)).toBe(true);
    expect(slotOutsideAudit({ startsAt: slotTime("2026-03-11", "15:00"), endsAt: slotTime("2026-03-12", "09:00") }, audit)).toBe(true);
  });
});

it("numbers audits per agency and year", () => {
  expect(formatAuditNumber("Dinsos", 2026, 3)).toBe("AI/DINSOS/2026/03");
});
