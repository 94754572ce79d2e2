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
 * - lanes left to right in the order of `actors`, plus "Belum diketahui" at the right when a step
 *   has no (known) actor; every lane is LANE_WIDTH wide, with SIDE_PADDING outside the first and
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
import { actorWords, buildActorMatcher, findMentions } from "./import/actors";
import type { ActorConfidence } from "./import/types";

// ---------------------------------------------------------------------------------------------
// Public types

export interface FlowStepInput {
  no: number | null;
  activity: string;
  actor: string | null;
  actor_confidence: ActorConfidence;
}

export interface FlowchartInput {
  actors: string[];
  steps: FlowStepInput[];
}

export type FlowNodeKind = "start" | "end" | "process" | "decision";

export interface FlowLane {
  index: number;
  /** Actor name as given, or UNKNOWN_LANE_LABEL. */
  label: string;
  /** Header text wrapped to at most HEADER_MAX_LINES lines. */
  headerLines: string[];
  /** True for the "Belum diketahui" lane. */
  unknown: boolean;
  x: number;
  width: number;
}

export interface FlowNode {
  /** "start", "end", or "step-<index>" (index 0-based in `steps`). */
  id: string;
  kind: FlowNodeKind;
  lane: number;
  row: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Index in the input `steps`; null for the terminators. */
  stepIndex: number | null;
  /** Step number as printed; null for terminators and unnumbered rows. */
  stepNo: number | null;
  /** Full text (activity, or "Mulai"/"Selesai"), for the tooltip. */
  text: string;
  /** Text wrapped for the box (ends with "…" when shortened). */
  lines: string[];
  /** Baseline of each line, absolute. */
  lineY: number[];
  /** Horizontal centre of the text lines, absolute. */
  textX: number;
  confidence: ActorConfidence | null;
}

export interface FlowPoint {
  x: number;
  y: number;
}

export interface FlowLabel {
  text: "Ya" | "Tidak";
  x: number;
  y: number;
  anchor: "start" | "end";
}

export interface FlowEdge {
  id: string;
  from: string;
  to: string;
  /** "next": to the following node; "return": the "Tidak" arrow of a decision. */
  kind: "next" | "return";
  /** Orthogonal polyline; the arrowhead is at the last point. */
  points: FlowPoint[];
  label: FlowLabel | null;
}

export interface FlowchartMetrics {
  fontSize: number;
  lineHeight: number;
  headerFontSize: number;
  headerLineHeight: number;
  labelFontSize: number;
  headerHeight: number;
  /** Width of the number strip at the left of a process box. */
  numberStrip: number;
}

export interface Flowchart {
  lanes: FlowLane[];
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** Lane index of "Belum diketahui", or null when every step has a known actor. */
  unknownLane: number | null;
  width: number;
  height: number;
  stepCount: number;
  decisionCount: number;
  metrics: FlowchartMetrics;
}

export const UNKNOWN_LANE_LABEL = "Belum diketahui";

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
// Text measuring and wrapping

/** Advance widths of Arial/Liberation Sans (1/1000 em). */
const WIDTHS: Record<string, number> = (() => {
  const w: Record<string, number> = {};
  const set = (chars: string, width: number) => {
    for (const c of chars) w[c] = width;
  };
  set("abdeghnopqu0123456789?#$_", 556);
  set("ckszvxyJ", 500);
  set("ijl'|", 222);
  set(" ftI.,:;/!\\[]", 278);
  set("r()-{}\"*", 333);
  set("mM", 833);
  set("w", 722);
  set("ABEKPSVXY&", 667);
  set("CDHNRUw", 722);
  set("FTZ", 611);
  set("L", 556);
  set("GOQ", 778);
  set("W", 944);
  set("%", 889);
  set("…", 1000);
  return w;
})();

/** Estimated width of `text` at `fontSize`, with a small safety margin for other fonts. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let total = 0;
  for (const c of text) total += WIDTHS[c] ?? (c === c.toUpperCase() && c !== c.toLowerCase() ? 700 : 580);
  return (total / 1000) * fontSize * (bold ? 1.1 : 1.04);
}

/**
 * Greedy word wrap into lines of the given widths (one width per line; the number of widths is
 * the maximum number of lines). Words too long for a line are cut. When the text does not fit, the
 * last line ends with "…".
 */
