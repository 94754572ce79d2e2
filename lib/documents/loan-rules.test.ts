import { describe, expect, it } from "vitest";
import { LOAN_DAYS } from "./constants";
import { daysOverdue, defaultDueDate, formatAgendaNumber, isOverdue } from "./loan-rules";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("archive loans", () => {
  it("numbers the loan book per agency and year", () => {
    expect(formatAgendaNumber("Dinas Sosial", 2026, 7)).toBe("PJ/DINAS-SOSIAL/2026/007");
  });

  it("is due LOAN_DAYS after it went out", () => {
    expect(defaultDueDate(d("2026-11-20"))).toEqual(d("2026-12-04"));
    expect(LOAN_DAYS).toBe(14);
  });

  it("is late only while lent and after the due day", () => {
    expect(isOverdue({ status: "DIPINJAM", dueDate: d("2026-11-20") }, d("2026-11-20"))).toBe(false);
    expect(isOverdue({ status: "DIPINJAM", dueDate: d("2026-11-20") }, d("2026-11-21"))).toBe(true);
    expect(isOverdue({ status: "DIKEMBALIKAN", dueDate: d("2026-11-20") }, d("2026-12-21"))).toBe(false);
    expect(isOverdue({ status: "DIAJUKAN", dueDate: null }, d("2026-12-21"))).toBe(false);
    expect(daysOverdue(d("2026-11-20"), d("2026-11-23"))).toBe(3);
  });
});
