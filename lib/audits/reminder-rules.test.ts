import { describe, expect, it } from "vitest";
import { auditReminderDue } from "./reminder-rules";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("auditReminderDue (audit starting Wednesday 16 September 2026)", () => {
  const start = d("2026-09-16");
  it("is the 14-day reminder from 14 days before, the 1-day reminder on the day before", () => {
    expect(auditReminderDue(d("2026-09-01"), start)).toBeNull();
    expect(auditReminderDue(d("2026-09-02"), start)).toBe(14);
    expect(auditReminderDue(d("2026-09-14"), start)).toBe(14);
    expect(auditReminderDue(d("2026-09-15"), start)).toBe(1);
    expect(auditReminderDue(d("2026-09-16"), start)).toBeNull();
  });
  it("reminds on Friday for an audit on Monday", () => {
    expect(auditReminderDue(d("2026-09-18"), d("2026-09-21"))).toBe(1);
    expect(auditReminderDue(d("2026-09-17"), d("2026-09-21"))).toBe(14);
  });
});
