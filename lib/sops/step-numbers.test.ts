import { describe, expect, it } from "vitest";
import { stepNumbers } from "./step-numbers";

const steps = (...nos: (number | null)[]) => nos.map((no) => ({ no }));

describe("stepNumbers", () => {
  it("keeps a numbering that runs through as printed", () => {
    const { numbers, restarts } = stepNumbers(steps(1, 2, 3));
    expect(restarts).toBe(false);
    expect(numbers.map((n) => n.label)).toEqual(["1", "2", "3"]);
  });

  it("labels the parts of a numbering that restarts, with the running position beside", () => {
    const { numbers, restarts } = stepNumbers(steps(1, 2, 3, 1, 2, 1, null, 2));
    expect(restarts).toBe(true);
    expect(numbers.map((n) => n.label)).toEqual(["A.1", "A.2", "A.3", "B.1", "B.2", "C.1", "C.–", "C.2"]);
    expect(numbers.map((n) => n.running)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(numbers[4]).toMatchObject({ source: 2, part: 1 });
  });

  it("numbers unnumbered steps by position", () => {
    expect(stepNumbers(steps(null, null)).numbers.map((n) => n.label)).toEqual(["1", "2"]);
  });
});
