// CONTRACT STUB (replaced by the review-inputs branch): compiles every section of the pack.
import type { PrismaClient, Tx } from "../db";
import { INPUT_SECTION_KEYS, type InputContext, type InputPack } from "./input-types";

export async function compileInputPack(_db: Tx | PrismaClient, _ctx: InputContext): Promise<InputPack> {
  return Object.fromEntries(INPUT_SECTION_KEYS.map((k) => [k, { figures: [], tables: [], charts: [] }])) as unknown as InputPack;
}
