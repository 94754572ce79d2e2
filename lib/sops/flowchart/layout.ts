/**
 * Swimlane flowchart of an SOP AP (PermenPANRB 35/2012): one lane per Pelaksana, a "Mulai"
 * terminator, one box per step (a diamond where the step approves and can send the work back),
 * a "Selesai" terminator, and orthogonal arrows between them.
 *
 * Pure layout: no React, no DOM. Coordinates are abstract units (1 unit ≈ 1 CSS pixel at 100 %)
 * for an SVG viewBox. Text is wrapped with estimated glyph widths (Arial metrics, which the
 * component asks for first), so the result is the same on the server and in every browser.
 *
 * Layout rules:
 * - lanes left to right in the order of `actors`, plus "Belum diketahui" when a step has no (known)
 *   actor, placed where the arrows between consecutive steps travel least sideways (see
 *   `unknownLanePosition`: next to the lanes its steps hand over to, not always at the far right,
 *   where every visit zig-zags across the chart); every lane is LANE_WIDTH wide, with SIDE_PADDING outside the first and
 *   last lane for return arrows;
 * - one row per node, top to bottom like the table rows of the paper SOP: row 0 "Mulai" (in the
 *   first step's lane), rows 1..n the steps, row n+1 "Selesai" (in the last step's lane). Nodes are
 *   centred in their lane and row, so no two nodes can overlap;
 * - an arrow to the next node leaves the bottom of a node, turns in the gap between the two rows
 *   and enters the top of the next node (the gap holds no node, so it never crosses a box);
 * - the "Tidak" arrow of a decision leaves the diamond's left or right corner (towards the lane of
 *   the target), runs up a vertical channel in the free margin next to the lane border, turns
 *   just above the target and enters its top a quarter width off centre (so it does not merge with
 *   the incoming "next" arrow). Channels are given tracks so that two return arrows never share a
 *   vertical segment.
 */
import { isDecisionStep, returnTarget } from "./decision";
import { stepNumbers } from "../step-numbers";
import { wrapText } from "./text-measure";
import { UNKNOWN_LANE_LABEL, type FlowEdge, type FlowLane, type FlowNode, type FlowNodeKind, type FlowPoint, type Flowchart, type FlowchartInput, type FlowchartPage } from "./types";

// ---------------------------------------------------------------------------------------------
// Geometry (units)

const LANE_WIDTH = 180;
const SIDE_PADDING = 20;
const HEADER_HEIGHT = 54;
const TERMINATOR_ROW = 56;
const STEP_ROW = 100;
const BOTTOM_PADDING = 8;

const PROCESS_W = 136;
const PROCESS_H = 60;
const DECISION_W = 140;
const DECISION_H = 72;
const TERMINATOR_W = 92;
const TERMINATOR_H = 28;

const FONT_SIZE = 10;
const LINE_HEIGHT = 12;
const HEADER_FONT_SIZE = 11;
const HEADER_LINE_HEIGHT = 13;
const HEADER_MAX_LINES = 3;
const LABEL_FONT_SIZE = 9;
const NUMBER_STRIP = 18;
/** Boxes grow to show the whole text up to this many lines (then it ends with "…"; the tooltip and the table have it all). */
const PROCESS_MAX_LINES = 9;
/** Diamond heights tried in turn until the text fits, with the lines each allows. */
const DECISION_SIZES = [
  { h: 72, lines: 3 },
  { h: 100, lines: 5 },
  { h: 128, lines: 7 },
];
/** Space above and below a box in its row. */
const ROW_MARGIN = 20;
const CONNECTOR_W = 96;
const CONNECTOR_H = 40;

/**
 * Page limits of a printed flowchart (A4 landscape, about 277 × 170 mm for the chart): at most this
 * many lanes (width) and units of height, so the 10-unit text prints at 6 pt or more. Beyond
 * them the chart continues on the next page.
 */
export const PAGE_MAX_STEPS = 7;
export const PAGE_MAX_LANES = 6;
export const PAGE_MAX_HEIGHT = 800;

/**
 * Return channels run next to a lane border, at these distances from it, in order of preference:
 * positive = beyond the border (in the neighbour lane's margin, which leaves room for the "Tidak"
 * label), negative = inside the decision's own lane margin. Lane margins are at least 20 units.
 */
