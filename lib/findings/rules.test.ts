import { describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/types";
import { ageBucket, ageBucketRaisedRange, decidesFinding, isOverdue, raiseRefusal } from "./rules";

const user = (grants: { role: string; unitPath: string | null }[]): SessionUser => ({
  id: "u1", name: "U", nip: null, email: null, unitId: "x", unitName: "X", unitPath: "/ntt/dinsos/", mustChangePassword: false,
  grants: grants.map((g) => ({ ...g, role: g.role as SessionUser["grants"][number]["role"], unitId: g.unitPath, unitName: null })),
});
const manajer = user([{ role: "MANAJER_MUTU", unitPath: "/ntt/dinsos/" }]);
const auditor = user([{ role: "AUDITOR", unitPath: "/ntt/dinsos/" }]);

describe("raiseRefusal", () => {
  it("outside an audit only the manajer mutu of the unit raises", () => {
    expect(raiseRefusal(manajer, { source: "PENGADUAN", unitPath: "/ntt/dinsos/dayasos/", auditId: null, assignedToAudit: false })).toBeNull();
    expect(raiseRefusal(auditor, { source: "PENGADUAN", unitPath: "/ntt/dinsos/dayasos/", auditId: null, assignedToAudit: false })).toMatch(/manajer mutu/);
    expect(raiseRefusal(manajer, { source: "PENGADUAN", unitPath: "/ntt/biro/", auditId: null, assignedToAudit: false })).toMatch(/manajer mutu/);
  });
  it("in an audit only an assigned team member raises, and an audit finding names its audit", () => {
    expect(raiseRefusal(auditor, { source: "AUDIT_INTERNAL", unitPath: "/ntt/dinsos/a/", auditId: "a1", assignedToAudit: true })).toBeNull();
    expect(raiseRefusal(manajer, { source: "AUDIT_INTERNAL", unitPath: "/ntt/dinsos/a/", auditId: "a1", assignedToAudit: false })).toMatch(/tidak ditugaskan/);
    expect(raiseRefusal(manajer, { source: "AUDIT_INTERNAL", unitPath: "/ntt/dinsos/a/", auditId: null, assignedToAudit: false })).toMatch(/menyebut auditnya/);
  });
});

describe("decidesFinding", () => {
  it("the lead auditor decides audit findings, the manajer mutu the others", () => {
    expect(decidesFinding(auditor, { auditId: "a", leadAuditorIds: ["u1"], unitPath: "/ntt/dinsos/a/" })).toBeNull();
    expect(decidesFinding(manajer, { auditId: "a", leadAuditorIds: ["u2"], unitPath: "/ntt/dinsos/a/" })).toEqual({ refuse: expect.stringMatching(/ketua auditor/) });
    expect(decidesFinding(manajer, { auditId: null, leadAuditorIds: [], unitPath: "/ntt/dinsos/a/" })).toBeNull();
    expect(decidesFinding(auditor, { auditId: null, leadAuditorIds: [], unitPath: "/ntt/dinsos/a/" })).toEqual({ refuse: expect.stringMatching(/manajer mutu/) });
  });
});

describe("age and overdue", () => {
  const today = new Date("2026-11-23T08:00:00Z");
  it("buckets by days at their edges", () => {
    expect([0, 30, 31, 60, 61, 90, 91].map(ageBucket)).toEqual(["0-30", "0-30", "31-60", "31-60", "61-90", "61-90", ">90"]);
    const range = ageBucketRaisedRange("31-60", today);
    expect(range.lt!.getTime() - range.gte!.getTime()).toBe(30 * 24 * 3600 * 1000);
  });
  it("an open finding is overdue from the day after its due date; a closed one never", () => {
    expect(isOverdue({ status: "TERBUKA", dueDate: new Date("2026-11-23") }, today)).toBe(false);
    expect(isOverdue({ status: "DITERIMA", dueDate: new Date("2026-11-22") }, today)).toBe(true);
    expect(isOverdue({ status: "DITUTUP", dueDate: new Date("2026-11-01") }, today)).toBe(false);
    expect(isOverdue({ status: "TERBUKA", dueDate: null }, today)).toBe(false);
  });
});
