// Compiles every section of the input pack (ISO 9001:2015 9.3.2) from live data: one compiler per
// section, each counting with the owning module's own list filters, so every figure equals the list
// its href opens. The meeting freezes the result when it starts. No "server-only": the seeds compile
// last year's pack too.
import type { PrismaClient, Tx } from "../db";
import { compileSatisfaction } from "../satisfaction/input-data";
import { INPUT_SECTION_KEYS, type InputContext, type InputPack, type InputSectionKey, type SectionCompiler } from "./input-types";
import { compileAuditResults, compileProcessPerformance } from "./inputs/audits-data";
import { compileImprovementOpportunities, compileNonconformities } from "./inputs/findings-data";
import { compileExternalProviders, compileIssueChanges, compileResources, compileRisks } from "./inputs/narrative";
import { compileMeasurementResults, compileObjectiveAchievement } from "./inputs/objectives-data";
import { compileRtlStatus } from "./inputs/rtl-status-data";

export const SECTION_COMPILERS: Record<InputSectionKey, SectionCompiler> = {
  a: compileRtlStatus,
  b: compileIssueChanges,
  c1: compileSatisfaction,
  c2: compileObjectiveAchievement,
  c3: compileProcessPerformance,
  c4: compileNonconformities,
  c5: compileMeasurementResults,
  c6: compileAuditResults,
  c7: compileExternalProviders,
  d: compileResources,
  e: compileRisks,
  f: compileImprovementOpportunities,
};

/**
 * Every section for the agency and period. Sections run one after another: inside a transaction
 * (the freeze) a single connection serves them, and PGlite has one connection anyway.
 */
export async function compileInputPack(db: Tx | PrismaClient, ctx: InputContext): Promise<InputPack> {
  const pack = {} as InputPack;
  for (const key of INPUT_SECTION_KEYS) pack[key] = await SECTION_COMPILERS[key](db, ctx);
  return pack;
}
