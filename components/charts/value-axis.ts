// The value axis of a chart: a domain on round ticks with headroom above the highest value or
// target line, so the top tick, the line's label placed inside the plot and the dots never touch the
// frame. Pure, so it is unit-tested without rendering.

export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
}

/** A round step (1, 2, 2.5 or 5 × 10^n) giving about `count` intervals over `span`. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10;
  return step * magnitude;
}

const round = (n: number) => Number(n.toPrecision(12));

/**
 * `values` are the measured values and the target lines; `floor` the lowest plausible value (0 for
 * a percentage or a count), below which the axis never goes. The top keeps at least `headroom` of
 * the span free above the highest value (room for a target label above its line).
 */
export function valueAxis(values: number[], { floor = null, headroom = 0.15, tickCount = 5 }: { floor?: number | null; headroom?: number; tickCount?: number } = {}): ValueAxis {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { domain: [0, 1], ticks: [0, 1] };
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (hi === lo) {
    const pad = Math.max(1, Math.abs(hi) * 0.1);
    lo -= pad;
    hi += pad;
  }
  const span = hi - lo;
  let low = lo - span * 0.1;
  if (floor !== null && low < floor) low = Math.min(floor, lo);
  const high = hi + span * headroom;
  const step = niceStep(high - low, tickCount);
  const start = round(Math.floor(low / step) * step);
  let end = round(Math.ceil(high / step) * step);
  // The top tick must stand clear of the highest value by the headroom (a label sits there).
  if (end - hi < (end - start) * headroom * 0.75) end = round(end + step);
  const ticks: number[] = [];
  for (let t = start; t <= end + step / 2; t = round(t + step)) ticks.push(t);
  return { domain: [start, end], ticks };
}
