/** Public API of the SOP AP parser (pure TypeScript; no database, no framework). */
export { parseSopDocument, parseSopRows, parseSopPages } from "./parse";
export { rowsFromText } from "./rows-from-text";
export type { SourceRow, PositionedPage } from "./grid";
export { parseDuration, MINUTES_PER_HOUR, MINUTES_PER_WORKING_DAY, MINUTES_PER_WEEK, MINUTES_PER_MONTH } from "./duration";
export type { DurationOptions, DurationResult, DurationStatus } from "./duration";
export { assignActors, buildActorMatcher, subjectActor, handoffTargets } from "./actors";
export { splitListItems, cleanText } from "./cleanup";
export {
  parsedSopSchema,
  parseResultSchema,
  sopStepSchema,
  warningSchema,
  cliSopSchema,
  cliOutputSchema,
} from "./schema";
export type { CliSop } from "./schema";
export type { ParsedSop, SopStep, Warning, ActorConfidence, ParseOptions, ParseResult } from "./types";
