// The flowchart's public shapes: what the layout takes and what the SVG component draws.
import type { ActorConfidence } from "../import/types";

// ---------------------------------------------------------------------------------------------
// Public types

export interface FlowStepInput {
  no: number | null;
  activity: string;
  actor: string | null;
  actor_confidence: ActorConfidence;
  /** Drawn as a diamond in the imported document. */
  decision?: boolean;
}

export interface FlowchartInput {
  actors: string[];
  steps: FlowStepInput[];
}

/** "connector": the off-page connector (pentagon) where a flowchart continues on another page. */
export type FlowNodeKind = "start" | "end" | "process" | "decision" | "connector";

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
  /** "start", "end", "from-page", "to-page", or "step-<index>" (index 0-based in `steps`). */
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
  /** The number shown in the box: the printed number, or "B.3" when the numbering restarts. */
  stepLabel: string | null;
  /** A decision whose "Tidak" goes back to a step on an earlier page: that step's label. */
  offPageReturn?: string;
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

/** One page of a long flowchart: steps `from` (inclusive) to `to` (exclusive), 0-based. */
export interface FlowchartPage {
  pageNo: number;
  pageCount: number;
  from: number;
  to: number;
  chart: Flowchart;
}
