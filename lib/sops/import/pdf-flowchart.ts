/**
 * Decisions from a flowchart drawn apart from the procedure table (as the portal's print view and
 * some agencies print it: a swimlane chart on pages of its own, each symbol numbered with its
 * step). A step whose number is printed inside a diamond is a decision. Pure.
 */
import type { PositionedPage } from "./grid";
import type { ParsedSop } from "./types";

const STEP_NUMBER = /^\d{1,3}$/;

/** The step numbers printed inside the diamonds of a page. */
export function numbersInDiamonds(page: PositionedPage): Set<number> {
  const numbers = new Set<number>();
  for (const shape of page.shapes) {
    if (shape.kind !== "decision") continue;
    for (const line of page.lines) {
      if (line.y0 < shape.y0 || line.y1 > shape.y1) continue;
      for (const chunk of line.chunks) {
        if (chunk.x0 >= shape.x0 && chunk.x1 <= shape.x1 && STEP_NUMBER.test(chunk.text)) numbers.add(Number(chunk.text));
      }
    }
  }
  return numbers;
}

/**
 * Marks as decisions the steps numbered inside a diamond on the pages of their SOP: from the page
 * where the SOP starts to the page before the next SOP starts. Only for an SOP whose table drew no
 * ◇ itself (the table's marks win); never unmarks a decision.
 */
export function markFlowchartDecisions(sops: ParsedSop[], startPages: number[], pages: PositionedPage[]): ParsedSop[] {
  return sops.map((sop, i) => {
    if (sop.steps.some((s) => s.decision)) return sop;
    const from = startPages[i];
    const to = i + 1 < sops.length ? startPages[i + 1] : Infinity;
    const numbers = new Set(pages.filter((p) => p.page >= from && (p.page < to || p.page === from)).flatMap((p) => [...numbersInDiamonds(p)]));
    if (numbers.size === 0) return sop;
    return { ...sop, steps: sop.steps.map((step) => (step.no !== null && numbers.has(step.no) ? { ...step, decision: true } : step)) };
  });
}
