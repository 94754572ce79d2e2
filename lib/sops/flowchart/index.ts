// Swimlane flowchart of an SOP AP: see layout.ts for the rules.
export { buildFlowchart, paginateFlowchart, unknownLanePosition, PAGE_MAX_LANES, PAGE_MAX_STEPS, type FlowchartWindow } from "./layout";
export { isDecisionStep, returnTarget, type ReturnTarget } from "./decision";
export { textWidth, wrapText } from "./text-measure";
export * from "./types";
