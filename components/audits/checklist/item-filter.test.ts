import { describe, expect, it } from "vitest";
import { itemVisible, NO_FILTER } from "./item-filter";

const step = { unitId: "dayasos", sopTitle: "Audit Internal" };
const clause = { unitId: null, sopTitle: null };

describe("checklist item filter", () => {
  it("shows everything without a filter", () => {
    expect(itemVisible(step, "SESUAI", NO_FILTER)).toBe(true);
    expect(itemVisible(clause, null, NO_FILTER)).toBe(true);
  });

  it("narrows to a unit, an SOP, or the items without an answer", () => {
    expect(itemVisible(step, null, { ...NO_FILTER, unitId: "dayasos" })).toBe(true);
    expect(itemVisible(step, null, { ...NO_FILTER, unitId: "rehsos" })).toBe(false);
    expect(itemVisible(clause, null, { ...NO_FILTER, sopTitle: "Audit Internal" })).toBe(false);
    expect(itemVisible(step, "KTS_MINOR", { ...NO_FILTER, unansweredOnly: true })).toBe(false);
    expect(itemVisible(step, null, { ...NO_FILTER, unansweredOnly: true, sopTitle: "Audit Internal" })).toBe(true);
  });
});