const CHANNEL_TRACKS = [12, 16, 6, -12, -6, -16, 9, 3, -9, -3, 14, -14];
/** Distances above the target's top where return arrows turn in (one per arrow into a node). */
const JOIN_TRACKS = [6, 11];

// ---------------------------------------------------------------------------------------------
// Layout

function laneIndexOf(actor: string | null, actors: string[]): number | null {
  if (!actor) return null;
  const exact = actors.indexOf(actor);
  if (exact >= 0) return exact;
  const key = actor.trim().toLowerCase();
  const loose = actors.findIndex((a) => a.trim().toLowerCase() === key);
  return loose >= 0 ? loose : null;
}

/**
 * Where the "Belum diketahui" lane goes among the actors' lanes (0 = first, actors.length = last):
 * the position with the least total sideways travel of the arrows from each node to the next
 * (Mulai, the steps, Selesai), so its steps sit next to the lanes they come from and go to. Ties go
 * to the rightmost position, where readers expect it.
 */
export function unknownLanePosition(stepLanes: (number | null)[], actorCount: number): number {
  let best = actorCount;
  let bestCost = Infinity;
  for (let p = actorCount; p >= 0; p--) {
    const laneAt = (l: number | null) => (l === null ? p : l < p ? l : l + 1);
    let cost = 0;
    for (let i = 1; i < stepLanes.length; i++) cost += Math.abs(laneAt(stepLanes[i]) - laneAt(stepLanes[i - 1]));
    if (cost < bestCost) {
      bestCost = cost;
      best = p;
    }
  }
  return best;
}

/** Usable text widths of the lines inside a diamond (narrower towards the corners). */
function diamondLineWidths(lineCount: number, height = DECISION_H): number[] {
  const half = height / 2;
  const top = -((lineCount - 1) * LINE_HEIGHT) / 2;
  const widths: number[] = [];
  for (let k = 0; k < lineCount; k++) {
    const centre = top + k * LINE_HEIGHT;
    // The line's box reaches from centre-7 to centre+5 (ascender/descender of a 10-unit font).
    const far = Math.max(Math.abs(centre - 7), Math.abs(centre + 5));
    widths.push(Math.max(0, DECISION_W * (1 - far / half) - 8));
  }
  return widths;
}

/** The lines of a box's text, and the box height that shows them. */
function fitText(kind: FlowNodeKind, text: string): { lines: string[]; height: number } {
  if (kind === "process") {
    const lines = wrapText(text, Array(PROCESS_MAX_LINES).fill(PROCESS_W - NUMBER_STRIP - 8), FONT_SIZE);
    return { lines, height: Math.max(PROCESS_H, lines.length * LINE_HEIGHT + 14) };
  }
  if (kind === "decision") {
    let best: { lines: string[]; height: number } = { lines: [], height: DECISION_H };
    for (const size of DECISION_SIZES) {
      let lines = wrapText(text, diamondLineWidths(size.lines, size.h), FONT_SIZE);
      // Fewer, wider lines when the text is short.
      if (lines.length < size.lines) {
        const fewer = wrapText(text, diamondLineWidths(lines.length, size.h), FONT_SIZE);
        if (fewer.length === lines.length && !fewer[fewer.length - 1]?.endsWith("…")) lines = fewer;
      }
      best = { lines, height: size.h };
      if (!lines[lines.length - 1]?.endsWith("…")) break;
    }
    return best;
  }
  return { lines: kind === "connector" ? text.split("\n") : [text], height: kind === "connector" ? CONNECTOR_H : TERMINATOR_H };
}

function placeText(node: Omit<FlowNode, "lines" | "lineY" | "textX">, lines: string[]): Pick<FlowNode, "lines" | "lineY" | "textX"> {
  const cx = node.x + node.width / 2;
  let cy = node.y + node.height / 2;
  let textX = cx;
  if (node.kind === "process") textX = node.x + NUMBER_STRIP + (node.width - NUMBER_STRIP) / 2;
  // The pentagon's point is at the bottom: its text sits in the square part.
  if (node.kind === "connector") cy = node.y + (node.height * 0.7) / 2;
  // Baselines: the block of lines is centred; a baseline sits ~0.35 em below the line's middle.
  const first = cy - ((lines.length - 1) * LINE_HEIGHT) / 2 + FONT_SIZE * 0.35;
  const lineY = lines.map((_, k) => first + k * LINE_HEIGHT);
  return { lines, lineY, textX };
}

