import { describe, expect, it } from "vitest";
import { paginate } from "./paginate";

const items = Array.from({ length: 45 }, (_, i) => i + 1);
const source = () => ({
  count: async () => items.length,
  fetch: async (skip: number, take: number) => items.slice(skip, skip + take),
});

describe("paginate", () => {
  it("fetches only the requested page", async () => {
    const { count, fetch } = source();
    const page = await paginate(2, 20, count, fetch);
    expect(page).toMatchObject({ page: 2, total: 45, pageCount: 3 });
    expect(page.rows).toEqual(items.slice(20, 40));
  });

  it("shows the last page for a page past the end, and the first for nonsense", async () => {
    const { count, fetch } = source();
    expect((await paginate(999, 20, count, fetch)).rows).toEqual([41, 42, 43, 44, 45]);
    expect((await paginate(999, 20, count, fetch)).page).toBe(3);
    expect((await paginate(-4, 20, count, fetch)).page).toBe(1);
    expect((await paginate(Number.NaN, 20, count, fetch)).page).toBe(1);
  });

  it("does not fetch when nothing matches", async () => {
    let fetched = false;
    const page = await paginate(3, 20, async () => 0, async () => ((fetched = true), []));
    expect(page).toMatchObject({ rows: [], total: 0, page: 1, pageCount: 1 });
    expect(fetched).toBe(false);
  });
});
