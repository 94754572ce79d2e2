import { describe, expect, it } from "vitest";
import { measurementReminders } from "./reminder-rules";

const window = { from: new Date("2026-01-05T00:00:00Z"), until: null };
const monthly = { year: 2026, frequency: "BULANAN" as const, measuredPeriods: [] as number[], window };
const on = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("measurementReminders", () => {
  it("reminds of a period due within three days (October is due on 10 November)", () => {
    const r = measurementReminders({ ...monthly, measuredPeriods: [1, 2, 3, 4, 5, 6, 7, 8, 9] }, on("2026-11-09"));
    expect(r.map((x) => [x.label, x.kinds])).toEqual([["Okt", ["due"]]]);
    expect(r[0].dueDate.toISOString().slice(0, 10)).toBe("2026-11-10");
  });

  it("says late after the due date and tells the manajer mutu after a week", () => {
    const base = { ...monthly, measuredPeriods: [1, 2, 3, 4, 5, 6, 7, 8, 9] };
    expect(measurementReminders(base, on("2026-11-11"))[0].kinds).toEqual(["late"]);
    expect(measurementReminders(base, on("2026-11-17"))[0].kinds).toEqual(["late", "escalated"]);
  });

  it("says nothing of a measured period, of one not expected, or of one long past", () => {
    expect(measurementReminders({ ...monthly, measuredPeriods: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, on("2026-11-09"))).toEqual([]);
    expect(measurementReminders({ ...monthly, window: null }, on("2026-11-09"))).toEqual([]);
    // January was due on 10 February: far outside the look-back on 9 November.
    expect(measurementReminders(monthly, on("2026-11-09")).map((x) => x.label)).not.toContain("Jan");
  });
});