interface Channel {
  x: number;
  from: number;
  to: number;
}

/** Which steps a page shows, and how to refer to the neighbouring pages. */
export interface FlowchartWindow {
  from: number;
  to: number;
  pageNo: number;
  pageCount: number;
}

/**
 * Lays out the swimlane flowchart of the given steps, or of one page of them (`window`): a page
 * shows only the lanes its steps use (in the whole chart's order) and begins and ends with an
 * off-page connector instead of Mulai/Selesai where the procedure goes on elsewhere.
 */
export function buildFlowchart(input: FlowchartInput, window?: FlowchartWindow): Flowchart {
  const actors = [...new Set((input.actors ?? []).filter((a) => typeof a === "string" && a.trim() !== ""))];
  const steps = input.steps ?? [];
  const labels = stepNumbers(steps).numbers.map((n) => n.label);
  const actorLanes = steps.map((s) => laneIndexOf(s.actor, actors));
  const needsUnknown = actorLanes.some((l) => l === null) || actors.length === 0;
  const globalUnknown = needsUnknown ? unknownLanePosition(actorLanes, actors.length) : null;
  const globalLanes = actorLanes.map((l) => (l === null || globalUnknown === null || l < globalUnknown ? l : l + 1) ?? (globalUnknown as number));
  const globalLabels = globalUnknown === null ? actors : [...actors.slice(0, globalUnknown), UNKNOWN_LANE_LABEL, ...actors.slice(globalUnknown)];

  const from = window?.from ?? 0;
  const to = window?.to ?? steps.length;
  // The lanes shown: all of them, or on a page those its steps use.
  const shown = window
    ? [...new Set(globalLanes.slice(from, to))].sort((a, b) => a - b)
    : globalLabels.map((_, i) => i);
  if (shown.length === 0) shown.push(0);
  const local = new Map(shown.map((g, i) => [g, i]));
  const laneLabels = shown.map((g) => globalLabels[g] ?? UNKNOWN_LANE_LABEL);
  const unknownLane = globalUnknown !== null && local.has(globalUnknown) ? (local.get(globalUnknown) as number) : null;

  const lanes: FlowLane[] = laneLabels.map((label, index) => ({
    index,
    label,
    headerLines: wrapText(label, Array(HEADER_MAX_LINES).fill(LANE_WIDTH - 14), HEADER_FONT_SIZE, true),
    unknown: index === unknownLane,
    x: SIDE_PADDING + index * LANE_WIDTH,
    width: LANE_WIDTH,
  }));
  const laneOf = (i: number) => local.get(globalLanes[i]) ?? 0;
  const laneCentre = (lane: number) => SIDE_PADDING + lane * LANE_WIDTH + LANE_WIDTH / 2;

  // Decisions: only when there is an earlier step to go back to.
  const targets = steps.map((s, i) =>
    i > 0 && (s.decision === true || isDecisionStep(s.activity)) ? returnTarget(s.activity, actors, steps.slice(0, i)) : null,
  );

  // Rows.
  const nodes: FlowNode[] = [];
  let y = HEADER_HEIGHT;
  const addNode = (n: Omit<FlowNode, "lines" | "lineY" | "textX" | "height" | "y">, rowTop: number, minRow: number) => {
    const fitted = fitText(n.kind, n.text);
    const margin = n.kind === "process" || n.kind === "decision" ? 2 * ROW_MARGIN : 16;
    const rowHeight = Math.max(minRow, fitted.height + margin);
    const base = { ...n, height: fitted.height, y: rowTop + (rowHeight - fitted.height) / 2 };
    const node = { ...base, ...placeText(base, fitted.lines) } as FlowNode;
    nodes.push(node);
    return rowHeight;
  };
  const hasSteps = to > from;
  const startLane = hasSteps ? laneOf(from) : 0;
  const startsHere = from === 0;
  const startKind: FlowNodeKind = startsHere ? "start" : "connector";
  const startW = startsHere ? TERMINATOR_W : CONNECTOR_W;
  y += addNode(
    {
      id: startsHere ? "start" : "from-page", kind: startKind, lane: startLane, row: 0,
      x: laneCentre(startLane) - startW / 2, width: startW, stepIndex: null, stepNo: null, stepLabel: null,
      text: startsHere ? "Mulai" : `dari hlm. ${(window?.pageNo ?? 2) - 1}\nlangkah ${labels[from - 1] ?? from}`, confidence: null,
    },
    y, TERMINATOR_ROW,
  );
  for (let i = from; i < to; i++) {
    const step = steps[i];
    const kind: FlowNodeKind = targets[i] ? "decision" : "process";
    const w = kind === "decision" ? DECISION_W : PROCESS_W;
    const lane = laneOf(i);
    const target = targets[i];
    y += addNode(
      {
        id: `step-${i}`, kind, lane, row: i - from + 1,
        x: laneCentre(lane) - w / 2, width: w,
        stepIndex: i, stepNo: step.no ?? null, stepLabel: labels[i],
        text: (step.activity ?? "").replace(/\s+/g, " ").trim(),
        confidence: lane === unknownLane ? "unknown" : step.actor_confidence,
        ...(target && target.index < from ? { offPageReturn: labels[target.index] } : {}),
      },
      y, STEP_ROW,
    );
  }
  const endsHere = to >= steps.length;
  const endLane = hasSteps ? laneOf(to - 1) : startLane;
  const endW = endsHere ? TERMINATOR_W : CONNECTOR_W;
  y += addNode(
    {
      id: endsHere ? "end" : "to-page", kind: endsHere ? "end" : "connector", lane: endLane, row: to - from + 1,
      x: laneCentre(endLane) - endW / 2, width: endW, stepIndex: null, stepNo: null, stepLabel: null,
      text: endsHere ? "Selesai" : `ke hlm. ${(window?.pageNo ?? 0) + 1}\nlangkah ${labels[to] ?? to + 1}`, confidence: null,
    },
    y, TERMINATOR_ROW,
  );
  y += BOTTOM_PADDING;

  const cx = (n: FlowNode) => n.x + n.width / 2;
  const cy = (n: FlowNode) => n.y + n.height / 2;
  const bottom = (n: FlowNode) => n.y + n.height;

  // Arrows to the next node.
  const edges: FlowEdge[] = [];
  for (let k = 0; k + 1 < nodes.length; k++) {
    const a = nodes[k];
    const b = nodes[k + 1];
    const points: FlowPoint[] = [{ x: cx(a), y: bottom(a) }];
    if (a.lane !== b.lane) {
      const mid = (bottom(a) + b.y) / 2;
      points.push({ x: cx(a), y: mid }, { x: cx(b), y: mid });
    }
    points.push({ x: cx(b), y: b.y });
    const goesRight = cx(b) > cx(a);
    edges.push({
      id: `${a.id}->${b.id}`, from: a.id, to: b.id, kind: "next", points,
      label: a.kind === "decision"
        ? { text: "Ya", x: cx(a) + (goesRight ? -5 : 5), y: bottom(a) + LABEL_FONT_SIZE + 1, anchor: goesRight ? "end" : "start" }
        : null,
    });
  }

  // "Tidak" arrows back to earlier steps.
  const channels: Channel[] = [];
  const joinsInto = new Map<string, number>();
  steps.forEach((_, i) => {
    const target = targets[i];
    if (!target || i < from || i >= to || target.index < from) return;
    const d = nodes[i - from + 1];
    const t = nodes[target.index - from + 1];
    const toLeft = t.lane < d.lane;
    const vertex = { x: toLeft ? d.x : d.x + d.width, y: cy(d) };
    const border = toLeft ? SIDE_PADDING + d.lane * LANE_WIDTH : SIDE_PADDING + (d.lane + 1) * LANE_WIDTH;
    const joins = joinsInto.get(t.id) ?? 0;
    joinsInto.set(t.id, joins + 1);
    const joinY = t.y - JOIN_TRACKS[joins % JOIN_TRACKS.length];
    // The first free track; when all are taken (a very crowded chart), the least used one.
    let channelX = border + (toLeft ? -CHANNEL_TRACKS[0] : CHANNEL_TRACKS[0]);
    let fewest = Infinity;
    for (const offset of CHANNEL_TRACKS) {
      const x = border + (toLeft ? -offset : offset);
      const busy = channels.filter((c) => c.x === x && c.from < vertex.y && joinY < c.to).length;
      if (busy < fewest) {
        fewest = busy;
        channelX = x;
      }
      if (busy === 0) break;
    }
    channels.push({ x: channelX, from: joinY, to: vertex.y });
    const entryX = channelX < cx(t) ? cx(t) - t.width / 4 : cx(t) + t.width / 4;
    const entryY = t.kind === "decision" ? t.y + t.height / 4 : t.y;
    edges.push({
      id: `${d.id}->${t.id}:tidak`, from: d.id, to: t.id, kind: "return",
      points: [vertex, { x: channelX, y: vertex.y }, { x: channelX, y: joinY }, { x: entryX, y: joinY }, { x: entryX, y: entryY }],
      label: { text: "Tidak", x: vertex.x + (toLeft ? -4 : 4), y: vertex.y - 4, anchor: toLeft ? "end" : "start" },
    });
  });

  return {
    lanes,
    nodes,
    edges,
    unknownLane,
    width: SIDE_PADDING * 2 + lanes.length * LANE_WIDTH,
    height: y,
    stepCount: to - from,
    decisionCount: nodes.filter((n) => n.kind === "decision").length,
    metrics: {
      fontSize: FONT_SIZE,
      lineHeight: LINE_HEIGHT,
      headerFontSize: HEADER_FONT_SIZE,
      headerLineHeight: HEADER_LINE_HEIGHT,
      labelFontSize: LABEL_FONT_SIZE,
      headerHeight: HEADER_HEIGHT,
      numberStrip: NUMBER_STRIP,
    },
  };
}