export function wrapText(text: string, widths: number[], fontSize: number, bold = false): string[] {
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const lines: string[] = [];
  let current = "";
  let i = 0;
  const fits = (s: string, line: number) => textWidth(s, fontSize, bold) <= widths[line];
  while (i < words.length && lines.length < widths.length) {
    const line = lines.length;
    const candidate = current ? `${current} ${words[i]}` : words[i];
    if (fits(candidate, line)) {
      current = candidate;
      i++;
      continue;
    }
    if (!current) {
      // A single word longer than the line: cut it.
      let cut = Math.max(1, words[i].length - 1);
      while (cut > 1 && !fits(words[i].slice(0, cut), line)) cut--;
      lines.push(words[i].slice(0, cut));
      words[i] = words[i].slice(cut);
      continue;
    }
    lines.push(current);
    current = "";
  }
  if (current && lines.length < widths.length) lines.push(current);
  if (i < words.length && lines.length > 0) {
    const last = lines.length - 1;
    let s = lines[last];
    while (s.length > 0 && !fits(`${s}…`, last)) s = s.slice(0, -1);
    lines[last] = `${s.replace(/[\s,.;:/-]+$/, "")}…`;
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Decision detection

const COND = String.raw`(?:jika|apabila|bila|bilamana|kalau|manakala)`;
/** What follows "jika"/"apabila" in the branch that sends the work back. */
const NEGATIVE_OUTCOME = String.raw`(?:(?:tidak|tida|tdk|belum)\s+(?:setuju|sesuai|lengkap|memenuhi|disetujui|diterima|terdaftar|valid|benar|lolos|layak|acc)\b|(?:tidak|tdk)(?=\s*(?:[,.;:]|$)|\s+(?:maka\b|di\s?kembali|mengembali|kembali|di\s?serahkan|menyerahkan|di\s?perbaiki|memperbaiki))|(?:masih\s+)?(?:ada|terdapat)\s+(?:koreksi|perbaikan|kekurangan|kesalahan|revisi)\b)`;
/** "jika tidak setuju", "apabila berkas belum lengkap", "bila ada koreksi", "jika TIDAK dikembalikan". */
const NEGATIVE_CONDITION = new RegExp(String.raw`\b${COND}(?:\s+(?!${COND}\b)[^\s.;]+){0,3}?\s+${NEGATIVE_OUTCOME}`, "i");
/** Verbs that send work back. */
const RETURN_VERB = String.raw`(?:di\s?kembalikan|mengembalikan(?:nya)?|kembalikan|diserahkan\s+kembali|dikirim\s+kembali)`;
const RETURN_VERB_RE = new RegExp(String.raw`\b${RETURN_VERB}`, "i");
/** "dikembalikan kepada X untuk diperbaiki" — a return for correction is a rejection. */
const RETURN_FOR_CORRECTION = new RegExp(
  String.raw`\b${RETURN_VERB}\b[^.;]{0,100}?\b(?:untuk|agar|guna)\s+(?:di\s?|mem|me)?(?:perbaiki|koreksi|sempurnakan|revisi|lengkapi|melengkapi)`,
  "i",
);
/** "usulan yang ditolak dikembalikan", "tidak disetujui ... dikembalikan". */
const REJECTED_AND_RETURNED = new RegExp(String.raw`\b(?:tidak\s+disetujui|ditolak)\b[^.;]{0,80}?\b${RETURN_VERB}|\b${RETURN_VERB}\b[^.;]{0,40}?\b(?:ditolak|tidak\s+disetujui)\b`, "i");
/** "hasil koreksi dikembalikan", "dikembalikan beserta catatan perbaikan". */
const CORRECTION_RETURNED = new RegExp(
  String.raw`\b(?:hasil|catatan|dengan)\s+(?:koreksi|perbaikan|revisi)\b[^.;]{0,60}?\b${RETURN_VERB}|\b${RETURN_VERB}\b[^.;]{0,60}?\b(?:dengan|beserta|disertai)\s+(?:catatan\s+)?(?:koreksi|perbaikan|revisi)\b`,
  "i",
);
/** A condition that describes the approved branch ("jika setuju", "apabila telah ditandatangani"). */
const POSITIVE_CONDITION = new RegExp(
  String.raw`^${COND}(?:\s+[^\s.;]+){0,3}?\s+(?:setuju|disetujui|ya|sesuai|lengkap|benar|memenuhi|diterima|acc|selesai|(?:sudah|telah)\s+(?:di\w+|lengkap|sesuai|selesai|benar))\b`,
  "i",
);
const COND_GLOBAL = new RegExp(String.raw`\b${COND}\b`, "gi");

/** The text split into conditional clauses: each starts at "jika/apabila/…" and ends before the next one or at a sentence end. */
function conditionalClauses(text: string): { start: number; text: string }[] {
  const starts = [...text.matchAll(COND_GLOBAL)].map((m) => m.index ?? 0);
  return starts.map((start, k) => {
    const limit = k + 1 < starts.length ? starts[k + 1] : text.length;
    let clause = text.slice(start, limit);
    const sentenceEnd = clause.search(/[.;](?:\s|$)/);
    if (sentenceEnd >= 0) clause = clause.slice(0, sentenceEnd);
    return { start, text: clause };
  });
}

/**
 * Two or more conditions where a non-approving one returns the work:
 * "Apabila sisa cuti telah habis, dikembalikan kepada pemohon … Apabila masih ada, memerintahkan …".
 */
function alternativeWithReturn(text: string): number | null {
  const clauses = conditionalClauses(text);
  if (clauses.length < 2) return null;
  for (const c of clauses) {
    if (!POSITIVE_CONDITION.test(c.text) && RETURN_VERB_RE.test(c.text)) return c.start;
  }
  return null;
}

const MAX_TEXT = 2000;

function normalise(activity: string): string {
  return (activity ?? "").slice(0, MAX_TEXT).replace(/\s+/g, " ");
}

/**
 * True when the step checks/approves the work and sends it back when it is not approved, so that
 * the flowchart draws a decision diamond. Conservative: a plain "dikembalikan ke pengadministrasi
 * umum" (the normal flow), "jika setuju … dikembalikan kepada pelaksana" (no alternative), or
 * "memeriksa …, jika terdapat pengaduan …" are not decisions.
 */
export function isDecisionStep(activity: string): boolean {
  return rejectionStart(normalise(activity)) !== null;
}

/** Where the "Tidak" branch starts in the text, or null when the step is not a decision. */
function rejectionStart(text: string): number | null {
  const negative = NEGATIVE_CONDITION.exec(text);
  if (negative) return negative.index;
  for (const re of [RETURN_FOR_CORRECTION, REJECTED_AND_RETURNED, CORRECTION_RETURNED]) {
    const m = re.exec(text);
    if (m) return m.index;
  }
  return alternativeWithReturn(text);
}

// ---------------------------------------------------------------------------------------------
// Return target

export interface ReturnTarget {
  /** Index in `previousSteps`. */
  index: number;
  /** "step": the text names the step number; "actor": the text names the actor; "previous": fallback. */
  matchedBy: "step" | "actor" | "previous";
  /** The words naming who gets the work back, when the text has them. */
  name: string | null;
}

/** The rejection branch: from its start to the next condition or the end of the sentence. */
function rejectionClause(text: string): string | null {
  const start = rejectionStart(text);
  if (start === null) return null;
  const rest = text.slice(start);
  // Skip the first word so that the clause does not end at its own "jika".
  const next = rest.slice(1).search(new RegExp(String.raw`\b${COND}\b`, "i"));
  let clause = next >= 0 ? rest.slice(0, next + 1) : rest;
  // A sentence ends at ". " (not "Kabid. Linjamsos", which the actor words handle anyway).
  const end = clause.search(/[.;](?:\s+[A-Z(]|\s*$)/);
  if (end > 0) clause = clause.slice(0, end);
  return clause;
}

/** Who the clause sends the work back to ("dikembalikan kepada X untuk diperbaiki" → "X"). */
function returnedToName(clause: string): string | null {
  const stop = String.raw`(?=\s+(?:untuk|agar|guna|supaya|dan|serta|apabila|jika|bila|maka|secara|sesuai|dengan|beserta)\b|[.,;:()]|$)`;
  const byVerb = new RegExp(String.raw`\b${RETURN_VERB}\s+(?:lagi\s+|kembali\s+)?(?:kepada|ke|kpd)\s+(.{2,90}?)${stop}`, "i").exec(clause);
  if (byVerb) return byVerb[1].trim();
  // "Jika tidak setuju menyerahkan kepada Kasubag TU untuk diperbaiki."
  const forCorrection = new RegExp(
    String.raw`\b(?:kepada|ke|kpd)\s+(.{2,90}?)\s+(?:untuk|agar)\s+(?:di\s?|mem|me)?(?:perbaiki|koreksi|sempurnakan|revisi)`,
    "i",
  ).exec(clause);
  if (forCorrection) return forCorrection[1].trim();
  // "diinformasikan kembali ke Pekerja Sosial"
  const back = /\bkembali\s+(?:kepada|ke)\s+(.{2,90}?)(?=\s+(?:untuk|agar|dan|secara)\b|[.,;:()]|$)/i.exec(clause);
  return back ? back[1].trim() : null;
}

/**
 * The earlier step the "Tidak" arrow of a decision goes back to: the step whose number the text
 * names ("kembali ke langkah 2"), else the latest earlier step whose actor is the one the text
 * returns the work to (abbreviations such as Kasubag, Kabid, Kadis, Sekdis are understood), else
 * the immediately previous step. Null when there is no earlier step.
 */
export function returnTarget(
  activity: string,
  actors: string[],
  previousSteps: ReadonlyArray<{ no?: number | null; actor: string | null }>,
): ReturnTarget | null {
  if (previousSteps.length === 0) return null;
  const fallback: ReturnTarget = { index: previousSteps.length - 1, matchedBy: "previous", name: null };
  const text = normalise(activity);
  const clause = rejectionClause(text) ?? text;

  const stepRef = /\b(?:langkah|tahap|kegiatan|no\.?|nomor|butir)\s*(?:ke\s*-?\s*)?(\d{1,3})\b/i.exec(clause);
  if (stepRef) {
    const no = Number(stepRef[1]);
    for (let i = previousSteps.length - 1; i >= 0; i--) {
      if (previousSteps[i].no === no) return { index: i, matchedBy: "step", name: stepRef[0] };
    }
  }

  const name = returnedToName(clause);
  if (!name) return fallback;
  // Every actor that can be a target: the SOP's actors and the earlier steps' actors.
  const labels: string[] = [];
  for (const a of [...actors, ...previousSteps.map((s) => s.actor)]) {
    if (a && !labels.includes(a)) labels.push(a);
  }
  const matcher = buildActorMatcher(labels);
  // "kepada pemohon melalui pengelola kepegawaian": the first actor named in the phrase.
  const mentions = findMentions(actorWords(name.replace(/\bmelalui\b/gi, " / ")), matcher);
  for (const mention of mentions) {
    const label = labels[mention.actor];
    for (let i = previousSteps.length - 1; i >= 0; i--) {
      if (previousSteps[i].actor === label) return { index: i, matchedBy: "actor", name };
    }
    // Other actors with the same words ("Sekretaris" and "Sekretaris/ Kepala Bidang").
    for (let i = previousSteps.length - 1; i >= 0; i--) {
      const actor = previousSteps[i].actor;
      if (!actor) continue;
      const own = findMentions(actorWords(name), buildActorMatcher([actor]));
      if (own.length > 0) return { index: i, matchedBy: "actor", name };
    }
  }
  return { ...fallback, name };
}

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
  const stepLanes = steps.map((s) => laneIndexOf(s.actor, actors));
  const needsUnknown = stepLanes.some((l) => l === null) || actors.length === 0;
  const unknownLane = needsUnknown ? actors.length : null;
  const laneLabels = needsUnknown ? [...actors, UNKNOWN_LANE_LABEL] : actors;

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
