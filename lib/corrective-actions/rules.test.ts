import { describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/types";
import { allItemsDone, caDueDate, isOverdue, mayApprovePlan, notAnImplementer, planGaps, todayDate, verifiableFrom, waitingOver } from "./rules";

const user = (id: string, grants: SessionUser["grants"] = []): SessionUser => ({
  id, name: id, nip: null, email: null, unitId: "u", unitName: "U", unitPath: "/a/u/", mustChangePassword: false, grants,
});
const grant = (role: SessionUser["grants"][number]["role"], unitPath: string | null) => ({ role, unitPath, unitId: null, unitName: null });

describe("rules of tindakan perbaikan", () => {
  it("reads today in WITA: 17.00 UTC is already tomorrow", () => {
    expect(todayDate(new Date("2026-05-01T17:00:00Z")).toISOString()).toBe("2026-05-02T00:00:00.000Z");
    expect(todayDate(new Date("2026-05-01T15:59:00Z")).toISOString()).toBe("2026-05-01T00:00:00.000Z");
  });

  it("due dates per category from the agency's settings", () => {
    const s = { dueDaysMayor: 30, dueDaysMinor: 60, waitDaysMayor: 14, waitDaysMinor: 7 };
    expect(caDueDate("KTS_MAYOR", s, new Date("2026-01-01T02:00:00Z")).toISOString().slice(0, 10)).toBe("2026-01-31");
    expect(caDueDate("KTS_MINOR", s, new Date("2026-01-01T02:00:00Z")).toISOString().slice(0, 10)).toBe("2026-03-02");
  });

  it("names every gap of an incomplete plan", () => {
    expect(planGaps({ correction: " ", causeCount: 0, itemCount: 0 })).toHaveLength(3);
    expect(planGaps({ correction: "Dicatat ulang", causeCount: 1, itemCount: 1 })).toEqual([]);
  });

  it("done needs every action recorded and evidenced", () => {
    expect(allItemsDone(user("a"), { itemsOpen: 1, itemsWithoutEvidence: 0 })).toEqual({ refuse: expect.stringMatching(/1 tindakan/) });
    expect(allItemsDone(user("a"), { itemsOpen: 0, itemsWithoutEvidence: 1 })).toEqual({ refuse: expect.stringMatching(/bukti/) });
    expect(allItemsDone(user("a"), { itemsOpen: 0, itemsWithoutEvidence: 0 })).toBeNull();
  });

  it("approver: manajer mutu over the unit or the audit's lead auditor", () => {
    const record = { unitPath: "/a/u/", leadAuditorIds: ["lead"] };
    expect(mayApprovePlan(user("m", [grant("MANAJER_MUTU", "/a/")]), record)).toBeNull();
    expect(mayApprovePlan(user("lead", [grant("AUDITOR", "/a/")]), record)).toBeNull();
    expect(mayApprovePlan(user("x", [grant("AUDITOR", "/a/")]), record)).not.toBeNull();
    expect(mayApprovePlan(user("m2", [grant("MANAJER_MUTU", "/b/")]), record)).not.toBeNull();
  });

  it("the verifier implemented nothing", () => {
    expect(notAnImplementer(user("pic"), { implementerIds: ["pic"] })).toEqual({ refuse: expect.stringMatching(/ikut melaksanakan/) });
    expect(notAnImplementer(user("aud"), { implementerIds: ["pic"] })).toBeNull();
  });

  it("verification waits its days after implementation", () => {
    const from = verifiableFrom(new Date("2026-05-01T01:00:00Z"), 7)!;
    expect(from.toISOString().slice(0, 10)).toBe("2026-05-08");
    expect(waitingOver({ verifiableFrom: from }, new Date("2026-05-07T01:00:00Z"))).toEqual({ refuse: expect.stringMatching(/8 Mei 2026/) });
    expect(waitingOver({ verifiableFrom: from }, new Date("2026-05-08T01:00:00Z"))).toBeNull();
  });

  it("overdue: running and past its date, or an unfinished action past its date; never when finished", () => {
    const now = new Date("2026-05-10T01:00:00Z");
    const past = new Date("2026-05-01T00:00:00Z");
    const later = new Date("2026-06-01T00:00:00Z");
    expect(isOverdue({ status: "TERBUKA", dueDate: past, items: [] }, now)).toBe(true);
    expect(isOverdue({ status: "DITUTUP", dueDate: past, items: [] }, now)).toBe(false);
    expect(isOverdue({ status: "RENCANA_DISETUJUI", dueDate: later, items: [{ status: "BELUM", dueDate: past }] }, now)).toBe(true);
    expect(isOverdue({ status: "RENCANA_DISETUJUI", dueDate: later, items: [{ status: "SELESAI", dueDate: past }] }, now)).toBe(false);
  });
});