/**
 * Splits a flowchart into pages of at most PAGE_MAX_STEPS steps using at most PAGE_MAX_LANES lanes,
 * so that it prints readably on A4 landscape instead of shrinking; pages are joined by off-page
 * connectors. A page break never separates a decision from the step its "Tidak" goes back to when
 * the loop fits on one page. A chart within the limits is one page.
 */
export function paginateFlowchart(
  input: FlowchartInput,
  limits: { maxSteps: number; maxLanes: number; maxHeight: number } = { maxSteps: PAGE_MAX_STEPS, maxLanes: PAGE_MAX_LANES, maxHeight: PAGE_MAX_HEIGHT },
): FlowchartPage[] {
  const whole = buildFlowchart(input);
  const steps = input.steps ?? [];
  const laneOfStep = whole.nodes.filter((n) => n.stepIndex !== null).map((n) => n.lane);
  const targets = whole.edges
    .filter((e) => e.kind === "return")
    .map((e) => ({ from: Number(e.from.slice(5)), to: Number(e.to.slice(5)) }));
  if (steps.length <= limits.maxSteps && whole.lanes.length <= limits.maxLanes && whole.height <= limits.maxHeight) {
    return [{ pageNo: 1, pageCount: 1, from: 0, to: steps.length, chart: whole }];
  }
  // Height of each step's row in the whole chart; a page adds its header, two terminator or
  // connector rows and the bottom padding.
  const stepNodes = whole.nodes.filter((n) => n.stepIndex !== null);
  // The same row height buildFlowchart gives a step.
  const rowHeight = (i: number) => Math.max(STEP_ROW, stepNodes[i].height + 2 * ROW_MARGIN);
  const fixed = HEADER_HEIGHT + 2 * TERMINATOR_ROW + BOTTOM_PADDING;
  const ranges: { from: number; to: number }[] = [];
  let start = 0;
  while (start < steps.length) {
    // The longest run from `start` within the limits.
    let end = start + 1;
    const lanes = new Set([laneOfStep[start]]);
    let height = fixed + rowHeight(start);
    while (end < steps.length && end - start < limits.maxSteps) {
      const more = new Set(lanes).add(laneOfStep[end]);
      if (more.size > limits.maxLanes || height + rowHeight(end) > limits.maxHeight) break;
      lanes.add(laneOfStep[end]);
      height += rowHeight(end);
      end++;
    }
    // Pull the break back so that no return arrow crosses it, if that leaves something on the page.
    const crosses = (cut: number) => targets.some((t) => t.to < cut && t.from >= cut && t.to >= start);
    let cut = end;
    while (cut > start + 1 && cut < steps.length && crosses(cut)) cut--;
    if (cut < steps.length && crosses(cut)) cut = end;
    ranges.push({ from: start, to: cut });
    start = cut;
  }
  return ranges.map((r, i) => ({
    pageNo: i + 1,
    pageCount: ranges.length,
    ...r,
    chart: buildFlowchart(input, { ...r, pageNo: i + 1, pageCount: ranges.length }),
  }));
}
