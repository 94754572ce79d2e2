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
import { wrapText } from "./text-measure";
import { UNKNOWN_LANE_LABEL, type FlowEdge, type FlowLane, type FlowNode, type FlowNodeKind, type FlowPoint, type Flowchart, type FlowchartInput } from "./types";

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
const PROCESS_MAX_LINES = 4;
const DECISION_MAX_LINES = 3;

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
function diamondLineWidths(lineCount: number): number[] {
  const half = DECISION_H / 2;
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

function placeText(node: Omit<FlowNode, "lines" | "lineY" | "textX">): Pick<FlowNode, "lines" | "lineY" | "textX"> {
  const cx = node.x + node.width / 2;
  const cy = node.y + node.height / 2;
  let lines: string[];
  let textX = cx;
  if (node.kind === "process") {
    lines = wrapText(node.text, Array(PROCESS_MAX_LINES).fill(PROCESS_W - NUMBER_STRIP - 8), FONT_SIZE);
    textX = node.x + NUMBER_STRIP + (node.width - NUMBER_STRIP) / 2;
  } else if (node.kind === "decision") {
    // Try 3 lines first (the widest the diamond allows), then fewer if the text is short.
    lines = wrapText(node.text, diamondLineWidths(DECISION_MAX_LINES), FONT_SIZE);
    if (lines.length < DECISION_MAX_LINES) {
      const fewer = wrapText(node.text, diamondLineWidths(lines.length), FONT_SIZE);
      if (fewer.length === lines.length && !fewer[fewer.length - 1]?.endsWith("…")) lines = fewer;
    }
  } else {
    lines = [node.text];
  }
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

/** Lays out the swimlane flowchart of the given steps. */
export function buildFlowchart(input: FlowchartInput): Flowchart {
  const actors = [...new Set((input.actors ?? []).filter((a) => typeof a === "string" && a.trim() !== ""))];
  const steps = input.steps ?? [];
  const actorLanes = steps.map((s) => laneIndexOf(s.actor, actors));
  const needsUnknown = actorLanes.some((l) => l === null) || actors.length === 0;
  const unknownLane = needsUnknown ? unknownLanePosition(actorLanes, actors.length) : null;
  const stepLanes = actorLanes.map((l) => (l === null || unknownLane === null || l < unknownLane ? l : l + 1));
  const laneLabels = unknownLane === null ? actors : [...actors.slice(0, unknownLane), UNKNOWN_LANE_LABEL, ...actors.slice(unknownLane)];

  const lanes: FlowLane[] = laneLabels.map((label, index) => ({
    index,
    label,
    headerLines: wrapText(label, Array(HEADER_MAX_LINES).fill(LANE_WIDTH - 14), HEADER_FONT_SIZE, true),
    unknown: index === unknownLane,
    x: SIDE_PADDING + index * LANE_WIDTH,
    width: LANE_WIDTH,
  }));
  const laneOf = (i: number) => stepLanes[i] ?? (unknownLane as number);
  const laneCentre = (lane: number) => SIDE_PADDING + lane * LANE_WIDTH + LANE_WIDTH / 2;

  // Decisions: only when there is an earlier step to go back to.
  const targets = steps.map((s, i) =>
    i > 0 && isDecisionStep(s.activity) ? returnTarget(s.activity, actors, steps.slice(0, i)) : null,
  );

  // Rows.
  const nodes: FlowNode[] = [];
  let y = HEADER_HEIGHT;
  const addNode = (n: Omit<FlowNode, "lines" | "lineY" | "textX">) => {
    const node = { ...n, ...placeText(n) } as FlowNode;
    nodes.push(node);
    return node;
  };
  const startLane = steps.length > 0 ? laneOf(0) : 0;
  addNode({
    id: "start", kind: "start", lane: startLane, row: 0,
    x: laneCentre(startLane) - TERMINATOR_W / 2, y: y + (TERMINATOR_ROW - TERMINATOR_H) / 2,
    width: TERMINATOR_W, height: TERMINATOR_H, stepIndex: null, stepNo: null, text: "Mulai", confidence: null,
  });
  y += TERMINATOR_ROW;
  steps.forEach((step, i) => {
    const kind: FlowNodeKind = targets[i] ? "decision" : "process";
    const w = kind === "decision" ? DECISION_W : PROCESS_W;
    const h = kind === "decision" ? DECISION_H : PROCESS_H;
    const lane = laneOf(i);
    addNode({
      id: `step-${i}`, kind, lane, row: i + 1,
      x: laneCentre(lane) - w / 2, y: y + (STEP_ROW - h) / 2, width: w, height: h,
      stepIndex: i, stepNo: step.no ?? null,
      text: (step.activity ?? "").replace(/\s+/g, " ").trim(),
      confidence: laneOf(i) === unknownLane ? "unknown" : step.actor_confidence,
    });
    y += STEP_ROW;
  });
  const endLane = steps.length > 0 ? laneOf(steps.length - 1) : startLane;
  addNode({
    id: "end", kind: "end", lane: endLane, row: steps.length + 1,
    x: laneCentre(endLane) - TERMINATOR_W / 2, y: y + (TERMINATOR_ROW - TERMINATOR_H) / 2,
    width: TERMINATOR_W, height: TERMINATOR_H, stepIndex: null, stepNo: null, text: "Selesai", confidence: null,
  });
  y += TERMINATOR_ROW + BOTTOM_PADDING;

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
    if (!target) return;
    const d = nodes[i + 1];
    const t = nodes[target.index + 1];
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
    stepCount: steps.length,
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
