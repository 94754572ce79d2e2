// Swimlane flowchart of an SOP AP: see layout.ts for the rules.
export { buildFlowchart } from "./layout";
export { isDecisionStep, returnTarget, type ReturnTarget } from "./decision";
export { textWidth, wrapText } from "./text-measure";
export * from "./types";
