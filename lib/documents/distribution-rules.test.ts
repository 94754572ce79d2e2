import { describe, expect, it } from "vitest";
import { acknowledgmentSummary, copyReaders, nextCopyNumbers, supersededNote } from "./distribution-rules";

const users = [
  { id: "kadis", active: true, unitPath: "/ntt/dinsos/" },
  { id: "manajer", active: true, unitPath: "/ntt/dinsos/sekr/" },
  { id: "pegawai", active: true, unitPath: "/ntt/dinsos/sekr/kepum/" },
  { id: "pensiun", active: false, unitPath: "/ntt/dinsos/sekr/kepum/" },
  { id: "kabid", active: true, unitPath: "/ntt/dinsos/dayasos/" },
  // A sibling whose id starts like the unit's must not count: paths end with a slash.
  { id: "lain", active: true, unitPath: "/ntt/dinsos/sekr2/" },
];

describe("copyReaders", () => {
  it("a unit copy puts every active user at or below the unit on the list", () => {
    expect(copyReaders({ userId: null, unitPath: "/ntt/dinsos/sekr/" }, users)).toEqual(["manajer", "pegawai"]);
  });

  it("a unit copy of the agency covers the whole agency, inactive users left out", () => {
    expect(copyReaders({ userId: null, unitPath: "/ntt/dinsos/" }, users)).toEqual(["kadis", "manajer", "pegawai", "kabid", "lain"]);
  });

  it("a user copy is that user only, and nobody when the account is inactive", () => {
    expect(copyReaders({ userId: "kabid", unitPath: null }, users)).toEqual(["kabid"]);
    expect(copyReaders({ userId: "pensiun", unitPath: null }, users)).toEqual([]);
  });

  it("a unit without people gives nobody", () => {
    expect(copyReaders({ userId: null, unitPath: "/ntt/dinsos/uptd/" }, users)).toEqual([]);
  });
});

describe("copy numbers and notes", () => {
  it("numbers copies 1..n per revision, after the highest taken", () => {
    expect(nextCopyNumbers(null, 3)).toEqual([1, 2, 3]);
    expect(nextCopyNumbers(4, 2)).toEqual([5, 6]);
  });

  it("says which revision replaced a withdrawn copy", () => {
    expect(supersededNote(3)).toBe("Digantikan revisi 3");
  });
});

describe("acknowledgmentSummary", () => {
  it("splits who has and who has not read, by name", () => {
    const at = new Date("2026-11-20T01:00:00Z");
    const summary = acknowledgmentSummary([
      { userId: "b", name: "Yuliana", acknowledgedAt: null },
      { userId: "a", name: "Agustinus", acknowledgedAt: at },
      { userId: "c", name: "Elisabeth", acknowledgedAt: null },
    ]);
    expect(summary.total).toBe(3);
    expect(summary.read.map((r) => r.name)).toEqual(["Agustinus"]);
    expect(summary.unread.map((r) => r.name)).toEqual(["Elisabeth", "Yuliana"]);
  });
});
