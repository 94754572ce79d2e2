import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { buildHref, pageHref, pageWindow, type PageItem } from "./pagination";

const numbers = (items: PageItem[]) => items.filter((x): x is number => typeof x === "number");

describe("pageWindow", () => {
  it("lists every page when there are few", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(7, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("returns nothing when there are no pages", () => {
    expect(pageWindow(1, 0)).toEqual([]);
    expect(pageWindow(3, -2)).toEqual([]);
  });

  it("puts one ellipsis near the start or end", () => {
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, 4, 5, "ellipsis", 20]);
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, "ellipsis", 20]);
    expect(pageWindow(17, 20)).toEqual([1, "ellipsis", 16, 17, 18, 19, 20]);
    expect(pageWindow(20, 20)).toEqual([1, "ellipsis", 16, 17, 18, 19, 20]);
  });

  it("puts ellipses on both sides in the middle", () => {
    expect(pageWindow(5, 20)).toEqual([1, "ellipsis", 4, 5, 6, "ellipsis", 20]);
    expect(pageWindow(10, 20)).toEqual([1, "ellipsis", 9, 10, 11, "ellipsis", 20]);
    expect(pageWindow(16, 20)).toEqual([1, "ellipsis", 15, 16, 17, "ellipsis", 20]);
  });

  it("clamps a page outside the range", () => {
    expect(pageWindow(0, 20)).toEqual(pageWindow(1, 20));
    expect(pageWindow(99, 20)).toEqual(pageWindow(20, 20));
    expect(pageWindow(Number.NaN, 3)).toEqual([1, 2, 3]);
  });

  it("keeps its invariants for any page and page count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: -5, max: 600 }), (count, page) => {
        const items = pageWindow(page, count);
        const current = Math.min(Math.max(page, 1), count);
        const nums = numbers(items);

        expect(items.length).toBe(Math.min(count, 7));
        expect(nums[0]).toBe(1);
        expect(nums.at(-1)).toBe(count);
        expect(nums).toContain(current);
        items.forEach((item, i) => {
          if (item !== "ellipsis") return;
          const before = items[i - 1];
          const after = items[i + 1];
          // Never two ellipses in a row, and each hides at least two pages.
          expect(typeof before).toBe("number");
          expect(typeof after).toBe("number");
          expect((after as number) - (before as number)).toBeGreaterThanOrEqual(3);
        });
        for (let i = 1; i < items.length; i++) {
          const [a, b] = [items[i - 1], items[i]];
          if (typeof a === "number" && typeof b === "number") expect(b).toBe(a + 1);
        }
      }),
    );
  });
});

describe("buildHref", () => {
  it("returns the bare path when nothing is left", () => {
    expect(buildHref("/dokumen", {}, {})).toBe("/dokumen");
    expect(buildHref("/dokumen", { q: "", status: undefined }, {})).toBe("/dokumen");
  });

  it("keeps params, applies overrides and drops empty values", () => {
    expect(buildHref("/dokumen", { q: "mutu", status: "AKTIF", unit: "" }, { page: "3" })).toBe(
      "/dokumen?q=mutu&status=AKTIF&page=3",
    );
    expect(buildHref("/dokumen", { q: "mutu", page: "4" }, { page: "2" })).toBe("/dokumen?q=mutu&page=2");
  });

  it("removes a key overridden with undefined or an empty string", () => {
    expect(buildHref("/dokumen", { q: "mutu", page: "4" }, { page: undefined })).toBe("/dokumen?q=mutu");
    expect(buildHref("/dokumen", { q: "mutu", page: "4" }, { q: "" })).toBe("/dokumen?page=4");
    expect(buildHref("/dokumen", { q: "  " }, {})).toBe("/dokumen");
  });

  it("encodes values", () => {
    expect(buildHref("/cari", { q: "SOP & IK 2025/01" }, {})).toBe("/cari?q=SOP+%26+IK+2025%2F01");
  });

  it("repeats keys for array values", () => {
    expect(buildHref("/temuan", { status: ["OPEN", "", "CLOSED"] }, {})).toBe("/temuan?status=OPEN&status=CLOSED");
  });

  it("appends to a path that already has a query", () => {
    expect(buildHref("/laporan?tahun=2025", { q: "a" }, {})).toBe("/laporan?tahun=2025&q=a");
  });
});

describe("pageHref", () => {
  it("keeps the list's filters and drops the page number for page 1", () => {
    const href = pageHref("/sops", { q: "surat masuk", page: "3" });
    expect(href(1)).toBe("/sops?q=surat+masuk");
    expect(href(4)).toBe("/sops?q=surat+masuk&page=4");
  });
});
