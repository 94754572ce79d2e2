import { describe, expect, it } from "vitest";
import { valueAxis } from "./value-axis";

describe("valueAxis", () => {
  it("keeps headroom above the highest value and the target, on round ticks", () => {
    const axis = valueAxis([96, 97.5, 98, 95.5], { floor: 0 });
    expect(axis.domain[1]).toBeGreaterThan(98);
    expect(axis.ticks.at(-1)).toBe(axis.domain[1]);
    expect(axis.ticks[0]).toBe(axis.domain[0]);
    // The highest value stays clear of the top by at least a tenth of the axis: room for the target label.
    expect(axis.domain[1] - 98).toBeGreaterThanOrEqual((axis.domain[1] - axis.domain[0]) * 0.1);
    expect(axis.ticks.every((t) => Number.isInteger(t * 4))).toBe(true);
  });

  it("never goes below the unit's floor, and never flattens a target among close values", () => {
    const axis = valueAxis([2, 3, 95.5], { floor: 0 });
    expect(axis.domain[0]).toBe(0);
    const tight = valueAxis([95.5, 96, 97], { floor: 0 });
    expect(tight.domain[0]).toBeGreaterThan(50); // the range of the data, not 0–100
  });

  it("handles a single value and no value", () => {
    const one = valueAxis([95.5]);
    expect(one.domain[0]).toBeLessThan(95.5);
    expect(one.domain[1]).toBeGreaterThan(95.5);
    expect(valueAxis([]).domain).toEqual([0, 1]);
  });

  it("gives about five ticks", () => {
    const axis = valueAxis([0, 1_250_000]);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(4);
    expect(axis.ticks.length).toBeLessThanOrEqual(8);
  });
});
