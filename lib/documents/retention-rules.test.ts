import { describe, expect, it } from "vitest";
import { activeRetentionEnd, addMonths, retentionDue, retentionEnd, retentionPhase, retentionStart, type RetentionFacts } from "./retention-rules";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const facts = (over: Partial<RetentionFacts>): RetentionFacts => ({
  type: "FORMULIR", firstEffectiveAt: d("2020-03-01"), withdrawnAt: null, retentionActiveYears: 2, retentionInactiveYears: 3, ...over,
});

describe("retention of documents and records", () => {
  it("a document in use has not started its retention, whatever its first effective date", () => {
    expect(retentionStart(facts({}))).toBeNull();
    expect(retentionEnd(facts({}))).toBeNull();
    expect(retentionPhase({ ...facts({}), status: "AKTIF" }, d("2030-01-01"))).toBe("BELUM_BERJALAN");
  });

  it("a document counts from the day it was withdrawn: active, then inactive years", () => {
    const f = facts({ withdrawnAt: d("2021-07-15") });
    expect(activeRetentionEnd(f)).toEqual(d("2023-07-15"));
    expect(retentionEnd(f)).toEqual(d("2026-07-15"));
  });

  it("a record (REKAMAN) counts from its first effective date, even while in use", () => {
    const f = facts({ type: "REKAMAN", firstEffectiveAt: d("2019-01-10"), withdrawnAt: d("2022-01-01") });
    expect(retentionStart(f)).toEqual(d("2019-01-10"));
    expect(retentionEnd(f)).toEqual(d("2024-01-10"));
  });

  it("a record never in force counts from its withdrawal, and not at all before", () => {
    expect(retentionEnd(facts({ type: "REKAMAN", firstEffectiveAt: null }))).toBeNull();
    expect(retentionEnd(facts({ type: "REKAMAN", firstEffectiveAt: null, withdrawnAt: d("2020-05-05") }))).toEqual(d("2025-05-05"));
  });

  it("29 February ends on 28 February of a non-leap year, and stays 29 February on a leap year", () => {
    expect(retentionEnd(facts({ withdrawnAt: d("2024-02-29"), retentionActiveYears: 1, retentionInactiveYears: 0 }))).toEqual(d("2025-02-28"));
    expect(retentionEnd(facts({ withdrawnAt: d("2024-02-29"), retentionActiveYears: 2, retentionInactiveYears: 2 }))).toEqual(d("2028-02-29"));
  });

  it("zero inactive years: retention ends with the active period (an external document)", () => {
    const f = facts({ type: "DOKUMEN_EKSTERNAL", withdrawnAt: d("2023-10-01"), retentionActiveYears: 2, retentionInactiveYears: 0 });
    expect(retentionEnd(f)).toEqual(activeRetentionEnd(f));
    expect(retentionEnd(f)).toEqual(d("2025-10-01"));
  });

  it("the phase on a day: active, inactive, ended (on the end day itself), and the final states", () => {
    const f = { ...facts({ withdrawnAt: d("2021-07-15") }), status: "DITARIK" };
    expect(retentionPhase(f, d("2023-07-14"))).toBe("AKTIF");
    expect(retentionPhase(f, d("2023-07-15"))).toBe("INAKTIF");
    expect(retentionPhase(f, d("2026-07-14"))).toBe("INAKTIF");
    expect(retentionPhase(f, d("2026-07-15"))).toBe("BERAKHIR");
    expect(retentionPhase({ ...f, status: "DIMUSNAHKAN" }, d("2026-07-15"))).toBe("DIMUSNAHKAN");
    expect(retentionPhase({ ...f, status: "DISERAHKAN" }, d("2030-01-01"))).toBe("DISERAHKAN");
  });

  it("due on the end day, not the day before; never without an end", () => {
    expect(retentionDue(d("2026-07-15"), d("2026-07-15"))).toBe(true);
    expect(retentionDue(d("2026-07-15"), d("2026-07-14"))).toBe(false);
    expect(retentionDue(null, d("2099-01-01"))).toBe(false);
  });

  it("months ahead keep the day, or the month's last day", () => {
    expect(addMonths(d("2026-01-31"), 1)).toEqual(d("2026-02-28"));
    expect(addMonths(d("2026-11-29"), 12)).toEqual(d("2027-11-29"));
  });
});
