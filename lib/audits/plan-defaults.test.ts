import { describe, expect, it } from "vitest";
import { copiedPlanDefaults, planDefaults } from "./plan-defaults";
import type { AuditDetail } from "./types";

const audit = {
  agency: { id: "agency-1" }, type: "INTERNAL", title: "Audit internal putaran 2", objectives: "Tujuan", criteria: "Kriteria", clauses: ["9.2"],
  startDate: new Date("2026-10-12T00:00:00Z"), endDate: new Date("2026-10-14T00:00:00Z"), place: null,
  units: [{ id: "unit-1", representative: "Kepala Bidang" }], sops: [{ id: "sop-1" }], team: [{ userId: "user-1", role: "KETUA" }],
} as unknown as AuditDetail;

describe("plan defaults", () => {
  it("edits a plan as it is", () => {
    expect(planDefaults(audit)).toMatchObject({ startDate: "2026-10-12", endDate: "2026-10-14", place: "", units: [{ unitId: "unit-1", representative: "Kepala Bidang" }], sopIds: ["sop-1"] });
  });

  it("copies a plan one year on, keeping scope and team", () => {
    const copy = copiedPlanDefaults(audit);
    expect(copy).toMatchObject({ title: "Audit internal putaran 2", startDate: "2027-10-12", endDate: "2027-10-14", clauses: ["9.2"], team: [{ userId: "user-1", role: "KETUA" }] });
  });
});
