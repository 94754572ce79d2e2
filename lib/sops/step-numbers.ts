// The numbers of an SOP's steps. Source documents built from several sub-tables restart their
// numbering (1..9, 1..12, 1..11): the printed number is kept, and each step also gets its place in
// the whole procedure and a part letter ("B.3" = step 3 of the second numbered part).

export interface StepNumber {
  /** 1-based position in the whole procedure. */
  running: number;
  /** The number printed in the source, if any. */
  source: number | null;
  /** 0-based numbered part (a new part starts where the printed numbering goes back). */
  part: number;
  /** "B.3" when the numbering restarts somewhere in the SOP; else the printed number (or the position). */
  label: string;
}

export function partLetter(part: number): string {
  return part < 26 ? String.fromCharCode(65 + part) : String(part + 1);
}

export function stepNumbers(steps: readonly { no: number | null }[]): { numbers: StepNumber[]; restarts: boolean } {
  let part = 0;
  let previous: number | null = null;
  const raw = steps.map((step, i) => {
    if (step.no !== null && previous !== null && step.no <= previous) part++;
    if (step.no !== null) previous = step.no;
    return { running: i + 1, source: step.no, part };
  });
  const restarts = part > 0;
  return {
    restarts,
    numbers: raw.map((n) => ({
      ...n,
      label: restarts ? `${partLetter(n.part)}.${n.source ?? "–"}` : String(n.source ?? n.running),
    })),
  };
}
