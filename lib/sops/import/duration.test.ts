import { describe, expect, it } from "vitest";
import { MINUTES_PER_MONTH, MINUTES_PER_WEEK, MINUTES_PER_WORKING_DAY, parseDuration } from "./duration";

const minutes = (raw: string | null, minutesColumn = false) => parseDuration(raw, { minutesColumn }).minutes;

describe("parseDuration: units as printed in the seeds", () => {
  it.each([
    ["5 menit", 5],
    ["20 Menit", 20],
    ["5menit", 5],
    ["60 meit", 60], // typo in seed 001
    ["1 Jam", 60],
    ["2 jam", 120],
    ["1 Jam kerja", 60],
    ["6 Jam Kerja", 360],
    ["1 Hari", 450],
    ["3 hari kerja", 1350],
    ["2 hari Kerja", 900],
    ["1 minggu", 2250],
    ["1 Minggu", 2250],
    ["1 bulan", 9900],
  ])("%s -> %d minutes", (raw, expected) => {
    expect(parseDuration(raw)).toMatchObject({ minutes: expected, status: "ok", exact: true });
  });

  it("uses a working day of 7.5 hours, a week of 5 and a month of 22 working days", () => {
    expect(MINUTES_PER_WORKING_DAY).toBe(450);
    expect(MINUTES_PER_WEEK).toBe(5 * 450);
    expect(MINUTES_PER_MONTH).toBe(22 * 450);
  });
});

describe("parseDuration: bare numbers", () => {
  it("reads a bare number under a 'Waktu (menit)' column as minutes", () => {
    expect(parseDuration("60", { minutesColumn: true })).toMatchObject({ minutes: 60, status: "ok" });
    expect(minutes("3000", true)).toBe(3000);
  });

  it("keeps a bare number unknown when the column has no unit", () => {
    expect(parseDuration("60", { minutesColumn: false })).toMatchObject({ minutes: null, status: "no_unit" });
    expect(parseDuration("60")).toMatchObject({ minutes: null, status: "no_unit" });
  });

  it("takes the upper bound of a bare range in a minutes column", () => {
    expect(minutes("10-15", true)).toBe(15);
  });
});

describe("parseDuration: ranges take the upper bound", () => {
  it.each([
    ["1-2 hari", 900],
    ["1-3 Hari", 1350],
    ["1 - 3 hari", 1350],
    ["2-3 Hari", 1350],
    ["1 sd 3 hari", 1350],
    ["1 s/d 2 jam", 120],
    ["1 s.d. 2 jam", 120],
    ["1 sampai 2 minggu", 4500],
    ["1–2 jam", 120],
  ])("%s -> %d", (raw, expected) => {
    expect(minutes(raw)).toBe(expected);
  });
});

describe("parseDuration: decimal commas and compound values", () => {
  it("reads dots between groups of three digits as thousands", () => {
    expect(minutes("1.350 menit")).toBe(1350);
    expect(minutes("13.500 menit")).toBe(13500);
    expect(minutes("1.350.000 detik")).toBe(22500);
  });

  it("reads decimal commas", () => {
    expect(minutes("0,5 jam")).toBe(30);
    expect(minutes("1,5 hari")).toBe(675);
    expect(minutes("0.5 jam")).toBe(30);
  });

  it("adds quantities written together", () => {
    expect(minutes("1 jam 30 menit")).toBe(90);
    expect(minutes("1 hari dan 2 jam")).toBe(570);
  });

  it("counts once a time restated in another unit (the portal prints '1 jam' and '60 menit' in one cell)", () => {
    expect(parseDuration("1 Jam 60 menit")).toMatchObject({ minutes: 60, exact: true });
    expect(minutes("1 jam (60 menit)")).toBe(60);
    expect(minutes("2 hari 900 menit")).toBe(900);
    expect(minutes("3 Hari 1.350 menit")).toBe(1350);
    expect(minutes("60 meit 60 menit")).toBe(60);
    // Not a restatement: other amounts, or the same unit twice.
    expect(minutes("1 jam 30 menit")).toBe(90);
    expect(minutes("30 menit + 30 menit")).toBe(60);
  });

  it("keeps the longest span of a 'per ... selama' expression and flags it", () => {
    expect(parseDuration("3 jam per agenda selama 10 hari")).toMatchObject({ minutes: 4500, approximate: true });
  });
});

describe("parseDuration: unknown values stay unknown", () => {
  it.each([["∞"], ["-"], ["–"], [""], ["   "], ["tidak terbatas"]])("%j is unknown", (raw) => {
    expect(parseDuration(raw)).toMatchObject({ minutes: null, status: "unknown" });
  });

  it("treats null and undefined as unknown", () => {
    expect(parseDuration(null).status).toBe("unknown");
    expect(parseDuration(undefined).status).toBe("unknown");
  });

  it.each([["sesuai kebutuhan"], ["Menyesuaikan"], ["sesuai Surat Tugas"], ["1`5 Menit"], ["1 Tahun"]])(
    "%j cannot be read",
    (raw) => {
      expect(parseDuration(raw)).toMatchObject({ minutes: null, status: "unparsed" });
    },
  );

  it("never throws on odd input", () => {
    for (const raw of ["\u0000", "9".repeat(400), "jam jam jam", "1e9 menit", "<b>5</b> menit"]) {
      expect(() => parseDuration(raw)).not.toThrow();
    }
    expect(parseDuration(`${"9".repeat(400)} menit`)).toMatchObject({ minutes: null, status: "unparsed" });
    expect(parseDuration("9".repeat(400), { minutesColumn: true })).toMatchObject({ minutes: null, status: "unparsed" });
    expect(minutes("<b>5</b> menit")).toBe(5);
  });
});

describe("parseDuration: seconds", () => {
  it.each([
    ["30 detik", 0.5],
    ["30 dtk", 0.5],
    ["90 Detik", 1.5],
    ["1 menit 30 detik", 1.5],
  ])("%j is %d minutes", (raw, expected) => {
    expect(parseDuration(raw)).toMatchObject({ minutes: expected, status: "ok", exact: true });
  });

  it("reads a bare number under 'Waktu (detik)' as seconds, and not without that header", () => {
    expect(parseDuration("45", { secondsColumn: true })).toMatchObject({ minutes: 0.75, status: "ok" });
    expect(parseDuration("45")).toMatchObject({ minutes: null, status: "no_unit" });
  });
});

describe("parseDuration: marks, fractions and products typed in other agencies' tables", () => {
  it.each([
    ["10'", 10],
    ["45 ’", 45],
    ["¼ jam", 15],
    ["1½ hari", 675],
    ["3 x 8 jam", 1440],
    ["2×30 menit", 60],
  ])("%s -> %d minutes", (raw, expected) => {
    expect(parseDuration(raw)).toMatchObject({ minutes: expected, status: "ok", exact: true });
  });

  it("does not take a seconds mark for minutes", () => {
    expect(parseDuration('90"').minutes).not.toBe(90);
  });
});
